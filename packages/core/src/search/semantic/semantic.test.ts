import { describe, expect, it } from 'vitest'
import { decodeVector, dot, embeddingText, encodeVector, fuseHybrid, normalise } from './index.js'

describe('vectors', () => {
  it('round-trips through little-endian bytes and normalises to unit length', () => {
    const v = new Float32Array([3, -4, 0.5])
    expect([...decodeVector(encodeVector(v))]).toEqual([...v])
    const u = normalise(new Float32Array([3, 4]))
    expect(dot(u, u)).toBeCloseTo(1, 6)
    expect([...normalise(new Float32Array([0, 0]))]).toEqual([0, 0])
  })

  it('embeds title, abstract and first claim; the description only without an abstract', () => {
    expect(embeddingText({ title: 'T', abstract: 'A', firstClaim: 'C', description: 'D' })).toBe(
      'T\nA\nC',
    )
    expect(embeddingText({ title: 'T', description: 'D' })).toBe('T\nD')
    expect(embeddingText({ title: 'x'.repeat(5000) }).length).toBe(2000)
  })
})

describe('fuseHybrid', () => {
  const lexical = [
    { id: 'a', score: 10 },
    { id: 'b', score: 9 },
    { id: 'c', score: 1 },
  ]
  const q = normalise(new Float32Array([1, 0]))
  const vectors = new Map([
    ['a', normalise(new Float32Array([0, 1]))],
    ['b', normalise(new Float32Array([1, 0.1]))],
  ])

  it('keeps the lexical order at weight 0 or without a query vector', () => {
    expect(fuseHybrid(lexical, q, vectors, 0).map((h) => h.id)).toEqual(['a', 'b', 'c'])
    expect(fuseHybrid(lexical, undefined, vectors, 0.5).map((h) => h.id)).toEqual(['a', 'b', 'c'])
  })

  it('promotes semantically close documents as the weight grows', () => {
    expect(fuseHybrid(lexical, q, vectors, 0.3).map((h) => h.id)).toEqual(['b', 'a', 'c'])
    const fused = fuseHybrid(lexical, q, vectors, 0.3)
    expect(fused[0]!.score).toBeGreaterThan(fused[1]!.score)
  })
})
