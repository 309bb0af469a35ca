import { BoundedHeap } from './bounded-heap.js'
import type { DocMatch } from './doc-match.js'
import { BLOCK_SIZE, decodeBlock, nextBlock } from './postings-codec.js'
import type { EncodedPostings } from './postings-reader.js'

/**
 * A set of documents held densely (ADR 0025): a membership byte and a score per document number
 * below the index's document limit. A Boolean clause matching a large share of the corpus
 * (`method`, `system AND apparatus`) is combined here by one pass over each key's postings
 * marking documents in place, instead of materialising and merging sorted lists of hundreds of
 * thousands of documents.
 */
export interface DenseMatch {
  /** 1 where the document is in the set, else 0 (2 only during `andPostings`). */
  readonly member: Uint8Array
  /** The document's score, defined where `member` is 1. */
  readonly scores: Float32Array
  /** Documents in the set. */
  count: number
}

/** A key's postings and how they count: `weight × impact` per posting in one of `fields`. */
export interface WeightedPostings {
  readonly encoded: EncodedPostings
  /** Score of a posting per impact unit (idf / 255). */
  readonly weight: number
  /** Field bit mask a posting must hold in (15 = any field). */
  readonly fields: number
}

/** Mask of every field bit. */
const ANY_FIELD = 15

/** Reused dense sets of one size (one query at a time per thread). */
const pool: { limit: number; free: DenseMatch[] } = { limit: 0, free: [] }
/**
 * Bytes of free dense sets kept for reuse (5 bytes per document each): 8 sets at 1M documents,
 * fewer for larger corpora, but always 2 (a query's root and one clause).
 */
const POOL_BYTES = 40 * 1024 * 1024

/**
 * An empty dense set over documents `[0, limit)`: from the pool when one of that size is free.
 * Give it back with `releaseDense` once its documents were read.
 */
export function acquireDense(limit: number): DenseMatch {
  if (pool.limit !== limit) {
    pool.limit = limit
    pool.free = []
  }
  const reused = pool.free.pop()
  if (reused) {
    reused.member.fill(0)
    reused.count = 0
    return reused
  }
  // A whole number of 32-bit words, so scans can skip four empty documents at a time.
  const words = Math.ceil(limit / 4)
  return { member: new Uint8Array(words * 4), scores: new Float32Array(limit), count: 0 }
}

/** Returns a dense set to the pool (it must not be read afterwards). */
export function releaseDense(m: DenseMatch): void {
  const keep = Math.max(2, Math.floor(POOL_BYTES / (5 * Math.max(1, pool.limit))))
  if (m.scores.length === pool.limit && pool.free.length < keep && !pool.free.includes(m)) {
    pool.free.push(m)
  }
}

/** Decoding arrays of one block. */
const block = {
  docs: new Uint32Array(BLOCK_SIZE),
  impacts: new Uint8Array(BLOCK_SIZE),
  masks: new Uint8Array(BLOCK_SIZE),
}

/** 1 when a posting's field mask has one of `fields`, else 0 (masks and fields are 4 bits). */
function inFields(mask: number, fields: number): number {
  return ((mask & fields) + 15) >> 4
}

/** Adds postings to the set: a new document scores its posting, a present one adds it. */
export function orPostings(m: DenseMatch, p: WeightedPostings): void {
  const { member, scores } = m
  const { bytes, from, to } = p.encoded
  const { weight, fields } = p
  const { docs, impacts, masks } = block
  let count = m.count
  for (let at = from; at < to; at = nextBlock(bytes, at)) {
    const n = decodeBlock(bytes, at, docs, impacts, masks)
    for (let i = 0; i < n; i++) {
      if (fields === ANY_FIELD || (masks[i]! & fields) !== 0) {
        const d = docs[i]!
        // Rounded as a stored posting score is, so sums equal those of sorted matches.
        const s = Math.fround(weight * impacts[i]!)
        if (member[d] === 0) {
          member[d] = 1
          scores[d] = s
          count++
        } else {
          scores[d] = scores[d]! + s
        }
      }
    }
  }
  m.count = count
}

