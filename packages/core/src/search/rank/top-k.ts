/** Ranked documents: parallel arrays, best first. */
export interface Ranked {
  readonly docs: number[]
  readonly scores: number[]
}

/**
 * The `k` best-scoring documents of a dense score array, skipping zero scores and documents
 * `accept` rejects (a bounded min-heap: O(n log k)). Ties go to the lower document number, also
 * at the k-th place, so the result depends only on the scores (and pruned scoring equals
 * exhaustive scoring).
 */
export function topK(scores: Float32Array, k: number, accept?: (doc: number) => boolean): Ranked {
  const heapDocs = new Int32Array(k)
  const heapScores = new Float64Array(k)
  let size = 0
  const n = scores.length
  for (let d = 0; d < n; d++) {
    const s = scores[d]!
    if (s <= 0 || (size === k && s <= heapScores[0]!)) {
      continue
    }
    if (accept !== undefined && !accept(d)) {
      continue
    }
    if (size < k) {
      let i = size++
      while (i > 0) {
        const p = (i - 1) >> 1
        // The root is the worst kept: lowest score, then highest document.
        if (heapScores[p]! < s || (heapScores[p] === s && heapDocs[p]! > d)) {
          break
        }
        heapDocs[i] = heapDocs[p]!
        heapScores[i] = heapScores[p]!
        i = p
      }
      heapDocs[i] = d
      heapScores[i] = s
    } else {
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        if (l >= size) {
          break
        }
        const r = l + 1
        const c =
          r < size &&
          (heapScores[r]! < heapScores[l]! ||
            (heapScores[r] === heapScores[l] && heapDocs[r]! > heapDocs[l]!))
            ? r
            : l
        if (heapScores[c]! >= s) {
          break
        }
        heapDocs[i] = heapDocs[c]!
        heapScores[i] = heapScores[c]!
        i = c
      }
      heapDocs[i] = d
      heapScores[i] = s
    }
  }
  const order = Array.from({ length: size }, (_, i) => i).sort(
    (a, b) => heapScores[b]! - heapScores[a]! || heapDocs[a]! - heapDocs[b]!,
  )
  return { docs: order.map((i) => heapDocs[i]!), scores: order.map((i) => heapScores[i]!) }
}
