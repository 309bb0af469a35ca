import { describe, expect, it } from 'vitest'
import { Q } from '../query/ast.js'
import { analyze, bigramKey, termKey } from './analyzer.js'
import { evaluateBoolean } from './boolean-evaluator.js'
import { intersect, subtract, union } from './doc-match.js'
import { expandWithFeedback } from './feedback.js'
import { IndexBuilder } from './index-builder.js'
import { extractKeyTerms } from './key-terms.js'
import { checkPositions } from './positional-check.js'
import { MemoryPostingsReader } from './postings-reader.js'
import { DEFAULT_RANK_PARAMS } from './rank-params.js'
import { bestSnippets } from './snippet.js'
import { topK } from './top-k.js'
import { WeightedRanker } from './weighted-ranker.js'

const DOCS = [
  { title: 'Ultrasonic transducer array', abstract: 'A phased array of ultrasonic transducers.' },
  {
    title: 'Battery cooling',
    abstract: 'Cooling plates between battery cells.',
    claims: 'A battery pack.',
  },
  { title: 'Robot gait', abstract: 'A legged robot walks; the robot has a battery.' },
  {
    title: 'Transducer backing',
    description: 'The backing of the transducer absorbs ultrasonic energy.',
  },
]

function index() {
  const b = new IndexBuilder(DEFAULT_RANK_PARAMS)
  DOCS.forEach((d) => b.add(d))
  const reader = new MemoryPostingsReader(b.build())
  return { reader, ranker: new WeightedRanker(reader) }
}
const none = { resolve: () => new Uint32Array(0) }

describe('analyzer', () => {
  it('stems, folds diacritics and makes CJK bigrams with offsets', () => {
    expect(analyze('Transducers résumé').map((t) => t.key)).toEqual(['transduc', 'resum'])
    expect(analyze('超声换能器').map((t) => t.key)).toEqual(['超声', '声换', '换能', '能器'])
    const [t] = analyze('  Arrays')
    expect([t!.start, t!.end]).toEqual([2, 8])
    expect(termKey('arrays')).toBe('arrai')
  })
})

describe('IndexBuilder and WeightedRanker', () => {
  it('indexes words and word pairs with field masks', () => {
    const { reader } = index()
    expect(reader.df('transduc')).toBe(2)
    expect(reader.df(bigramKey('phase', 'arrai'))).toBe(1)
    expect(reader.postings('batteri')!.masks[0]).toBe(1 | 2 | 4)
    expect(reader.expand('transd', 5)).toEqual(['transduc'])
  })

  it('ranks by weighted BM25F and counts alternatives of one concept once', () => {
    const { ranker } = index()
    const r = ranker.rank(extractKeyTerms('ultrasonic transducer array'), { k: 10 })
    expect(r.docs[0]).toBe(0)
    expect(r.docs).not.toContain(1)
    const only = (text: string) =>
      ranker.rank(
        {
          language: 'en',
          concepts: [{ forms: [{ text, weight: 1 }], weight: 1, source: 'translation' }],
        },
        { k: 10 },
      )
    const battery = only('battery').scores[0]!
    const cells = only('cells').scores[0]!
    const two = ranker.rank(
      {
        language: 'en',
        concepts: [
          {
            forms: [
              { text: 'battery', weight: 1 },
              { text: 'cells', weight: 1 },
            ],
            weight: 1,
            source: 'translation',
          },
        ],
      },
      { k: 10 },
    )
    expect(two.docs[0]).toBe(1)
    expect(two.scores[0]).toBeCloseTo(Math.max(battery, cells), 5)
    expect(ranker.rank(extractKeyTerms('battery'), { k: 10, accept: (d) => d !== 1 }).docs).toEqual(
      [2],
    )
  })

  it('extracts key terms without stop words, numerals or boilerplate', () => {
    const q = extractKeyTerms(
      'A probe (50) comprising a transducer, wherein the transducer is curved.',
      { bigramWeight: 0 },
    )
    expect(q.concepts.map((c) => c.forms[0]!.text)).toEqual(['probe', 'transducer', 'curved'])
    expect(q.concepts[1]!.weight).toBeCloseTo(Math.SQRT2)
  })

  it('RM3 feedback mixes top-document terms into the query', () => {
    const { reader } = index()
    const q = extractKeyTerms('phased transducers', { bigramWeight: 0 })
    const ex = expandWithFeedback(q, [DOCS[0]!], [1], reader, DEFAULT_RANK_PARAMS, {
      terms: 3,
      lambda: 0.5,
    })
    expect(ex.concepts.some((c) => c.source === 'feedback')).toBe(true)
    expect(ex.concepts.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1)
  })
})

describe('Boolean evaluation', () => {
  it('AND, OR, NOT, fields, truncation', () => {
    const { reader } = index()
    const docs = (n: Parameters<typeof evaluateBoolean>[0]) => [
      ...evaluateBoolean(n, reader, none).match.docs,
    ]
    expect(docs(Q.and([Q.term('battery'), Q.term('robot')]))).toEqual([2])
    expect(docs(Q.or([Q.term('gait'), Q.term('cooling')]))).toEqual([1, 2])
    expect(docs(Q.and([Q.term('transducer'), Q.not(Q.term('phased'))]))).toEqual([3])
    expect(docs(Q.field('cl', Q.term('battery')))).toEqual([1])
    expect(docs(Q.term('transduc', true))).toEqual([0, 3])
  })

  it('returns phrase and NEAR clauses for checking on text', () => {
    const { reader } = index()
    const e = evaluateBoolean(Q.near(1, [Q.term('backing'), Q.term('absorbs')]), reader, none)
    expect(e.checks).toHaveLength(1)
    expect(checkPositions(DOCS[3]!, e.checks[0]!)).toBe(false)
    expect(
      checkPositions(DOCS[3]!, {
        node: Q.near(4, [Q.term('backing'), Q.term('absorbs')]),
        fields: 15,
      }),
    ).toBe(true)
    expect(checkPositions(DOCS[0]!, { node: Q.phrase(['phased', 'array']), fields: 15 })).toBe(true)
    expect(checkPositions(DOCS[0]!, { node: Q.phrase(['phased', 'array']), fields: 1 })).toBe(false)
  })

  it('set operations keep order and add scores', () => {
    const a = { docs: Uint32Array.of(1, 3, 5), scores: Float32Array.of(1, 1, 1) }
    const b = { docs: Uint32Array.of(3, 4, 5, 9), scores: Float32Array.of(2, 2, 2, 2) }
    expect([...intersect(a, b).docs]).toEqual([3, 5])
    expect([...intersect(a, b).scores]).toEqual([3, 3])
    expect([...union(a, b).docs]).toEqual([1, 3, 4, 5, 9])
    expect([...subtract(b, a).docs]).toEqual([4, 9])
  })
})

describe('topK and snippets', () => {
  it('keeps the k best non-zero accepted scores', () => {
    const s = Float32Array.of(0, 5, 1, 7, 3, 0, 7)
    expect(topK(s, 3)).toEqual({ docs: [3, 6, 1], scores: [7, 7, 5] })
    expect(topK(s, 2, (d) => d !== 3).docs).toEqual([6, 1])
  })

  it('marks the query words in the best passage', () => {
    const [s] = bestSnippets(
      DOCS[3]!,
      new Map([
        ['transduc', 1],
        ['ultrason', 1],
      ]),
    )
    expect(s!.field).toBe('description')
    expect(s!.highlights.map(([a, b]) => s!.text.slice(a, b))).toEqual(['transducer', 'ultrasonic'])
  })
})
