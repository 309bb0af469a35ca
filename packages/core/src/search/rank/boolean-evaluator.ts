import { createError } from '../../errors.js'
import type {
  DateRangeNode,
  KeywordNode,
  NearNode,
  PhraseNode,
  QueryNode,
  TermNode,
} from '../query/ast.js'
import { analyzeKeys, bigramKey, QUERY_STOP_KEYS } from './analyzer.js'
import {
  filterMatch,
  intersect,
  intersectDocs,
  NO_MATCH,
  subtract,
  union,
  type DocMatch,
} from './doc-match.js'
import { DenseEvaluator, allOf } from './dense-evaluator.js'
import { releaseDense, toSparse, type DenseMatch } from './dense-match.js'
import {
  ALL_FIELDS,
  FIELD_MASK,
  postingsMatch,
  postingsWithin,
  unionOfKeys,
} from './postings-match.js'
import type { PostingsReader } from './postings-reader.js'

/** A phrase or proximity clause the postings can only approximate; the backend checks it on text. */
export interface PositionalCheck {
  readonly node: PhraseNode | NearNode
  /** Fields (bit mask) the clause must hold in. */
  readonly fields: number
}

/** What the evaluator needs from the backend for non-text clauses. */
export interface KeywordResolver {
  /** Documents (ascending) matching a keyword or date clause. */
  resolve(node: KeywordNode | DateRangeNode): Uint32Array
  /**
   * A per-document test deciding the clause exactly as `resolve` would, for clauses cheap to
   * decide per document (country, dates in memory), or undefined. Beside other clauses of an
   * `AND`, the clause then filters their candidates instead of listing every matching document.
   */
  test?(node: KeywordNode | DateRangeNode): ((doc: number) => boolean) | undefined
}

/** Options of `evaluateBoolean`. */
export interface BooleanEvaluation {
  /** The matching documents (positional clauses approximated; see `checks`). */
  readonly match: DocMatch
  /**
   * The same documents as a dense set when the whole query was evaluated densely (then it has
   * no positional clauses): selection can read it without building `match`.
   */
  readonly dense: DenseMatch | undefined
  /**
   * Gives the dense set's memory back for the next query's evaluation (one thread evaluates one
   * query at a time). `match` and `dense` must not be read afterwards: they throw.
   */
  readonly release: () => void
  /** Positive phrase/NEAR clauses to check on the text of candidates (empty when exact). */
  readonly checks: readonly PositionalCheck[]
  /**
   * Whether candidate `doc` (a document of `match`) satisfies the whole query when each
   * positional clause is decided by `check` (on its text): the query tree evaluated for one
   * document, so a phrase that fails under an `OR` leaves the other branch to decide.
   */
  readonly verify: (doc: number, check: (c: PositionalCheck) => boolean) => boolean
}

/** True when ascending `docs` holds `doc`. */
function holds(docs: Uint32Array, doc: number): boolean {
  let lo = 0
  let hi = docs.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const d = docs[mid]!
    if (d === doc) {
      return true
    }
    if (d < doc) {
      lo = mid + 1
    } else {
      hi = mid - 1
    }
  }
  return false
}

/** The documents of ascending `docs` that pass `test`. */
function keep(docs: Uint32Array, test: (doc: number) => boolean): Uint32Array {
  const out = new Uint32Array(docs.length)
  let n = 0
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!
    if (test(d)) {
      out[n++] = d
    }
  }
  return out.subarray(0, n)
}

/** Most index keys a truncated word expands to (the most frequent first). Default is `200`. */
export const MAX_PREFIX_EXPANSION = 200

/**
 * Share of the documents from which an `AND`, `OR` or plain-text clause is evaluated densely
 * (ADR 0025): when it can match at least this share, marking documents in place beats merging
 * sorted lists. Default is `1/16`.
 */
export const DENSE_SHARE = 1 / 16

