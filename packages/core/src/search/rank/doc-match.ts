import { BoundedHeap } from './bounded-heap.js'

/** A set of documents (ascending numbers) with a score each: the value of a Boolean subtree. */
export interface DocMatch {
  readonly docs: Uint32Array
  readonly scores: Float32Array
}

/** The empty match. */
export const NO_MATCH: DocMatch = { docs: new Uint32Array(0), scores: new Float32Array(0) }

/** The first index `≥ from` of ascending `docs` whose document is `≥ d` (galloping search). */
export function seek(docs: Uint32Array, from: number, d: number): number {
  if (from >= docs.length || docs[from]! >= d) {
    return from
  }
  // docs[lo] < d; find hi with docs[hi] >= d (or the end), doubling the step.
  let lo = from
  let step = 1
  let hi = lo + step
  while (hi < docs.length && docs[hi]! < d) {
    lo = hi
    step *= 2
    hi = lo + step
  }
  hi = Math.min(hi, docs.length)
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1
    if (docs[mid]! < d) {
      lo = mid
    } else {
      hi = mid
    }
  }
  return hi
}

/** Documents in both, scores added (galloping through the longer list). */
export function intersect(a: DocMatch, b: DocMatch): DocMatch {
  if (a.docs.length > b.docs.length) {
    return intersect(b, a)
  }
  const docs = new Uint32Array(a.docs.length)
  const scores = new Float32Array(a.docs.length)
  let n = 0
  let j = 0
  const bd = b.docs
  for (let i = 0; i < a.docs.length && j < bd.length; i++) {
    const d = a.docs[i]!
    j = seek(bd, j, d)
    if (j < bd.length && bd[j] === d) {
      docs[n] = d
      scores[n++] = a.scores[i]! + b.scores[j]!
      j++
    }
  }
  return { docs: docs.subarray(0, n), scores: scores.subarray(0, n) }
}

/** Documents in both ascending lists (galloping through the longer). */
export function intersectDocs(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length > b.length) {
    return intersectDocs(b, a)
  }
  const out = new Uint32Array(a.length)
  let n = 0
  let j = 0
  for (let i = 0; i < a.length && j < b.length; i++) {
    const d = a[i]!
    j = seek(b, j, d)
    if (j < b.length && b[j] === d) {
      out[n++] = d
      j++
    }
  }
  return out.subarray(0, n)
}

/** Documents in either, scores added. */
export function union(a: DocMatch, b: DocMatch): DocMatch {
  const docs = new Uint32Array(a.docs.length + b.docs.length)
  const scores = new Float32Array(docs.length)
  let i = 0
  let j = 0
  let n = 0
  while (i < a.docs.length || j < b.docs.length) {
    const x = i < a.docs.length ? a.docs[i]! : Infinity
    const y = j < b.docs.length ? b.docs[j]! : Infinity
    if (x === y) {
      docs[n] = x
      scores[n++] = a.scores[i++]! + b.scores[j++]!
    } else if (x < y) {
      docs[n] = x
      scores[n++] = a.scores[i++]!
    } else {
      docs[n] = y
      scores[n++] = b.scores[j++]!
    }
  }
  return { docs: docs.subarray(0, n), scores: scores.subarray(0, n) }
}

/** Documents of `a` not in `b`, scores of `a`. */
export function subtract(a: DocMatch, b: DocMatch): DocMatch {
  const docs = new Uint32Array(a.docs.length)
  const scores = new Float32Array(a.docs.length)
  let n = 0
  let j = 0
  const bd = b.docs
  for (let i = 0; i < a.docs.length; i++) {
    const d = a.docs[i]!
    // Galloping: a short list minus a long one skips most of the long one.
    j = seek(bd, j, d)
    if (j < bd.length && bd[j] === d) {
      continue
    }
    docs[n] = d
    scores[n++] = a.scores[i]!
  }
  return { docs: docs.subarray(0, n), scores: scores.subarray(0, n) }
}

/** Keeps the documents `accept` allows. */
export function filterMatch(a: DocMatch, accept: (doc: number) => boolean): DocMatch {
  const docs = new Uint32Array(a.docs.length)
  const scores = new Float32Array(a.docs.length)
  let n = 0
  for (let i = 0; i < a.docs.length; i++) {
    if (accept(a.docs[i]!)) {
      docs[n] = a.docs[i]!
      scores[n++] = a.scores[i]!
    }
  }
  return { docs: docs.subarray(0, n), scores: scores.subarray(0, n) }
}

/** Indexes of a match ordered best first (ties: lower document first). */
export function rankOrder(a: DocMatch): Uint32Array {
  const order = new Uint32Array(a.docs.length)
  for (let i = 0; i < order.length; i++) {
    order[i] = i
  }
  return order.sort((x, y) => a.scores[y]! - a.scores[x]! || a.docs[x]! - a.docs[y]!)
}

/**
 * Indexes of the `n` best entries of a match, best first (ties: lower document first): a
 * bounded heap, so a Boolean query over a million matches pays for the page, not a full sort.
 */
export function bestOf(a: DocMatch, n: number): Uint32Array {
  const k = Math.min(n, a.docs.length)
  if (k === a.docs.length) {
    return rankOrder(a)
  }
  const heap = new BoundedHeap(
    k,
    (x, y) =>
      a.scores[x]! < a.scores[y]! || (a.scores[x] === a.scores[y] && a.docs[x]! > a.docs[y]!),
  )
  for (let i = 0; i < a.docs.length; i++) {
    heap.offer(i)
  }
  return Uint32Array.from(heap.sorted())
}
