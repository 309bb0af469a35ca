import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  Q,
  type KeywordNode,
  type PhraseNode,
  type QueryNode,
  type TermNode,
  type TextField,
} from '../query/ast.js'
import { evaluateBoolean, type KeywordResolver } from './boolean-evaluator.js'
import { selectBoolean, textChecker } from './boolean-select.js'
import {
  acquireDense,
  andPostings,
  bestOfDense,
  filterDense,
  notPostings,
  orPostings,
  orSparse,
  releaseDense,
  toSparse,
} from './dense-match.js'
import { bestOf } from './doc-match.js'
import { IndexBuilder, type IndexDocument } from './index-builder.js'
import { idf, MemoryPostingsReader } from './postings-reader.js'
import { DEFAULT_RANK_PARAMS } from './rank-params.js'

// Words of very different frequencies, so that some clauses match most documents (dense) and
// others few (sorted lists).
const WORDS = ['sensor', 'robot', 'battery', 'camera', 'motor', 'signal', 'voice', 'laser', 'wheel']
const COUNTRIES = ['US', 'EP', 'CN']

/** A deterministic corpus (xorshift), word i drawn with weight 1 / (i + 1)². */
function corpus(size: number, seed: number): IndexDocument[] {
  let x = seed || 1
  const next = (): number => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return (x >>> 0) / 2 ** 32
  }
  const weights = WORDS.map((_, i) => 1 / (i + 1) ** 2)
  const sum = weights.reduce((a, b) => a + b)
  const word = (): string => {
    let r = next() * sum
    for (let i = 0; i < WORDS.length; i++) {
      r -= weights[i]!
      if (r <= 0) {
        return WORDS[i]!
      }
    }
    return WORDS[0]!
  }
  const text = (n: number): string => Array.from({ length: n }, word).join(' ')
  return Array.from({ length: size }, () => ({
    title: text(2),
    abstract: text(5),
    claims: text(4),
    description: text(9),
  }))
}

const DOCS = corpus(400, 7)
const reader = (() => {
  const b = new IndexBuilder(DEFAULT_RANK_PARAMS)
  DOCS.forEach((d) => b.add(d))
  return new MemoryPostingsReader(b.build())
})()
const country = DOCS.map((_, d) => COUNTRIES[d % COUNTRIES.length]!)
// `cc:` is decided per document; `pa:` is resolved to a list (as the store does for names).
const keywords: KeywordResolver = {
  resolve: (n) =>
    n.kind === 'keyword' && n.field === 'cc'
      ? Uint32Array.from(DOCS.keys()).filter((d) => country[d] === n.value)
      : Uint32Array.from(DOCS.keys()).filter((d) => d % 5 === 0),
  test: (n) =>
    n.kind === 'keyword' && n.field === 'cc' ? (d) => country[d] === n.value : undefined,
}
const checker = textChecker((d) => DOCS[d])

const word = fc.constantFrom(...WORDS)
const term: fc.Arbitrary<TermNode> = fc.oneof(
  { weight: 4, arbitrary: word.map((w) => Q.term(w)) },
  { weight: 1, arbitrary: word.map((w) => Q.term(w.slice(0, 3), true)) },
)
const phrase: fc.Arbitrary<PhraseNode> = fc.tuple(word, word).map(([a, b]) => Q.phrase([a, b]))
const keyword: fc.Arbitrary<KeywordNode> = fc.oneof(
  fc.constantFrom(...COUNTRIES).map((c) => Q.keyword('cc', c)),
  fc.constant(Q.keyword('pa', 'acme')),
)
const field = fc.constantFrom<TextField>('ti', 'ab', 'cl', 'de')
const { query } = fc.letrec<{ query: QueryNode }>((tie) => ({
  query: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    term,
    term,
    phrase,
    keyword,
    fc.tuple(fc.integer({ min: 0, max: 4 }), term, term).map(([n, a, b]) => Q.near(n, [a, b])),
    fc.tuple(field, tie('query')).map(([f, c]) => Q.field(f, c)),
    fc.array(tie('query'), { minLength: 2, maxLength: 3 }).map((c) => Q.or(c)),
    fc
      .tuple(
        fc.array(tie('query'), { minLength: 1, maxLength: 3 }),
        fc.array(tie('query'), { maxLength: 2 }),
      )
      .map(([yes, no]) => Q.and([...yes, ...no.map((c) => Q.not(c))])),
  ),
}))

const close = (a: ArrayLike<number>, b: ArrayLike<number>): boolean =>
  a.length === b.length &&
  Array.from(a).every((x, i) => Math.abs(x - b[i]!) <= 1e-5 * Math.max(1, Math.abs(b[i]!)))

