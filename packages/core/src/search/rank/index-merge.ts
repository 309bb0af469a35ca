import type { PostingsData } from './index-builder.js'

/**
 * Joins indexes built apart over consecutive ranges of one corpus (shard 0 holds the lowest
 * document numbers, and every shard was built with the same parameters and `avgLengths`) into
 * one. Blocks carry absolute document numbers, so a key's postings are its shards' bytes in order.
 */
export function mergeIndexShards(shards: readonly PostingsData[]): PostingsData {
  if (shards.length === 1) {
    return shards[0]!
  }
  if (shards.length === 0) {
    throw new RangeError('mergeIndexShards needs at least one shard')
  }
  const params = JSON.stringify(shards[0]!.params)
  const avg = JSON.stringify(shards[0]!.avgLengths)
  for (const s of shards) {
    if (JSON.stringify(s.params) !== params || JSON.stringify(s.avgLengths) !== avg) {
      throw new RangeError('shards of one index need the same parameters and average lengths')
    }
  }
  // Union of the (sorted) key lists.
  const all = new Set<string>()
  for (const s of shards) {
    for (const t of s.terms) {
      all.add(t)
    }
  }
  const terms = [...all].sort()
  const total = shards.reduce((n, s) => n + s.postings.length, 0)
  const postings = new Uint8Array(total)
  const offsets = new Float64Array(terms.length + 1)
  const df = new Uint32Array(terms.length)
  const maxImpacts = new Uint8Array(terms.length)
  const cursors = shards.map(() => 0)
  let at = 0
  terms.forEach((term, i) => {
    offsets[i] = at
    shards.forEach((s, k) => {
      const c = cursors[k]!
      if (c < s.terms.length && s.terms[c] === term) {
        const from = s.offsets[c]!
        const to = s.offsets[c + 1]!
        postings.set(s.postings.subarray(from, to), at)
        at += to - from
        df[i]! += s.df[c]!
        maxImpacts[i] = Math.max(maxImpacts[i]!, s.maxImpacts[c]!)
        cursors[k] = c + 1
      }
    })
  })
  offsets[terms.length] = at
  return {
    params: shards[0]!.params,
    docCount: shards.reduce((n, s) => n + s.docCount, 0),
    docLimit: Math.max(...shards.map((s) => s.docLimit)),
    avgLengths: shards[0]!.avgLengths,
    terms,
    offsets,
    df,
    maxImpacts,
    postings,
  }
}
