import { bigramKey, forEachTerm, QUERY_STOP_KEYS } from './analyzer.js'
import {
  DEFAULT_RANK_PARAMS,
  INDEX_FIELDS,
  type IndexField,
  type RankParams,
} from './rank-params.js'

/** The text of one document as the index reads it. */
export type IndexDocument = Readonly<Partial<Record<IndexField, string>>>

/**
 * A built index: for every term (sorted), its postings as three parallel arrays — document
 * numbers ascending, the quantised BM25F impact (1–255) and the mask of fields holding the term.
 */
export interface PostingsData {
  readonly params: RankParams
  /** Documents indexed (document numbers are 0 … docCount − 1 unless the caller gave others). */
  readonly docCount: number
  /** Average token count per field, as used for length normalisation. */
  readonly avgLengths: Readonly<Record<IndexField, number>>
  readonly terms: readonly string[]
  /** Postings of `terms[i]` are `[offsets[i], offsets[i + 1])`. */
  readonly offsets: Uint32Array
  readonly docs: Uint32Array
  readonly impacts: Uint8Array
  readonly masks: Uint8Array
}

// Per-document term counts of the four fields packed in one float64: title 8 bits, abstract 12,
// claims 13, description 20 (53 bits), so counting allocates nothing per term.
const SHIFT = [1, 2 ** 8, 2 ** 20, 2 ** 33] as const
const WIDTH = [2 ** 8, 2 ** 12, 2 ** 13, 2 ** 20] as const

class TermBuffer {
  docs = new Uint32Array(4)
  impacts = new Uint8Array(4)
  masks = new Uint8Array(4)
  length = 0

  push(doc: number, impact: number, mask: number): void {
    if (this.length === this.docs.length) {
      const size = this.length * 2
      const docs = new Uint32Array(size)
      docs.set(this.docs)
      this.docs = docs
      const impacts = new Uint8Array(size)
      impacts.set(this.impacts)
      this.impacts = impacts
      const masks = new Uint8Array(size)
      masks.set(this.masks)
      this.masks = masks
    }
    this.docs[this.length] = doc
    this.impacts[this.length] = impact
    this.masks[this.length] = mask
    this.length++
  }
}

/**
 * Builds the impact index in one pass. BM25F needs average field lengths before the first
 * impact is computed: the builder holds back the first `sampleSize` documents, takes their
 * averages, and uses them for the whole corpus (exact for corpora up to `sampleSize`, a sample
 * estimate beyond; lengths of a large corpus vary little after a few thousand documents).
 */
export class IndexBuilder {
  readonly #params: RankParams
  readonly #sampleSize: number
  readonly #terms = new Map<string, TermBuffer>()
  readonly #pending: { doc: number; counts: Map<string, number>; lengths: number[] }[] = []
  readonly #lengthSums = [0, 0, 0, 0]
  #avg: number[] | undefined
  #docCount = 0
  #nextDoc = 0

  readonly #bigrams: boolean

  /**
   * `sampleSize` default is `5000`. `bigrams` (default `true`) also indexes every pair of
   * consecutive non-stop words (`bigramKey`), the proximity signal of natural-language ranking.
   */
  constructor(params: RankParams = DEFAULT_RANK_PARAMS, sampleSize = 5000, bigrams = true) {
    this.#params = params
    this.#sampleSize = sampleSize
    this.#bigrams = bigrams
  }

  /**
   * Adds a document with the next document number, or with `doc` (which must be larger than every
   * number given before); returns its number.
   */
  add(document: IndexDocument, doc = this.#nextDoc): number {
    if (doc < this.#nextDoc) {
      throw new RangeError(`document numbers must ascend: ${doc} after ${this.#nextDoc - 1}`)
    }
    this.#nextDoc = doc + 1
    const counts = new Map<string, number>()
    const lengths = INDEX_FIELDS.map((field, f) => {
      const text = document[field]
      if (text === undefined || text === '') {
        return 0
      }
      const unit = SHIFT[f]!
      let previous = ''
      return forEachTerm(text, (key) => {
        counts.set(key, (counts.get(key) ?? 0) + unit)
        if (this.#bigrams && !QUERY_STOP_KEYS.has(key)) {
          if (previous !== '') {
            const pair = bigramKey(previous, key)
            counts.set(pair, (counts.get(pair) ?? 0) + unit)
          }
          previous = key
        }
      })
    })
    this.#docCount++
    for (let f = 0; f < 4; f++) {
      this.#lengthSums[f]! += lengths[f]!
    }
    if (this.#avg === undefined) {
      this.#pending.push({ doc, counts, lengths })
      if (this.#pending.length >= this.#sampleSize) {
        this.#flushPending()
      }
    } else {
      this.#post(doc, counts, lengths, this.#avg)
    }
    return doc
  }

  /** Finishes the index. */
  build(): PostingsData {
    this.#flushPending()
    const terms = [...this.#terms.keys()].sort()
    let total = 0
    for (const t of terms) {
      total += this.#terms.get(t)!.length
    }
    const offsets = new Uint32Array(terms.length + 1)
    const docs = new Uint32Array(total)
    const impacts = new Uint8Array(total)
    const masks = new Uint8Array(total)
    let at = 0
    terms.forEach((t, i) => {
      const b = this.#terms.get(t)!
      offsets[i] = at
      docs.set(b.docs.subarray(0, b.length), at)
      impacts.set(b.impacts.subarray(0, b.length), at)
      masks.set(b.masks.subarray(0, b.length), at)
      at += b.length
    })
    offsets[terms.length] = at
    const avg = this.#avg ?? [1, 1, 1, 1]
    return {
      params: this.#params,
      docCount: this.#docCount,
      avgLengths: { title: avg[0]!, abstract: avg[1]!, claims: avg[2]!, description: avg[3]! },
      terms,
      offsets,
      docs,
      impacts,
      masks,
    }
  }

  #flushPending(): void {
    if (this.#avg === undefined) {
      const n = Math.max(1, this.#pending.length)
      this.#avg = this.#lengthSums.map((s) => Math.max(1, s / n))
    }
    for (const p of this.#pending) {
      this.#post(p.doc, p.counts, p.lengths, this.#avg)
    }
    this.#pending.length = 0
  }

  #post(doc: number, counts: Map<string, number>, lengths: number[], avg: number[]): void {
    const { k1, fields } = this.#params
    const norm = INDEX_FIELDS.map((field, f) => {
      const { weight, b } = fields[field]
      return weight / (1 - b + (b * lengths[f]!) / avg[f]!)
    })
    for (const [key, packed] of counts) {
      let tf = 0
      let mask = 0
      for (let f = 0; f < 4; f++) {
        const c = Math.floor(packed / SHIFT[f]!) % WIDTH[f]!
        if (c > 0) {
          tf += c * norm[f]!
          mask |= 1 << f
        }
      }
      const impact = Math.min(255, Math.max(1, Math.round((255 * tf) / (k1 + tf))))
      let buffer = this.#terms.get(key)
      if (buffer === undefined) {
        buffer = new TermBuffer()
        this.#terms.set(key, buffer)
      }
      buffer.push(doc, impact, mask)
    }
  }
}
