import { describe, expect, it } from 'vitest'
import type { DateRangeNode, KeywordNode, QueryNode } from '../query/ast.js'
import { parseQuery } from '../query/parse-query.js'
import { analyzeKeys, forEachTerm } from './analyzer.js'
import {
  evaluateBoolean,
  type BooleanEvaluation,
  type KeywordResolver,
  type PositionalCheck,
} from './boolean-evaluator.js'
import {
  forwardChecker,
  selectBoolean,
  textChecker,
  type BooleanSelection,
} from './boolean-select.js'
import { bestOf, filterMatch, union, NO_MATCH } from './doc-match.js'
import { checkForward, encodeForward, ForwardVocabulary } from './forward-index.js'
import { IndexBuilder, type IndexDocument } from './index-builder.js'
import { packTerms } from './packed-postings-reader.js'
import { checkPositions } from './positional-check.js'
import { idf, MemoryPostingsReader } from './postings-reader.js'
import { DEFAULT_RANK_PARAMS, FIELD_BIT, INDEX_FIELDS } from './rank-params.js'

// A small corpus with stop words between content words, repeated words, hyphenation, accents
// and CJK, so that phrases and NEAR have near misses.
const WORDS =
  `ultrasonic transducer array probe beam phased lens acoustic backing layer battery cell
  cooling plate robot gait leg sensor signal image processing computing computer compute network
  neural of the with a in for and to is`.split(/\s+/u)

function corpus(): IndexDocument[] {
  let seed = 7
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const text = (n: number): string =>
    Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ')
  const docs: IndexDocument[] = Array.from({ length: 240 }, () => ({
    title: text(4),
    abstract: text(18),
    claims: text(25),
    description: text(60),
  }))
  docs.push(
    { title: 'Ultrasonic-transducer array', abstract: 'Phased array of the ultrasonic probe.' },
    { title: '超声换能器阵列', abstract: '一种超声换能器阵列。' },
    { title: 'Résumé of the transducer', claims: 'A transducer with a lens and a transducer.' },
  )
  return docs
}

const DOCS = corpus()
const COUNTRY = DOCS.map((_, d) => ['US', 'EP', 'CN'][d % 3]!)
const DATE = DOCS.map((_, d) => 20000101 + (d % 20) * 10000)

function setup(withTests: boolean) {
  const b = new IndexBuilder(DEFAULT_RANK_PARAMS)
  DOCS.forEach((d) => b.add(d))
  const data = b.build()
  const reader = new MemoryPostingsReader(data)
  const vocabulary = ForwardVocabulary.fromIndex(data)
  const records = DOCS.map((d) => encodeForward(d, vocabulary))
  const columnTest = (n: KeywordNode | DateRangeNode): ((d: number) => boolean) | undefined => {
    if (n.kind === 'date') {
      const from = n.from ? Number(n.from.replaceAll('-', '')) : 0
      const to = n.to ? Number(n.to.replaceAll('-', '')) : 99999999
      return (d) => DATE[d]! >= from && DATE[d]! <= to
    }
    return n.field === 'cc' ? (d) => COUNTRY[d] === n.value.toUpperCase() : undefined
  }
  const keywords: KeywordResolver = {
    resolve: (n) => {
      const t = columnTest(n)
      return Uint32Array.from(DOCS.keys()).filter((d) => t?.(d) ?? false)
    },
    ...(withTests ? { test: columnTest } : {}),
  }
  return { data, reader, vocabulary, records, keywords }
}

const QUERIES = [
  '"transducer array"',
  '"transducer with"',
  '"of the"',
  '"array of the ultrasonic"',
  '"ultrasonic transducer array"',
  '"comput* network"',
  'ti:"ultrasonic transducer"',
  'cl:"transducer with a lens"',
  'ab:"phased array" OR ti:(robot AND gait)',
  'transducer NEAR/2 lens',
  'transducer NEAR/1 array',
  'c* NEAR/3 network',
  'ti:(p* NEAR/2 array)',
  'comput* NEAR/3 network',
  '"neural network" NEAR/5 sensor',
  'probe NEAR/4 beam NEAR/4 lens',
  'de:(signal NEAR/1 image)',
  '(ultrasonic OR battery) AND cl:"cooling plate" NOT de:robot',
  '"transducer array" AND cc:US',
  'sensor NEAR/5 signal AND pd:[2005 TO 2010]',
  'cl:(probe AND beam) OR ab:comput*',
  'cl:(probe AND beam) OR ab:p*',
  'robot AND gait AND cc:EP NOT sensor',
  'de:"signal processing" AND prd:[2010 TO *]',
  'cc:US AND pd:[2003 TO 2012]',
  'cc:CN AND NOT pd:[2003 TO 2012] AND sensor',
  'transducer AND NOT cc:EP',
  '超声 AND "换能器阵列"',
  '"ultrasonic-transducer array"',
  'résumé AND transducer',
  'ti:transducer AND ab:array',
  '(sensor OR signal) AND cl:image NOT de:network',
  'ti:(probe OR beam) AND de:lens AND cc:US NOT ab:(cell OR plate)',
  'cl:(probe AND "phased array") AND (beam OR lens)',
  'sensor NEAR/5 signal AND cc:US NOT pd:[2005 TO 2010]',
  'c* NEAR/3 network AND cc:EP',
  '("transducer with" OR lens NEAR/2 probe) AND pd:[2001 TO 2012]',
]

