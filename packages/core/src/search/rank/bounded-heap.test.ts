import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BoundedHeap } from './bounded-heap.js'
import { bestOf, rankOrder } from './doc-match.js'

describe('BoundedHeap', () => {
  it('keeps the k best of any stream, as a full sort ranks them (ties: lower document first)', () => {
    fc.assert(
      fc.property(
        // Few distinct scores, so ties are common.
        fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 300 }),
        fc.integer({ min: 0, max: 40 }),
        (values, k) => {
          const scores = Float32Array.from(values)
          const worse = (x: number, y: number): boolean =>
            scores[x]! < scores[y]! || (scores[x] === scores[y] && x > y)
          const heap = new BoundedHeap(k, worse)
          values.forEach((_, i) => heap.offer(i))
          const sorted = [...values.keys()].sort((x, y) => scores[y]! - scores[x]! || x - y)
          expect(heap.sorted()).toEqual(sorted.slice(0, k))
          expect(heap.full).toBe(values.length >= k)
        },
      ),
      { numRuns: 300, seed: 1202 },
    )
  })

  it('gives bestOf the order of rankOrder', () => {
    const docs = Uint32Array.from([3, 5, 8, 9, 12, 20, 21])
    const scores = Float32Array.from([1, 4, 4, 2, 4, 0.5, 3])
    const m = { docs, scores }
    expect([...bestOf(m, 3)]).toEqual([...rankOrder(m)].slice(0, 3))
    expect([...bestOf(m, 3)].map((i) => docs[i])).toEqual([5, 8, 12])
  })
})