/** Keeps the documents of the set that have a posting, adding its score. */
export function andPostings(m: DenseMatch, p: WeightedPostings): void {
  const { member, scores } = m
  const { bytes, from, to } = p.encoded
  const { weight, fields } = p
  const { docs, impacts, masks } = block
  let count = 0
  for (let at = from; at < to; at = nextBlock(bytes, at)) {
    const n = decodeBlock(bytes, at, docs, impacts, masks)
    // Without branches (a document of a large set is as likely in as out): x is 1 for a member
    // whose posting is in the fields, and adds nothing otherwise.
    for (let i = 0; i < n; i++) {
      const d = docs[i]!
      const x = member[d]! & inFields(masks[i]!, fields)
      member[d] = member[d]! + x
      scores[d] = scores[d]! + Math.fround(weight * impacts[i]!) * x
      count += x
    }
  }
  // Marked documents (2) stay as 1, unmarked ones (1) leave: a halving of every byte, four at a
  // time (the mask drops the bit a byte shifts into its lower neighbour).
  const words = new Uint32Array(member.buffer, member.byteOffset, member.length >>> 2)
  for (let w = 0; w < words.length; w++) {
    words[w] = (words[w]! >>> 1) & 0x7f7f7f7f
  }
  m.count = count
}

/** Removes the documents that have a posting (in one of the fields) from the set. */
export function notPostings(m: DenseMatch, p: WeightedPostings): void {
  const { member } = m
  const { bytes, from, to } = p.encoded
  const { fields } = p
  const { docs, impacts, masks } = block
  let count = m.count
  for (let at = from; at < to; at = nextBlock(bytes, at)) {
    const n = decodeBlock(bytes, at, docs, impacts, masks)
    for (let i = 0; i < n; i++) {
      const d = docs[i]!
      const x = member[d]! & inFields(masks[i]!, fields)
      member[d] = member[d]! ^ x
      count -= x
    }
  }
  m.count = count
}

/** `a` becomes `a AND b` (scores added, `a`'s first). */
export function andDense(a: DenseMatch, b: DenseMatch): void {
  const am = a.member
  const bm = b.member
  const as = a.scores
  const bs = b.scores
  let count = 0
  for (let d = 0; d < as.length; d++) {
    if (am[d] === 1) {
      if (bm[d] === 1) {
        as[d] = as[d]! + bs[d]!
        count++
      } else {
        am[d] = 0
      }
    }
  }
  a.count = count
}

/** `a` becomes `a OR b` (scores added where both hold, `a`'s first). */
export function orDense(a: DenseMatch, b: DenseMatch): void {
  const am = a.member
  const bm = b.member
  const as = a.scores
  const bs = b.scores
  let count = a.count
  for (let d = 0; d < as.length; d++) {
    if (bm[d] === 1) {
      if (am[d] === 1) {
        as[d] = as[d]! + bs[d]!
      } else {
        am[d] = 1
        as[d] = bs[d]!
        count++
      }
    }
  }
  a.count = count
}

/** `a` becomes `a NOT b`. */
export function notDense(a: DenseMatch, b: DenseMatch): void {
  const am = a.member
  const bm = b.member
  let count = a.count
  for (let d = 0; d < a.scores.length; d++) {
    if (am[d] === 1 && bm[d] === 1) {
      am[d] = 0
      count--
    }
  }
  a.count = count
}

/** `a` becomes `a AND b` for a sorted match `b` (scores added, `a`'s first). */
export function andSparse(a: DenseMatch, b: DocMatch): void {
  const { member, scores } = a
  let count = 0
  for (let i = 0; i < b.docs.length; i++) {
    const d = b.docs[i]!
    if (member[d] === 1) {
      member[d] = 2
      scores[d] = scores[d]! + b.scores[i]!
      count++
    }
  }
  const words = new Uint32Array(member.buffer, member.byteOffset, member.length >>> 2)
  for (let w = 0; w < words.length; w++) {
    words[w] = (words[w]! >>> 1) & 0x7f7f7f7f
  }
  a.count = count
}

/**
 * `a` becomes `a OR b` for a sorted match `b`. Documents at or past the set's limit (a keyword
 * clause's documents stored after the index was built) cannot be held and are left out.
 */
