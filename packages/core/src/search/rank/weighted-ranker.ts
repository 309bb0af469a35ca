import type { WeightedQuery } from '../weighted-query.js'
import { analyzeKeys, bigramKey, QUERY_STOP_KEYS } from './analyzer.js'
import { idf, type PostingsReader } from './postings-reader.js'
import { topK, type Ranked } from './top-k.js'

/** Options of `WeightedRanker.rank`. */
export interface WeightedRankOptions {
  /** How many documents to return. */
  readonly k: number
  /** Documents allowed (filters); default all. */
  readonly accept?: (doc: number) => boolean
  /**
   * Query-term selection: only the concepts with the largest weight × idf are scored. Long
   * queries gain speed and lose nothing measurable (docs/design/search.md). Default is `80`.
   */
  readonly maxConcepts?: number
}

/** A concept resolved against the index: its forms as lists of index keys. */
export interface ResolvedConcept {
  readonly weight: number
  readonly forms: readonly { readonly weight: number; readonly keys: readonly string[] }[]
  /** weight × the best form's idf: the concept's maximal contribution, used for selection. */
  readonly strength: number
}

/**
 * Ranks documents for a `WeightedQuery` over an impact index (term-at-a-time into a dense
 * accumulator). A document's score is the sum over concepts of
 * `concept.weight × max over forms (form.weight × mean over the form's keys of idf × impact)`:
 * alternatives of one concept (translations, synonyms) never add up, so a concept with five
 * candidate translations counts no more than one with a single word.
 */
export class WeightedRanker {
  readonly #reader: PostingsReader
  #acc: Float32Array
  #tmp: Float32Array

  constructor(reader: PostingsReader) {
    this.#reader = reader
    this.#acc = new Float32Array(reader.docLimit)
    this.#tmp = new Float32Array(0)
  }

  /**
   * The keys a form is scored by: one word gives its key; a phrase gives the bigram keys of its
   * consecutive non-stop words when the index has them (proximity), else its word keys.
   */
  formKeys(text: string, fallback = true): string[] {
    const words = analyzeKeys(text).filter((k) => !QUERY_STOP_KEYS.has(k))
    if (words.length < 2) {
      return words
    }
    const pairs = words.slice(1).map((w, i) => bigramKey(words[i]!, w))
    return pairs.every((p) => this.#reader.df(p) > 0) || !fallback ? pairs : words
  }

  /** Resolves concepts to index keys, dropping stop words and keys no document has. */
  resolve(query: WeightedQuery): ResolvedConcept[] {
    const n = this.#reader.docCount
    const out: ResolvedConcept[] = []
    for (const concept of query.concepts) {
      let best = 0
      const forms = []
      for (const form of concept.forms) {
        // Word pairs that key-term extraction made from the query itself add proximity only;
        // without their bigram they would count the words a second time.
        const keys = this.formKeys(form.text, concept.source !== 'original')
        const present = keys.filter((k) => this.#reader.df(k) > 0)
        if (present.length === 0 || present.length < keys.length) {
          continue
        }
        const meanIdf = keys.reduce((s, k) => s + idf(n, this.#reader.df(k)), 0) / keys.length
        best = Math.max(best, form.weight * meanIdf)
        forms.push({ weight: form.weight, keys })
      }
      if (forms.length > 0 && concept.weight > 0) {
        out.push({ weight: concept.weight, forms, strength: concept.weight * best })
      }
    }
    return out
  }

  /** The `k` best documents for the query. */
  rank(query: WeightedQuery | readonly ResolvedConcept[], options: WeightedRankOptions): Ranked {
    const resolved = 'concepts' in query ? this.resolve(query) : query
    const selected = [...resolved]
      .sort((a, b) => b.strength - a.strength)
      .slice(0, options.maxConcepts ?? 80)
    const acc = this.#acc
    acc.fill(0)
    for (const concept of selected) {
      if (concept.forms.length === 1 && concept.forms[0]!.keys.length === 1) {
        const form = concept.forms[0]!
        this.#addKey(acc, form.keys[0]!, (concept.weight * form.weight) / 255)
      } else {
        this.#addConcept(concept)
      }
    }
    return topK(acc, options.k, options.accept)
  }

  #addKey(acc: Float32Array, key: string, scale: number): void {
    const p = this.#reader.postings(key)
    if (p === undefined) {
      return
    }
    const w = scale * idf(this.#reader.docCount, p.docs.length)
    const { docs, impacts } = p
    for (let i = 0; i < docs.length; i++) {
      acc[docs[i]!]! += w * impacts[i]!
    }
  }

  // Several forms or multi-word forms: score each form into a scratch array, keep the maximum.
  #addConcept(concept: ResolvedConcept): void {
    if (this.#tmp.length !== this.#acc.length) {
      this.#tmp = new Float32Array(this.#acc.length)
    }
    const best = new Map<number, number>()
    for (const form of concept.forms) {
      const tmp = this.#tmp
      const touched: number[] = []
      for (const key of form.keys) {
        const p = this.#reader.postings(key)
        if (p === undefined) {
          continue
        }
        const w =
          (form.weight * idf(this.#reader.docCount, p.docs.length)) / (255 * form.keys.length)
        for (let i = 0; i < p.docs.length; i++) {
          const d = p.docs[i]!
          if (tmp[d] === 0) {
            touched.push(d)
          }
          tmp[d]! += w * p.impacts[i]!
        }
      }
      for (const d of touched) {
        const s = tmp[d]!
        tmp[d] = 0
        if (s > (best.get(d) ?? 0)) {
          best.set(d, s)
        }
      }
    }
    for (const [d, s] of best) {
      this.#acc[d]! += concept.weight * s
    }
  }
}