/** Options of `evaluateBoolean`. */
export interface BooleanEvaluationOptions {
  /**
   * Share of the documents from which clauses are evaluated densely; `0` makes every `AND`/`OR`
   * dense, `Infinity` none (the results are the same). Default is `DENSE_SHARE`.
   */
  readonly denseShare?: number
}

/**
 * Evaluates a Boolean query AST over an impact index. Words score idf × impact (BM25F), so a
 * Boolean result is ranked like a natural-language one; phrases of two words are matched by
 * their bigram postings, longer phrases and `NEAR/n` by their words (a superset), and are
 * returned in `checks` for the backend to verify positions on the candidates' text.
 */
export function evaluateBoolean(
  node: QueryNode,
  reader: PostingsReader,
  keywords: KeywordResolver,
  options: BooleanEvaluationOptions = {},
): BooleanEvaluation {
  const checks: PositionalCheck[] = []
  // Each node's match and each positional clause's check, for `verify`.
  const matches = new Map<QueryNode, DocMatch>()
  const checkOf = new Map<QueryNode, PositionalCheck>()
  // Keyword/date clauses applied as per-document tests (never listed).
  const testOf = new Map<QueryNode, (doc: number) => boolean>()
  // Memos: index keys of words, keyword/date lists and tests, positional subtrees.
  const keysMemo = new Map<TermNode, string[]>()
  const listMemo = new Map<QueryNode, Uint32Array>()
  const testMemo = new Map<QueryNode, ((doc: number) => boolean) | undefined>()
  const positionalMemo = new Map<QueryNode, boolean>()
  const sizeMemo = new Map<QueryNode, number>()
  const denseFrom = reader.docLimit * (options.denseShare ?? DENSE_SHARE)
  const denseSets = new DenseEvaluator({
    reader,
    denseWorthy,
    size,
    keysOf,
    textKeys,
    perDocument,
    evaluate,
  })
  // A dense root belongs to the evaluation until `release` gives it back to the pool.
  let dense = denseWorthy(node) ? denseSets.evaluate(node, ALL_FIELDS) : undefined
  let match = dense ? undefined : evaluate(node, ALL_FIELDS, false)
  let released = false
  const live = (): void => {
    if (released) {
      throw new Error('a Boolean evaluation was read after its release')
    }
  }
  return {
    get match() {
      live()
      if (match === undefined) {
        match = toSparse(dense!)
        matches.set(node, match)
      }
      return match
    },
    get dense() {
      live()
      return dense
    },
    release: () => {
      released = true
      if (dense) {
        releaseDense(dense)
        dense = undefined
      }
    },
    checks,
    verify: (doc, check) => satisfied(node, doc, check),
  }

  function satisfied(n: QueryNode, doc: number, check: (c: PositionalCheck) => boolean): boolean {
    if (!positionalIn(n)) {
      // No phrase or NEAR below: the clause's own match decides (its children may have none).
      return member(n, doc)
    }
    const positional = checkOf.get(n)
    if (positional) {
      return holds(matches.get(n)!.docs, doc) && check(positional)
    }
    if (n.kind === 'and') {
      return n.children.every((c) =>
        c.kind === 'not' ? !member(c.child, doc) : satisfied(c, doc, check),
      )
    }
    if (n.kind === 'or') {
      return n.children.some((c) => satisfied(c, doc, check))
    }
    if (n.kind === 'field') {
      return satisfied(n.child, doc, check)
    }
    return member(n, doc)
  }

  /** Whether `doc` is in the match of node `n` (positional clauses not decided). */
  function member(n: QueryNode, doc: number): boolean {
    const test = testOf.get(n)
    return test ? test(doc) : holds((matches.get(n) ?? NO_MATCH).docs, doc)
  }

  function evaluate(n: QueryNode, fields: number, negated: boolean): DocMatch {
    let m: DocMatch
    if (denseWorthy(n)) {
      const set = denseSets.evaluate(n, fields)
      m = toSparse(set)
      releaseDense(set)
    } else {
      m = evaluateNode(n, fields, negated)
    }
    matches.set(n, m)
    return m
  }

  /** Whether a phrase or NEAR is in the subtree of `n`. */
  function positionalIn(n: QueryNode): boolean {
    let p = positionalMemo.get(n)
    if (p === undefined) {
      p =
        n.kind === 'phrase' || n.kind === 'near'
          ? true
          : n.kind === 'and' || n.kind === 'or'
            ? n.children.some(positionalIn)
            : n.kind === 'field' || n.kind === 'not'
              ? positionalIn(n.child)
              : false
      positionalMemo.set(n, p)
    }
    return p
  }

  // An AND, OR or plain text without phrase/NEAR that can match a large share of the documents.
  function denseWorthy(n: QueryNode): boolean {
    if ((n.kind !== 'and' && n.kind !== 'or' && n.kind !== 'text') || positionalIn(n)) {
      return false
    }
    const bound = size(n)
    return bound > 0 && bound >= denseFrom
  }

  // Documents a clause can match at most; per-document tests bound nothing (Infinity).
  function size(n: QueryNode): number {
    let bound = sizeMemo.get(n)
    if (bound === undefined) {
      bound = sizeOf(n)
      sizeMemo.set(n, bound)
    }
    return bound
  }

  function sizeOf(n: QueryNode): number {
    switch (n.kind) {
      case 'term': {
        const dfs = keysOf(n).map((k) => reader.df(k))
        return dfs.length === 0 ? 0 : n.prefix ? dfs.reduce((a, b) => a + b) : Math.min(...dfs)
      }
      case 'text':
        return textKeys(n.text).reduce((s, k) => s + reader.df(k), 0)
      case 'field':
        return size(n.child)
      case 'or':
        return n.children.reduce((s, c) => s + size(c), 0)
      case 'and': {
        const bounds = n.children.filter((c) => c.kind !== 'not').map(size)
        const least = Math.min(...bounds)
        return least === Infinity ? 0 : least
      }
      case 'keyword':
      case 'date':
        return testFor(n) ? Infinity : listOf(n).length
      case 'phrase':
      case 'near':
      case 'not':
        // Never evaluated densely (checked on records, or only beside a positive clause).
        return 0
    }
  }

  function keysOf(n: TermNode): string[] {
    let keys = keysMemo.get(n)
    if (keys === undefined) {
      keys = n.prefix
        ? reader.expand(analyzeKeys(n.text).join('') || n.text.toLowerCase(), MAX_PREFIX_EXPANSION)
        : analyzeKeys(n.text)
      keysMemo.set(n, keys)
    }
    return keys
  }

  function textKeys(text: string): string[] {
    return [...new Set(analyzeKeys(text).filter((k) => !QUERY_STOP_KEYS.has(k)))]
  }

  function listOf(n: KeywordNode | DateRangeNode): Uint32Array {
    let docs = listMemo.get(n)
    if (docs === undefined) {
      docs = keywords.resolve(n)
      listMemo.set(n, docs)
    }
    return docs
  }

  function testFor(n: KeywordNode | DateRangeNode): ((doc: number) => boolean) | undefined {
    if (!testMemo.has(n)) {
      testMemo.set(n, keywords.test?.(n))
    }
    return testMemo.get(n)
  }

  function evaluateNode(n: QueryNode, fields: number, negated: boolean): DocMatch {
    switch (n.kind) {
      case 'term': {
        const keys = keysOf(n)
        if (n.prefix) {
          return unionOfKeys(reader, keys, fields)
        }
        return keys.length === 0
          ? NO_MATCH
          : keys.map((k) => postingsMatch(reader, k, fields)).reduce(intersect)
      }
      case 'phrase':
        return phrase(n, fields, negated)
      case 'near': {
        if (!negated) {
          addCheck({ node: n, fields })
        }
        return nearOperands(n, fields, [])
      }
      case 'and':
        return conjunction(n.children, fields, negated)
      case 'or':
        return n.children.map((c) => evaluate(c, fields, negated)).reduce(union)
      case 'not':
        throw createError('SEARCH_INVALID_QUERY', 'NOT needs a positive clause beside it')
      case 'field':
        return evaluate(n.child, FIELD_MASK[n.field], negated)
      case 'keyword':
      case 'date': {
        const docs = listOf(n)
        return { docs, scores: new Float32Array(docs.length) }
      }
      case 'text':
        return textKeys(n.text)
          .map((k) => postingsMatch(reader, k, fields))
          .reduce(union, NO_MATCH)
    }
  }

  // An AND: its listed clauses intersected (scores added in clause order, as keyword clauses
  // score 0), then filtered by the clauses decided per document, then the NOT clauses removed.
  function conjunction(children: readonly QueryNode[], fields: number, negated: boolean): DocMatch {
    const positive = children.filter((c) => c.kind !== 'not')
    if (positive.length === 0) {
      throw createError('SEARCH_INVALID_QUERY', 'NOT needs a positive clause beside it')
    }
    const listed: QueryNode[] = []
    const tests: ((doc: number) => boolean)[] = []
    for (const c of positive) {
      const test = perDocument(c)
      if (test) {
        tests.push(test)
      } else {
        listed.push(c)
      }
    }
    if (listed.length === 0) {
      // Only keyword/date clauses: one is listed, the others filter it.
      listed.push(positive[0]!)
      testOf.delete(positive[0]!)
      tests.shift()
    }
    let m = intersectAll(listed, fields, negated, tests)
    if (tests.length > 0) {
      m = filterMatch(m, allOf(tests))
    }
    for (const c of children) {
      if (c.kind === 'not') {
        const test = perDocument(c.child)
        if (test) {
          m = filterMatch(m, (d) => !test(d))
        } else if (restrictable(c.child)) {
          m = subtract(m, evaluateWithin(c.child, fields, m.docs))
        } else {
          m = subtract(m, evaluate(c.child, fields, true))
        }
      }
    }
    return m
  }

  // The intersection of clauses (an AND's listed clauses, a NEAR's operands); `tests` narrow
  // what is decoded after the first clause (the caller filters by them).
  function intersectAll(
    listed: readonly QueryNode[],
    fields: number,
    negated: boolean,
    tests: readonly ((doc: number) => boolean)[],
  ): DocMatch {
    // Subtrees first, then words rarest first, each word decoded only where the clauses so far
    // (and the per-document tests) leave candidates: its blocks before the next candidate are
    // skipped. A clause's match is then a subset, but holds every document the AND can match.
    const order = listed
      .map((c) => ({ c, r: restrictable(c) ? estimate(c) : -1 }))
      .sort((a, b) => a.r - b.r)
      .map((x) => x.c)
    const results = new Map<QueryNode, DocMatch>()
    let running: Uint32Array | undefined
    for (const c of order) {
      const r =
        running !== undefined && restrictable(c)
          ? evaluateWithin(c, fields, running)
          : running === undefined && c.kind === 'near' && tests.length > 0
            ? nearWithTests(c, fields, negated, tests)
            : evaluate(c, fields, negated)
      results.set(c, r)
      if (running === undefined) {
        running = tests.length > 0 ? keep(r.docs, allOf(tests)) : r.docs
      } else {
        running = intersectDocs(running, r.docs)
      }
    }
    // Scores added in clause order, as a chain of intersections of the full matches adds them.
    return listed.map((c) => results.get(c)!).reduce(intersect)
  }

  // A NEAR beside per-document tests of its AND: its operands decoded only where the tests hold
  // (its match is then a subset that holds every document the AND can match).
  function nearWithTests(
    n: NearNode,
    fields: number,
    negated: boolean,
    tests: readonly ((doc: number) => boolean)[],
  ): DocMatch {
    if (!negated) {
      addCheck({ node: n, fields })
    }
    const m = nearOperands(n, fields, tests)
    matches.set(n, m)
    return m
  }

  // A NEAR's candidates: its operands intersected where `tests` hold (their matches decide nothing
  // in `verify`: the NEAR's own match and check do). Plain words of which the rarest is common
  // are marked densely; otherwise they are decoded rarest first within each other.
  function nearOperands(
    n: NearNode,
    fields: number,
    tests: readonly ((doc: number) => boolean)[],
  ): DocMatch {
    const bounds = n.children.map((c) => (denseSets.singleKey(c, fields) ? size(c) : 0))
    const least = Math.min(...bounds)
    if (least > 0 && least >= denseFrom) {
      const set = denseSets.conjunction(n.children, fields, tests)
      const m = toSparse(set)
      releaseDense(set)
      return m
    }
    return intersectAll(n.children, fields, true, tests)
  }

  // Clauses that can be decoded within candidates: words, fielded words, ORs of such.
  function restrictable(n: QueryNode): boolean {
    return n.kind === 'term'
      ? !n.prefix
      : n.kind === 'field'
        ? restrictable(n.child)
        : n.kind === 'or' && n.children.every(restrictable)
  }

  // Documents a restrictable clause can match at most (its rarest key; an OR's sum).
  function estimate(n: QueryNode): number {
    if (n.kind === 'term') {
      return Math.min(...analyzeKeys(n.text).map((k) => reader.df(k)))
    }
    if (n.kind === 'field') {
      return estimate(n.child)
    }
    return n.kind === 'or' ? n.children.reduce((s, c) => s + estimate(c), 0) : -1
  }

  // A restrictable clause's match at the documents of `within` only (scores as `evaluate`).
  function evaluateWithin(n: QueryNode, fields: number, within: Uint32Array): DocMatch {
    const m =
      n.kind === 'term'
        ? termWithin(n, fields, within)
        : n.kind === 'field'
          ? evaluateWithin(n.child, FIELD_MASK[n.field], within)
          : n.kind === 'or'
            ? n.children.map((c) => evaluateWithin(c, fields, within)).reduce(union)
            : NO_MATCH
    matches.set(n, m)
    return m
  }

  // A word's match restricted to `within` (ascending): the documents of `within` holding it.
  function termWithin(n: TermNode, fields: number, within: Uint32Array): DocMatch {
    const keys = analyzeKeys(n.text)
    return keys.length === 0
      ? NO_MATCH
      : keys.map((k) => postingsWithin(reader, k, fields, within)).reduce(intersect)
  }

  // The resolver's per-document test of a keyword/date clause (recorded for `verify`).
  function perDocument(n: QueryNode): ((doc: number) => boolean) | undefined {
    if (n.kind !== 'keyword' && n.kind !== 'date') {
      return undefined
    }
    const test = testFor(n)
    if (test) {
      testOf.set(n, test)
    }
    return test
  }

  function addCheck(c: PositionalCheck): void {
    checks.push(c)
    checkOf.set(c.node, c)
  }

  function phrase(n: PhraseNode, fields: number, negated: boolean): DocMatch {
    const words = n.words.flatMap((w) => analyzeKeys(w))
    const content = words.filter((k) => !QUERY_STOP_KEYS.has(k))
    if (content.length <= 1) {
      if (words.length > 1 && !negated) {
        addCheck({ node: n, fields })
      }
      return content.length === 1
        ? postingsMatch(reader, content[0]!, fields)
        : words.map((k) => postingsMatch(reader, k, fields)).reduce(intersect)
    }
    // Bigram postings skip stop words and ignore order beyond pairs: candidates only, so every
    // phrase of several words is checked on the text.
    if (!negated) {
      addCheck({ node: n, fields })
    }
    const pairs = content.slice(1).map((w, i) => bigramKey(content[i]!, w))
    const keys = pairs.every((p) => reader.df(p) > 0) ? pairs : content
    return keys.map((k) => postingsMatch(reader, k, fields)).reduce(intersect)
  }
}