describe('forward index', () => {
  const { reader, vocabulary, records, keywords } = setup(true)
  const text = textChecker((d) => DOCS[d])
  const forward = forwardChecker({ vocabulary, record: (d) => records[d] })

  it('gives ids by descending document frequency and covers every key of the documents', () => {
    const dfs = vocabulary.keys.map((k) => reader.df(k))
    expect(dfs.every((x, i) => i === 0 || dfs[i - 1]! >= x)).toBe(true)
    for (const d of DOCS) {
      for (const f of INDEX_FIELDS) {
        forEachTerm(d[f] ?? '', (key) => expect(vocabulary.code(key)).toBeGreaterThan(0))
      }
    }
    expect(vocabulary.code('notaword')).toBe(-1)
  })

  it('gives the same vocabulary from a packed dictionary', () => {
    const { data } = setup(true)
    const packed = ForwardVocabulary.fromPacked({ ...packTerms(data.terms), df: data.df })
    expect(packed.keys).toEqual(vocabulary.keys)
    expect(vocabulary.keys.some((k) => k.includes(' '))).toBe(false)
    expect(data.terms.some((k) => k.includes(' '))).toBe(true)
  })

  it('decides every phrase and NEAR check exactly as the text check, per document', () => {
    let decided = 0
    for (const q of QUERIES) {
      const e = evaluateBoolean(parseQuery(q, { mode: 'boolean' }), reader, keywords)
      for (const c of e.checks) {
        for (let d = 0; d < DOCS.length; d++) {
          const expected = checkPositions(DOCS[d]!, c)
          expect(checkForward(records[d]!, c, vocabulary), `${q} doc ${d}`).toBe(expected)
          decided += expected ? 1 : 0
        }
      }
    }
    expect(decided).toBeGreaterThan(50)
  })

  it('selects the same hits, scores and totals as the text path', () => {
    for (const q of QUERIES) {
      const e = evaluateBoolean(parseQuery(q, { mode: 'boolean' }), reader, keywords)
      const options = { accept: () => true, pool: 20, maxChecks: 60 }
      const a = selectBoolean(e, { ...options, checker: forward })
      const b = selectBoolean(e, { ...options, checker: text })
      expect(a, q).toEqual(b)
    }
  })

  it('selects exactly what checking candidates one by one selects, for any pool and budget', () => {
    // Records read per call of `records` (the text checker is compared in the test above).
    const batches: number[] = []
    const batched = forwardChecker({
      vocabulary,
      record: () => {
        throw new Error('a source with `records` is read in batches')
      },
      records: (docs) => {
        batches.push(docs.length)
        return docs.map((d) => records[d])
      },
    })
    let compared = 0
    for (const q of QUERIES) {
      const e = evaluateBoolean(parseQuery(q, { mode: 'boolean' }), reader, keywords)
      for (const pool of [1, 5, 16, 17, 20, 110, 300]) {
        for (const maxChecks of [0, 1, 15, 16, 17, 48, 49, 60, 250, 2000]) {
          for (const accept of [() => true, (d: number) => d % 3 !== 1]) {
            const options = { accept, pool, maxChecks }
            const expected = selectOneByOne(e, options, (d) => records[d], vocabulary)
            const label = `${q} pool ${pool} checks ${maxChecks}`
            batches.length = 0
            expect(selectBoolean(e, { ...options, checker: batched }), label).toEqual(expected)
            // Growing batches, never more records than one batch past the last check.
            expect(batches.slice(0, 4).every((n, i) => n <= 16 << i)).toBe(true)
            expect(batches.reduce((a, b) => a + b, 0)).toBeLessThan(2 * expected.checked + 17)
            expect(selectBoolean(e, { ...options, checker: forward }), label).toEqual(expected)
            compared++
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000)
  })

  it('checks a candidate without a record as failing, in batches as one by one', () => {
    const some = (d: number): Uint8Array | undefined => (d % 4 === 0 ? undefined : records[d])
    const checker = forwardChecker({
      vocabulary,
      record: some,
      records: (docs) => docs.map(some),
    })
    let missing = 0
    for (const q of QUERIES) {
      const e = evaluateBoolean(parseQuery(q, { mode: 'boolean' }), reader, keywords)
      const options = { accept: () => true, pool: 40, maxChecks: 200 }
      const got = selectBoolean(e, { ...options, checker })
      expect(got, q).toEqual(selectOneByOne(e, options, some, vocabulary))
      expect(got.docs.some((d) => e.checks.length > 0 && d % 4 === 0)).toBe(false)
      missing += e.checks.length > 0 ? got.checked - got.docs.length : 0
    }
    expect(missing).toBeGreaterThan(0)
  })

  it('matches a brute-force evaluation of the query on every document', () => {
    let hits = 0
    for (const q of QUERIES) {
      const node = parseQuery(q, { mode: 'boolean' })
      const e = evaluateBoolean(node, reader, keywords)
      const got = selectBoolean(e, {
        accept: () => true,
        pool: DOCS.length,
        maxChecks: DOCS.length,
        checker: forward,
      })
      const expected = DOCS.flatMap((_, d) => (bruteForce(node, d, 15, reader) ? [d] : []))
      expect(
        [...got.docs].sort((x, y) => x - y),
        q,
      ).toEqual(expected)
      expect(got.exact).toBe(true)
      expect(got.total).toBe(expected.length)
      hits += expected.length
    }
    expect(hits).toBeGreaterThan(200)
  })

  it('filters by per-document tests with the same results as listed keyword clauses', () => {
    const listed = setup(false)
    for (const q of QUERIES) {
      const node = parseQuery(q, { mode: 'boolean' })
      const a = evaluateBoolean(node, reader, keywords)
      const b = evaluateBoolean(node, listed.reader, listed.keywords)
      expect([...a.match.docs], q).toEqual([...b.match.docs])
      expect([...a.match.scores], q).toEqual([...b.match.scores])
      for (const d of a.match.docs) {
        expect(
          a.verify(d, (c) => checkPositions(DOCS[d]!, c)),
          q,
        ).toBe(b.verify(d, (c) => checkPositions(DOCS[d]!, c)))
      }
    }
  })

  it('adds a truncation’s postings in key order, as a chain of unions does', () => {
    const e = evaluateBoolean(parseQuery('p*', { mode: 'boolean' }), reader, keywords)
    const keys = reader.expand('p', 200)
    expect(keys.length).toBeGreaterThan(2)
    const chained = keys
      .map((k) => {
        const p = reader.postings(k)!
        const w = idf(reader.docCount, p.docs.length) / 255
        return { docs: p.docs, scores: Float32Array.from(p.impacts, (i) => w * i) }
      })
      .reduce(union, NO_MATCH)
    expect([...e.match.docs]).toEqual([...chained.docs])
    expect([...e.match.scores]).toEqual([...chained.scores])
  })

  it('decides checks as the text check with codes of one, two and three bytes', () => {
    // Ids around the varint byte boundaries, so that a code's first byte also occurs inside
    // other tokens' codes (a continuation or a last byte): the byte search before decoding must
    // only accept it at a token's start.
    const many = new ForwardVocabulary(Array.from({ length: 20000 }, (_, i) => `w${i}`))
    const ids = [0, 1, 2, 3, 126, 127, 128, 129, 255, 256, 383, 384, 16382, 16383, 16384, 16385]
    ids.push(16384 + 127, 16384 + 128, 2 * 128 + 1, 1 * 128 + 2)
    let seed = 11
    const pick = (): string => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return `w${ids[Math.floor((seed / 2147483648) * ids.length)]}`
    }
    const text = (n: number): string => Array.from({ length: n }, pick).join(' ')
    const docs: IndexDocument[] = Array.from({ length: 80 }, () => ({
      title: text(3),
      abstract: text(12),
      claims: text(20),
      description: text(40),
    }))
    const records = docs.map((d) => encodeForward(d, many))
    const queries = ['"w16384 w0"', 'zzq NEAR/3 w1', '"w127 zzq"', 'w12* NEAR/2 w16384']
    for (const a of ids) {
      for (const b of [0, 127, 128, 256, 16384, 16511]) {
        queries.push(`"w${a} w${b}"`, `w${a} NEAR/1 w${b}`, `w${b} NEAR/4 w${a} NEAR/4 w128`)
      }
    }
    let held = 0
    let failed = 0
    for (const q of queries) {
      const node = parseQuery(q, { mode: 'boolean' }) as PositionalCheck['node']
      expect(['phrase', 'near'], q).toContain(node.kind)
      for (const fields of [15, FIELD_BIT.title, FIELD_BIT.claims | FIELD_BIT.description]) {
        const check = { node, fields }
        docs.forEach((d, i) => {
          const expected = checkPositions(d, check)
          expect(checkForward(records[i]!, check, many), `${q} ${fields} doc ${i}`).toBe(expected)
          held += expected ? 1 : 0
          failed += expected ? 0 : 1
        })
      }
    }
    expect(held).toBeGreaterThan(500)
    expect(failed).toBeGreaterThan(500)
  })

  it('reads a record with a multi-byte length and ids past one byte', () => {
    const many = new ForwardVocabulary(Array.from({ length: 20000 }, (_, i) => `w${i}`))
    const words = Array.from({ length: 300 }, (_, i) => `w${(i * 67) % 20000}`)
    const record = encodeForward({ description: words.join(' ') }, many)
    expect(record.length).toBeGreaterThan(300)
    const phrase = parseQuery(`"${words.slice(120, 124).join(' ')}"`, { mode: 'boolean' })
    const miss = parseQuery(`"${words[124]} ${words[120]}"`, { mode: 'boolean' })
    const fields = FIELD_BIT.description
    expect(checkForward(record, { node: phrase as never, fields }, many)).toBe(true)
    expect(checkForward(record, { node: miss as never, fields }, many)).toBe(false)
    expect(checkForward(record, { node: phrase as never, fields: FIELD_BIT.title }, many)).toBe(
      false,
    )
  })
})

// `selectBoolean` as it was before batched reads (ADR 0020): each candidate's record read and
// checked in score order, one at a time. The reference the batched selection must equal.
function selectOneByOne(
  evaluation: BooleanEvaluation,
  options: { accept: (d: number) => boolean; pool: number; maxChecks: number },
  record: (d: number) => Uint8Array | undefined,
  vocabulary: ForwardVocabulary,
): BooleanSelection {
  const { checks, verify } = evaluation
  const allowed = filterMatch(evaluation.match, options.accept)
  const positional = checks.length > 0
  const order = bestOf(
    allowed,
    positional ? Math.max(options.pool, options.maxChecks) : options.pool,
  )
  const docs: number[] = []
  const scores: number[] = []
  let checked = 0
  for (let i = 0; i < order.length && docs.length < options.pool; i++) {
    const d = allowed.docs[order[i]!]!
    if (positional) {
      if (checked++ >= options.maxChecks) {
        checked--
        break
      }
      const r = record(d)
      if (r === undefined || !verify(d, (c: PositionalCheck) => checkForward(r, c, vocabulary))) {
        continue
      }
    }
    docs.push(d)
    scores.push(allowed.scores[order[i]!]!)
  }
  const exact = !positional || checked === allowed.docs.length
  const total = exact
    ? positional
      ? docs.length
      : allowed.docs.length
    : Math.max(docs.length, Math.round((allowed.docs.length * docs.length) / Math.max(1, checked)))
  return { docs, scores, checked, total, exact }
}

// The query's meaning decided on one document's text, clause by clause (no index).
function bruteForce(
  n: QueryNode,
  d: number,
  fields: number,
  reader: MemoryPostingsReader,
): boolean {
  const doc = DOCS[d]!
  const keysIn = (f: number): Set<string> => {
    const out = new Set<string>()
    for (const field of INDEX_FIELDS) {
      if ((f & FIELD_BIT[field]) !== 0) {
        forEachTerm(doc[field] ?? '', (k) => out.add(k))
      }
    }
    return out
  }
  switch (n.kind) {
    case 'term': {
      const keys = keysIn(fields)
      if (n.prefix) {
        const expanded = reader.expand(analyzeKeys(n.text).join('') || n.text.toLowerCase(), 200)
        return expanded.some((k) => keys.has(k))
      }
      const want = analyzeKeys(n.text)
      return want.length > 0 && want.every((k) => keys.has(k))
    }
    case 'phrase':
    case 'near':
      return checkPositions(doc, { node: n, fields })
    case 'and':
      return n.children.every((c) => bruteForce(c, d, fields, reader))
    case 'or':
      return n.children.some((c) => bruteForce(c, d, fields, reader))
    case 'not':
      return !bruteForce(n.child, d, fields, reader)
    case 'field':
      return bruteForce(n.child, d, FIELD_BIT[FIELD_NAMES[n.field]], reader)
    case 'keyword':
      return n.field === 'cc' && COUNTRY[d] === n.value.toUpperCase()
    case 'date': {
      const from = n.from ? Number(n.from.replaceAll('-', '')) : 0
      const to = n.to ? Number(n.to.replaceAll('-', '')) : 99999999
      return DATE[d]! >= from && DATE[d]! <= to
    }
    case 'text':
      return analyzeKeys(n.text).some((k) => keysIn(fields).has(k))
  }
}

const FIELD_NAMES = { ti: 'title', ab: 'abstract', cl: 'claims', de: 'description' } as const
