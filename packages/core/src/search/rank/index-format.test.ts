import { describe, expect, it } from 'vitest'
import { extractKeyTerms } from './key-terms.js'
import { IndexBuilder, type IndexDocument } from './index-builder.js'
import { mergeIndexShards } from './index-merge.js'
import { BLOCK_SIZE, decodePostings, encodePostings } from './postings-codec.js'
import { MemoryPostingsReader } from './postings-reader.js'
import { DEFAULT_RANK_PARAMS, INDEX_FIELDS } from './rank-params.js'
import { WeightedRanker } from './weighted-ranker.js'
import type { WeightedQuery } from '../weighted-query.js'

// A deterministic corpus with a Zipf-like vocabulary: long and short postings lists, many blocks.
function corpus(n: number): IndexDocument[] {
  let seed = 7
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const vocab = Array.from({ length: 400 }, (_, i) => `w${i.toString(36)}x`)
  const word = (): string => vocab[Math.floor(vocab.length * rand() ** 3)]!
  const text = (words: number): string => Array.from({ length: words }, word).join(' ')
  return Array.from({ length: n }, () => ({
    title: text(4),
    abstract: text(30),
    claims: text(40),
    ...(rand() < 0.7 ? { description: text(120) } : {}),
  }))
}

describe('postings codec', () => {
  it('round-trips documents, impacts and masks over several blocks', () => {
    const count = 3 * BLOCK_SIZE + 5
    const docs = Array.from({ length: count }, (_, i) => i * 7 + (i % 3) * 2 ** 20 * 0 + i * i)
    const impacts = docs.map((_, i) => 1 + (i % 255))
    const masks = docs.map((_, i) => 1 + (i % 15))
    const out = new Uint8Array(count * 8 + 64)
    const { end, maxImpact } = encodePostings(docs, impacts, masks, count, out, 3)
    expect(maxImpact).toBe(255)
    const back = decodePostings(out, 3, end, count)
    expect([...back.docs]).toEqual(docs)
    expect([...back.impacts]).toEqual(impacts)
    expect([...back.masks]).toEqual(masks)
  })
})

describe('IndexBuilder shards', () => {
  it('merging shards built apart equals one build', () => {
    const docs = corpus(700)
    const one = new IndexBuilder(DEFAULT_RANK_PARAMS, 10_000)
    docs.forEach((d) => one.add(d))
    const whole = one.build()
    const shards = [0, 300, 520].map((from, i, starts) => {
      const b = new IndexBuilder(DEFAULT_RANK_PARAMS, 10_000, true, whole.avgLengths)
      for (let d = from; d < (starts[i + 1] ?? docs.length); d++) {
        b.add(docs[d]!, d)
      }
      return b.build()
    })
    const merged = mergeIndexShards(shards)
    expect(merged.terms).toEqual(whole.terms)
    expect([...merged.df]).toEqual([...whole.df])
    expect([...merged.maxImpacts]).toEqual([...whole.maxImpacts])
    expect(merged.docCount).toBe(700)
    const a = new MemoryPostingsReader(whole)
    const b = new MemoryPostingsReader(merged)
    for (const t of whole.terms) {
      expect(b.postings(t)).toEqual(a.postings(t))
    }
    // The lengths a sample takes are those fieldLengths reports.
    const sums = [0, 0, 0, 0]
    docs.forEach((d) => IndexBuilder.fieldLengths(d).forEach((x, f) => (sums[f]! += x)))
    INDEX_FIELDS.forEach((f, i) => expect(whole.avgLengths[f]).toBeCloseTo(sums[i]! / 700, 9))
  })
})

describe('dynamic pruning', () => {
  it('returns exactly the documents and scores of exhaustive scoring', () => {
    const docs = corpus(3000)
    const b = new IndexBuilder(DEFAULT_RANK_PARAMS)
    docs.forEach((d) => b.add(d))
    const reader = new MemoryPostingsReader(b.build())
    const ranker = new WeightedRanker(reader)
    const queries: WeightedQuery[] = [
      extractKeyTerms(corpus(1)[0]!.claims!, { bigramWeight: 0.2 }),
      extractKeyTerms(`${corpus(2)[1]!.abstract!} ${corpus(3)[2]!.title!}`),
      {
        language: 'en',
        concepts: [
          {
            forms: [
              { text: 'w0x', weight: 1 },
              { text: 'w5x w6x', weight: 0.7 },
            ],
            weight: 2,
            source: 'translation',
          },
          { forms: [{ text: 'w1x', weight: 1 }], weight: 1, source: 'original' },
          { forms: [{ text: 'w2x w3x', weight: 1 }], weight: 0.5, source: 'feedback' },
          { forms: [{ text: 'w4x', weight: 1 }], weight: 0.1, source: 'original' },
          { forms: [{ text: 'w9x', weight: 1 }], weight: 0.05, source: 'original' },
        ],
      },
    ]
    let pruned = 0
    for (const query of queries) {
      for (const k of [1, 10, 50]) {
        for (const accept of [undefined, (d: number) => d % 4 !== 1]) {
          const options = { k, ...(accept ? { accept } : {}) }
          const fast = ranker.rank(query, options)
          if (ranker.lastStats.scored < ranker.lastStats.postings) {
            pruned++
          }
          const slow = ranker.rank(query, { ...options, exhaustive: true })
          expect(ranker.lastStats.scored).toBe(ranker.lastStats.postings)
          expect(fast.docs).toEqual(slow.docs)
          expect(fast.scores).toEqual(slow.scores)
          expect(fast.docs.length).toBe(k)
        }
      }
    }
    // The test must exercise pruning, not only the exhaustive path.
    expect(pruned).toBeGreaterThan(0)
  })
})