export function orSparse(a: DenseMatch, b: DocMatch): void {
  const { member, scores } = a
  let count = a.count
  for (let i = 0; i < b.docs.length; i++) {
    const d = b.docs[i]!
    if (d >= scores.length) {
      break
    }
    if (member[d] === 0) {
      member[d] = 1
      scores[d] = b.scores[i]!
      count++
    } else {
      scores[d] = scores[d]! + b.scores[i]!
    }
  }
  a.count = count
}

/** `a` becomes `a NOT b` for a sorted match `b`. */
export function notSparse(a: DenseMatch, b: DocMatch): void {
  const { member } = a
  let count = a.count
  for (let i = 0; i < b.docs.length; i++) {
    const d = b.docs[i]!
    if (member[d] === 1) {
      member[d] = 0
      count--
    }
  }
  a.count = count
}

/**
 * Calls `visit` with the members of the set, ascending, a chunk at a time: members are gathered
 * into `chunk[0, n)` without branches (every document of a non-empty word is written, the count
 * advances only for members), so the caller's loop runs over members only.
 */
function forEachChunk(m: DenseMatch, visit: (chunk: Int32Array, n: number) => void): void {
  const member = m.member
  const words = new Uint32Array(member.buffer, member.byteOffset, member.length >>> 2)
  const chunk = gathered
  for (let w = 0; w < words.length;) {
    let n = 0
    for (; w < words.length && n < CHUNK; w++) {
      if (words[w] !== 0) {
        for (let d = w * 4; d < w * 4 + 4; d++) {
          chunk[n] = d
          n += member[d]!
        }
      }
    }
    visit(chunk, n)
  }
}

/** Keeps the documents of the set that pass `test`. */
export function filterDense(m: DenseMatch, test: (doc: number) => boolean): void {
  const member = m.member
  let count = m.count
  forEachChunk(m, (chunk, n) => {
    for (let i = 0; i < n; i++) {
      const d = chunk[i]!
      if (!test(d)) {
        member[d] = 0
        count--
      }
    }
  })
  m.count = count
}

/**
 * The set as a sorted match (fresh arrays). Empty words of four documents are skipped at once;
 * within a word every document is written and the count advances only for members (no branch
 * to mispredict in a set holding half the corpus).
 */
export function toSparse(m: DenseMatch): DocMatch {
  // Room for the last word's non-members written past the end.
  const docs = new Uint32Array(m.count + 4)
  const scores = new Float32Array(m.count + 4)
  const { member, scores: source } = m
  const words = new Uint32Array(member.buffer, member.byteOffset, member.length >>> 2)
  const last = source.length - 1
  let n = 0
  for (let w = 0; w < words.length; w++) {
    if (words[w] !== 0) {
      for (let d = w * 4; d < w * 4 + 4; d++) {
        docs[n] = d
        scores[n] = source[Math.min(d, last)]!
        n += member[d]!
      }
    }
  }
  return { docs: docs.subarray(0, n), scores: scores.subarray(0, n) }
}

/** The best members of a dense set that pass a filter, and how many pass. */
export interface DenseBest {
  /** Best first (ties: lower document first). */
  readonly docs: number[]
  readonly scores: number[]
  /** Members passing the filter. */
  readonly total: number
}

/**
 * The `k` best members of `m` that pass `accept`, in one pass over the set: a bounded heap of
 * the best so far (documents come in ascending order, so a later one with an equal score never
 * displaces a kept one).
 */
export function bestOfDense(m: DenseMatch, k: number, accept: (doc: number) => boolean): DenseBest {
  const scores = m.scores
  const heap = new BoundedHeap(
    k,
    (x, y) => scores[x]! < scores[y]! || (scores[x] === scores[y] && x > y),
  )
  let total = 0
  forEachChunk(m, (chunk, n) => {
    for (let i = 0; i < n; i++) {
      const d = chunk[i]!
      if (accept(d)) {
        total++
        // Documents come ascending: one with a score equal to the worst kept never displaces it.
        if (k > 0 && (!heap.full || scores[d]! > scores[heap.worst]!)) {
          heap.offer(d)
        }
      }
    }
  })
  const docs = heap.sorted()
  return { docs, scores: docs.map((d) => scores[d]!), total }
}

/** Members gathered per chunk by `forEachChunk`. */
const CHUNK = 4096
/** Room for a chunk and the non-members of its last word written past it. */
const gathered = new Int32Array(CHUNK + 4)
