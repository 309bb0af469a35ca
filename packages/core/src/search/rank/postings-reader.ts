import type { IndexDocument, PostingsData } from './index-builder.js'
import { decodePostings } from './postings-codec.js'

/** A key's encoded postings: bytes `[from, to)` of `bytes` (`postings-codec.ts`). */
export interface EncodedPostings {
  readonly bytes: Uint8Array
  readonly from: number
  readonly to: number
  /** Document frequency. */
  readonly df: number
  /** Largest impact of any posting. */
  readonly maxImpact: number
}

/** The postings of one term (parallel arrays; documents ascending). */
export interface Postings {
  readonly docs: Uint32Array
  readonly impacts: Uint8Array
  readonly masks: Uint8Array
}

/**
 * Read access to an impact index, wherever it lives (memory, SQLite blobs). Rankers and the
 * Boolean evaluator only see this.
 */
export interface PostingsReader {
  /** Documents in the index (for idf). */
  readonly docCount: number
  /** One more than the largest document number (accumulator size). */
  readonly docLimit: number
  /** Postings of an index key (decoded), or undefined when no document has it. */
  postings(key: string): Postings | undefined
  /** Encoded postings of an index key (for block-wise scoring), or undefined. */
  encoded(key: string): EncodedPostings | undefined
  /** Document frequency of an index key (0 when absent). */
  df(key: string): number
  /** Word keys (never word pairs) starting with `prefix`, at most `max`, most frequent first. */
  expand(prefix: string, max: number): string[]
}

/** Fetches documents' text (for feedback, phrase checks and snippets). */
export interface DocumentSource {
  documents(docs: readonly number[]): Promise<(IndexDocument | undefined)[]>
}

/** BM25's idf, never negative. */
export function idf(docCount: number, df: number): number {
  return Math.log(1 + (docCount - df + 0.5) / (df + 0.5))
}

/** A `PostingsReader` over a `PostingsData` in memory. */
export class MemoryPostingsReader implements PostingsReader {
  readonly docCount: number
  readonly docLimit: number
  readonly #data: PostingsData

  constructor(data: PostingsData) {
    this.#data = data
    this.docCount = data.docCount
    this.docLimit = Math.max(data.docLimit, data.docCount)
  }

  #find(key: string): number {
    const terms = this.#data.terms
    let lo = 0
    let hi = terms.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (terms[mid]! < key) {
        lo = mid + 1
      } else {
        hi = mid
      }
    }
    return lo
  }

  encoded(key: string): EncodedPostings | undefined {
    const i = this.#find(key)
    if (this.#data.terms[i] !== key) {
      return undefined
    }
    return {
      bytes: this.#data.postings,
      from: this.#data.offsets[i]!,
      to: this.#data.offsets[i + 1]!,
      df: this.#data.df[i]!,
      maxImpact: this.#data.maxImpacts[i]!,
    }
  }

  postings(key: string): Postings | undefined {
    const e = this.encoded(key)
    return e === undefined ? undefined : decodePostings(e.bytes, e.from, e.to, e.df)
  }

  df(key: string): number {
    const i = this.#find(key)
    return this.#data.terms[i] === key ? this.#data.df[i]! : 0
  }

  expand(prefix: string, max: number): string[] {
    const out: { key: string; df: number }[] = []
    const terms = this.#data.terms
    for (let i = this.#find(prefix); i < terms.length && terms[i]!.startsWith(prefix); i++) {
      const space = terms[i]!.indexOf(' ')
      if (space >= 0) {
        // Word pairs (bigram keys) of one first word sort together, right after that word and
        // before any longer word (a space sorts before every letter and digit): skip them all.
        i = this.#find(`${terms[i]!.slice(0, space)}!`) - 1
        continue
      }
      out.push({ key: terms[i]!, df: this.#data.df[i]! })
    }
    return out
      .sort((a, b) => b.df - a.df)
      .slice(0, max)
      .map((t) => t.key)
  }
}
