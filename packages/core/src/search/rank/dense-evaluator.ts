import type { QueryNode, TermNode } from '../query/ast.js'
import {
  acquireDense,
  andDense,
  andPostings,
  andSparse,
  filterDense,
  notDense,
  notPostings,
  notSparse,
  orDense,
  orPostings,
  orSparse,
  releaseDense,
  type DenseMatch,
} from './dense-match.js'
import type { DocMatch } from './doc-match.js'
import { FIELD_MASK, weightedPostings } from './postings-match.js'
import type { PostingsReader } from './postings-reader.js'

/** What the dense evaluation needs of the Boolean evaluator it works for. */
export interface DenseContext {
  readonly reader: PostingsReader
  /** Whether a clause is worth a dense set: a large `AND`/`OR`/text without phrase or NEAR. */
  denseWorthy(n: QueryNode): boolean
  /** Documents a clause can match at most (per-document tests: Infinity). */
  size(n: QueryNode): number
  /** Index keys of a word (a truncation's expansion). */
  keysOf(n: TermNode): readonly string[]
  /** Distinct index keys of plain text, query stop words left out. */
  textKeys(text: string): readonly string[]
  /** A keyword/date clause's per-document test (recorded for `verify`), or undefined. */
  perDocument(n: QueryNode): ((doc: number) => boolean) | undefined
  /** A clause's sorted match, the evaluator's own way. */
  evaluate(n: QueryNode, fields: number, negated: boolean): DocMatch
}

/** One test for all of `tests`. */
export function allOf(tests: readonly ((doc: number) => boolean)[]): (doc: number) => boolean {
  if (tests.length === 1) {
    return tests[0]!
  }
  if (tests.length === 2) {
    const [a, b] = tests as [(doc: number) => boolean, (doc: number) => boolean]
    return (d) => a(d) && b(d)
  }
  return (d) => tests.every((t) => t(d))
}

/**
 * Evaluates Boolean clauses into dense sets (ADR 0025): each word's postings marked into the set
 * in place (`OR` adds, `AND` keeps the marked, `NOT` clears), clauses too small for a set of their
 * own taken as sorted matches. Scores are added as the sorted-list evaluation adds them, up to
 * the order of float additions. Every set returned is the caller's to release.
 */
export class DenseEvaluator {
  readonly #ctx: DenseContext

  constructor(ctx: DenseContext) {
    this.#ctx = ctx
  }

  /** A clause as a dense set. */
  evaluate(n: QueryNode, fields: number): DenseMatch {
    switch (n.kind) {
      case 'field':
        return this.evaluate(n.child, FIELD_MASK[n.field])
      case 'and':
        return this.conjunction(n.children, fields)
      case 'or': {
        const m = this.#ownOrEmpty(n.children[0]!, fields)
        for (const c of n.children.slice(1)) {
          this.#orInto(m, c, fields)
        }
        return m
      }
      case 'text': {
        const m = this.#empty()
        for (const k of this.#ctx.textKeys(n.text)) {
          const p = weightedPostings(this.#ctx.reader, k, fields)
          if (p) {
            orPostings(m, p)
          }
        }
        return m
      }
      case 'term':
      case 'keyword':
      case 'date':
      case 'phrase':
      case 'near':
      case 'not': {
        const m = this.#empty()
        this.#orInto(m, n, fields)
        return m
      }
    }
  }

  /**
   * The clauses of an `AND` (with `filters` besides) as a dense set: its rarest listed clause,
   * then each other one marked in place, then the per-document tests, then the NOT clauses
   * removed.
   */
  conjunction(
    children: readonly QueryNode[],
    fields: number,
    filters: readonly ((doc: number) => boolean)[] = [],
  ): DenseMatch {
    const ctx = this.#ctx
    const tests = [...filters]
    const listed: QueryNode[] = []
    for (const c of children) {
      if (c.kind !== 'not') {
        const test = ctx.perDocument(c)
        if (test) {
          tests.push(test)
        } else {
          listed.push(c)
        }
      }
    }
    const order = listed
      .map((c) => ({ c, s: ctx.size(c) }))
      .sort((a, b) => a.s - b.s)
      .map((x) => x.c)
    const m = this.#ownOrEmpty(order[0]!, fields)
    for (const c of order.slice(1)) {
      const one = this.singleKey(c, fields)
      const own = one ? undefined : this.#own(c, fields)
      if (one) {
        const p = weightedPostings(ctx.reader, one.key, one.fields)
        if (p) {
          andPostings(m, p)
        } else {
          m.member.fill(0)
          m.count = 0
        }
      } else if (own) {
        andDense(m, own)
        releaseDense(own)
      } else {
        andSparse(m, ctx.evaluate(c, fields, false))
      }
    }
    if (tests.length > 0) {
      filterDense(m, allOf(tests))
    }
    for (const c of children) {
      if (c.kind === 'not') {
        this.#notInto(m, c.child, fields)
      }
    }
    return m
  }

  /** The one index key of a plain word (under its field), marked in place; else undefined. */
  singleKey(n: QueryNode, fields: number): { key: string; fields: number } | undefined {
    if (n.kind === 'field') {
      return this.singleKey(n.child, FIELD_MASK[n.field])
    }
    if (n.kind !== 'term' || n.prefix) {
      return undefined
    }
    const keys = this.#ctx.keysOf(n)
    return keys.length === 1 ? { key: keys[0]!, fields } : undefined
  }

  #empty(): DenseMatch {
    return acquireDense(this.#ctx.reader.docLimit)
  }

  // A clause (under its field) as a dense set of its own when it is worth one.
  #own(c: QueryNode, fields: number): DenseMatch | undefined {
    return c.kind === 'field'
      ? this.#own(c.child, FIELD_MASK[c.field])
      : this.#ctx.denseWorthy(c)
        ? this.evaluate(c, fields)
        : undefined
  }

  // A clause as a dense set: its own when it is worth one, else marked into an empty one.
  #ownOrEmpty(c: QueryNode, fields: number): DenseMatch {
    const own = this.#own(c, fields)
    if (own) {
      return own
    }
    const m = this.#empty()
    this.#orInto(m, c, fields)
    return m
  }

  // m ∪= clause `c` (scores added in clause order, as `union` adds them).
  #orInto(m: DenseMatch, c: QueryNode, fields: number): void {
    const ctx = this.#ctx
    if (c.kind === 'field') {
      this.#orInto(m, c.child, FIELD_MASK[c.field])
      return
    }
    const one = this.singleKey(c, fields)
    const keys = one ? [one.key] : c.kind === 'term' && c.prefix ? ctx.keysOf(c) : undefined
    if (keys) {
      for (const k of keys) {
        const p = weightedPostings(ctx.reader, k, fields)
        if (p) {
          orPostings(m, p)
        }
      }
      return
    }
    const own = this.#own(c, fields)
    if (own) {
      orDense(m, own)
      releaseDense(own)
    } else {
      orSparse(m, ctx.evaluate(c, fields, false))
    }
  }

  // m −= clause `c`.
  #notInto(m: DenseMatch, c: QueryNode, fields: number): void {
    const ctx = this.#ctx
    const test = ctx.perDocument(c)
    if (test) {
      filterDense(m, (d) => !test(d))
      return
    }
    const one = this.singleKey(c, fields)
    if (one) {
      const p = weightedPostings(ctx.reader, one.key, one.fields)
      if (p) {
        notPostings(m, p)
      }
      return
    }
    const own = this.#own(c, fields)
    if (own) {
      notDense(m, own)
      releaseDense(own)
    } else {
      notSparse(m, ctx.evaluate(c, fields, true))
    }
  }
}
