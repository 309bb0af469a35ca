import type { IndexDocument, PostingsData } from './index-builder.js'

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
  /** Postings of an index key, or undefined when no document has it. */
  postings(key: string): Postings | undefined
  /** Document frequency of an index key (0 when absent). */
  df(key: string): number
  /** Index keys starting with `prefix`, at most `max`, most frequent first. */
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
    this.docLimit = data.docs.reduce((max, d) => (d + 1 > max ? d + 1 : max), data.docCount)
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

  postings(key: string): Postings | undefined {
    const i = this.#find(key)
    if (this.#data.terms[i] !== key) {
      return undefined
    }
    const from = this.#data.offsets[i]!
    const to = this.#data.offsets[i + 1]!
    return {
      docs: this.#data.docs.subarray(from, to),
      impacts: this.#data.impacts.subarray(from, to),
      masks: this.#data.masks.subarray(from, to),
    }
  }

  df(key: string): number {
    const i = this.#find(key)
    return this.#data.terms[i] === key ? this.#data.offsets[i + 1]! - this.#data.offsets[i]! : 0
  }

  expand(prefix: string, max: number): string[] {
    const out: { key: string; df: number }[] = []
    const terms = this.#data.terms
    for (let i = this.#find(prefix); i < terms.length && terms[i]!.startsWith(prefix); i++) {
      out.push({ key: terms[i]!, df: this.#data.offsets[i + 1]! - this.#data.offsets[i]! })
    }
    return out
      .sort((a, b) => b.df - a.df)
      .slice(0, max)
      .map((t) => t.key)
  }
}
