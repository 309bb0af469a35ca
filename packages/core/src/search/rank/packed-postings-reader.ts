import type { PostingsData } from './index-builder.js'
import { decodePostings } from './postings-codec.js'
import type { EncodedPostings, Postings, PostingsReader } from './postings-reader.js'

/**
 * Where a packed index's postings bytes live (ADR 0024): a file read on demand, a blob in
 * memory. `read` returns bytes `[from, to)` of the postings section.
 */
export interface PostingsBytes {
  read(from: number, to: number): Uint8Array
}

/**
 * An index whose key dictionary is one UTF-8 byte array plus start offsets (no string per key)
 * and whose postings are read per key through `PostingsBytes` (ADR 0024). Keys are in the
 * index's sort order (JavaScript string order), so lookups decode only the probed keys.
 */
export interface PackedIndex {
  readonly docCount: number
  readonly docLimit: number
  /** The keys, UTF-8, concatenated in order. */
  readonly termBytes: Uint8Array
  /** Key `i` is `termBytes[termStarts[i], termStarts[i + 1])` (keys + 1 entries). */
  readonly termStarts: Uint32Array
  /** Postings of key `i` are bytes `[offsets[i], offsets[i + 1])` of `postings`. */
  readonly offsets: Float64Array
  readonly df: Uint32Array
  readonly maxImpacts: Uint8Array
  readonly postings: PostingsBytes
}

/** The key dictionary of `data` as one UTF-8 byte array and start offsets. */
export function packTerms(terms: readonly string[]): {
  termBytes: Uint8Array
  termStarts: Uint32Array
} {
  const encoder = new TextEncoder()
  const termStarts = new Uint32Array(terms.length + 1)
  const parts: Uint8Array[] = []
  let at = 0
  terms.forEach((t, i) => {
    const b = encoder.encode(t)
    parts.push(b)
    at += b.length
    termStarts[i + 1] = at
  })
  const termBytes = new Uint8Array(at)
  let w = 0
  for (const p of parts) {
    termBytes.set(p, w)
    w += p.length
  }
  return { termBytes, termStarts }
}

/** A `PackedIndex` over a `PostingsData` in memory (tests, conversions). */
export function packIndex(data: PostingsData): PackedIndex {
  const postings = data.postings
  return {
    docCount: data.docCount,
    docLimit: data.docLimit,
    ...packTerms(data.terms),
    offsets: data.offsets,
    df: data.df,
    maxImpacts: data.maxImpacts,
    postings: { read: (from, to) => postings.subarray(from, to) },
  }
}

/** Postings bytes kept of recently used keys (a query reads a key several times; common words recur). */
const CACHE_BYTES = 32 * 1024 * 1024

/**
 * A `PostingsReader` over a `PackedIndex`: binary search over the packed keys (each probe
 * decodes one key), postings read per key through the index's `PostingsBytes`, the most recent
 * ones kept in a small least-recently-used cache.
 */
export class PackedPostingsReader implements PostingsReader {
  readonly docCount: number
  readonly docLimit: number
  readonly #index: PackedIndex
  readonly #keys: number
  readonly #decoder = new TextDecoder()
  readonly #cache = new Map<number, Uint8Array>()
  #cached = 0

  constructor(index: PackedIndex) {
    this.#index = index
    this.#keys = index.termStarts.length - 1
    this.docCount = index.docCount
    this.docLimit = Math.max(index.docLimit, index.docCount)
  }

  /** Key `i` as a string. */
  key(i: number): string {
    const s = this.#index.termStarts
    return this.#decoder.decode(this.#index.termBytes.subarray(s[i], s[i + 1]))
  }

  #find(key: string): number {
    let lo = 0
    let hi = this.#keys
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.key(mid) < key) {
        lo = mid + 1
      } else {
        hi = mid
      }
    }
    return lo
  }

  #position(key: string): number {
    const i = this.#find(key)
    return i < this.#keys && this.key(i) === key ? i : -1
  }

  #bytes(i: number): Uint8Array {
    const hit = this.#cache.get(i)
    if (hit) {
      // Most recently used last: eviction takes the least recently used first.
      this.#cache.delete(i)
      this.#cache.set(i, hit)
      return hit
    }
    const bytes = this.#index.postings.read(this.#index.offsets[i]!, this.#index.offsets[i + 1]!)
    if (bytes.length <= CACHE_BYTES / 4) {
      this.#cache.set(i, bytes)
      this.#cached += bytes.length
      for (const [k, v] of this.#cache) {
        if (this.#cached <= CACHE_BYTES) {
          break
        }
        this.#cache.delete(k)
        this.#cached -= v.length
      }
    }
    return bytes
  }

  encoded(key: string): EncodedPostings | undefined {
    const i = this.#position(key)
    if (i < 0) {
      return undefined
    }
    const bytes = this.#bytes(i)
    return {
      bytes,
      from: 0,
      to: bytes.length,
      df: this.#index.df[i]!,
      maxImpact: this.#index.maxImpacts[i]!,
    }
  }

  postings(key: string): Postings | undefined {
    const e = this.encoded(key)
    return e === undefined ? undefined : decodePostings(e.bytes, e.from, e.to, e.df)
  }

  df(key: string): number {
    const i = this.#position(key)
    return i < 0 ? 0 : this.#index.df[i]!
  }

  expand(prefix: string, max: number): string[] {
    const out: { key: string; df: number }[] = []
    for (let i = this.#find(prefix); i < this.#keys; i++) {
      const key = this.key(i)
      if (!key.startsWith(prefix)) {
        break
      }
      if (key.includes(' ')) {
        continue // a word pair (bigram key), not a word
      }
      out.push({ key, df: this.#index.df[i]! })
    }
    return out
      .sort((a, b) => b.df - a.df)
      .slice(0, max)
      .map((t) => t.key)
  }
}