describe('dense Boolean evaluation', () => {
  it('matches, verifies and selects exactly as sorted lists do', () => {
    fc.assert(
      fc.property(query, (q) => {
        const dense = evaluateBoolean(q, reader, keywords, { denseShare: 0 })
        const sorted = evaluateBoolean(q, reader, keywords, { denseShare: Infinity })
        expect([...dense.match.docs]).toEqual([...sorted.match.docs])
        expect(close(dense.match.scores, sorted.match.scores)).toBe(true)
        expect(dense.checks.map((c) => c.node)).toEqual(sorted.checks.map((c) => c.node))
        // The same query tree decides each candidate when its positional clauses are checked.
        for (const d of dense.match.docs) {
          const check = checker([d])[0]!
          expect(dense.verify(d, check)).toBe(sorted.verify(d, check))
        }
        const options = { accept: (d: number) => d % 4 !== 1, pool: 7, maxChecks: 50, checker }
        const a = selectBoolean(dense, options)
        const b = selectBoolean(sorted, options)
        dense.release()
        sorted.release()
        expect([a.total, a.exact, a.checked]).toEqual([b.total, b.exact, b.checked])
        expect(close(a.scores, b.scores)).toBe(true)
      }),
      { numRuns: 400, seed: 20261202 },
    )
  })

  it('evaluates a common conjunction densely at the default share, until released', () => {
    const q = Q.and([Q.term('sensor'), Q.or([Q.term('robot'), Q.term('battery')])])
    const e = evaluateBoolean(q, reader, keywords)
    expect(e.dense).toBeDefined()
    const total = e.dense!.count
    expect(total).toBeGreaterThan(DOCS.length / 16)
    const options = { accept: () => true, pool: 5, maxChecks: 0, checker }
    const s = selectBoolean(e, options)
    expect(s.total).toBe(total)
    expect(selectBoolean(e, options)).toEqual(s)
    expect(e.match.docs).toHaveLength(total)
    e.release()
    expect(() => e.match).toThrow(/after its release/u)
    // A rare word beside it keeps the sorted-list path.
    const rare = evaluateBoolean(Q.and([Q.term('wheel'), Q.term('sensor')]), reader, keywords)
    expect(rare.dense === undefined || rare.match.docs.length >= DOCS.length / 16).toBe(true)
  })
})

describe('dense sets', () => {
  const postings = (key: string, fields = 15) => {
    const encoded = reader.encoded(key)!
    return { encoded, weight: idf(reader.docCount, encoded.df) / 255, fields }
  }
  const listOf = (key: string, fields = 15): Set<number> => {
    const p = reader.postings(key)!
    return new Set([...p.docs].filter((_, i) => (p.masks[i]! & fields) !== 0))
  }

  it('marks OR, AND and NOT of postings in place, per field', () => {
    const m = acquireDense(reader.docLimit)
    orPostings(m, postings('robot'))
    orPostings(m, postings('batteri', 1))
    andPostings(m, postings('sensor', 4))
    notPostings(m, postings('camera', 2))
    const robot = listOf('robot')
    const battery = listOf('batteri', 1)
    const sensor = listOf('sensor', 4)
    const camera = listOf('camera', 2)
    const want = [...DOCS.keys()].filter(
      (d) => (robot.has(d) || battery.has(d)) && sensor.has(d) && !camera.has(d),
    )
    const got = toSparse(m)
    expect([...got.docs]).toEqual(want)
    expect(m.count).toBe(want.length)
    filterDense(m, (d) => d % 2 === 0)
    expect([...toSparse(m).docs]).toEqual(want.filter((d) => d % 2 === 0))
    releaseDense(m)
    // A set taken from the pool again starts empty.
    const again = acquireDense(reader.docLimit)
    expect(again.count).toBe(0)
    expect(toSparse(again).docs).toHaveLength(0)
    releaseDense(again)
  })

  it('leaves out sorted-match documents past the limit (stored after the index was built)', () => {
    const m = acquireDense(reader.docLimit)
    const limit = reader.docLimit
    orSparse(m, { docs: Uint32Array.of(1, limit, limit + 1), scores: Float32Array.of(2, 3, 4) })
    expect([...toSparse(m).docs]).toEqual([1])
    expect(m.count).toBe(1)
    releaseDense(m)
  })

  it('picks the best members as a heap over the sorted match does, ties to the lower document', () => {
    const m = acquireDense(reader.docLimit)
    orPostings(m, postings('sensor'))
    orPostings(m, postings('robot'))
    const sparse = toSparse(m)
    for (const k of [0, 1, 10, 1000]) {
      const best = bestOfDense(m, k, (d) => d % 3 !== 0)
      const allowed = [...sparse.docs.keys()].filter((i) => sparse.docs[i]! % 3 !== 0)
      const filtered = {
        docs: Uint32Array.from(allowed, (i) => sparse.docs[i]!),
        scores: Float32Array.from(allowed, (i) => sparse.scores[i]!),
      }
      expect(best.total).toBe(allowed.length)
      expect(best.docs).toEqual([...bestOf(filtered, k)].map((i) => filtered.docs[i]!))
    }
    releaseDense(m)
  })
})
