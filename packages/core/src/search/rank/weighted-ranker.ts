import type { WeightedQuery } from '../weighted-query.js'
import { analyzeKeys, bigramKey, QUERY_STOP_KEYS } from './analyzer.js'
import { blockLastDoc, BLOCK_SIZE, decodeBlock, nextBlock } from './postings-codec.js'
import { idf, type EncodedPostings, type PostingsReader } from './postings-reader.js'
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
  /** Score every posting of every selected concept (no dynamic pruning; for tests). Default is `false`. */
  readonly exhaustive?: boolean
}

/** Work done by the last `rank` call (for benchmarks). */
export interface RankStats {
  /** Postings of the selected concepts. */
  readonly postings: number
  /** Postings decoded and scored. */
  readonly scored: number
  /** Documents still scored after pruning started (0 when it never started). */
  readonly candidates: number
}

/** A concept resolved against the index: its forms as lists of index keys. */
export interface ResolvedConcept {
  readonly weight: number
  readonly forms: readonly { readonly weight: number; readonly keys: readonly string[] }[]
  /** weight × the best form's idf: the concept's maximal contribution, used for selection. */
  readonly strength: number
}

/**
 * Relative slack of the pruning bound: float32 accumulation may exceed the float64 bound by a
 * few units in the last place, so a document is dropped only when it misses the threshold by more.
 */
const BOUND_SLACK = 1e-4

/** Candidates may be at most this fraction (1/n) of the postings still to score. */
const CANDIDATE_SHARE = 512

interface KeyPlan {
  readonly postings: EncodedPostings
  /** Score of an impact: `w × impact`. */
  readonly w: number
}

interface ConceptPlan {
  readonly weight: number
  /** One key scored straight into the accumulator (the common case), or forms of keys. */
  readonly single: KeyPlan | undefined
  readonly forms: readonly (readonly KeyPlan[])[]
  /** Largest score the concept can add to a document. */
  readonly bound: number
  readonly df: number
}

/**
 * Ranks documents for a `WeightedQuery` over an impact index. A document's score is the sum over
 * concepts of `concept.weight × max over forms (form.weight × mean over the form's keys of
 * idf × impact)`: alternatives of one concept (translations, synonyms) never add up, so a concept
 * with five candidate translations counts no more than one with a single word.
 *
 * Scoring is term-at-a-time into a dense float32 accumulator, strongest concept first, with
 * rank-safe dynamic pruning (Turtle & Flood's MaxScore, term-at-a-time form; ADR 0012): once the
 * k-th best partial score exceeds the most the remaining concepts could add, no new document can
 * enter the top k, and the remaining concepts are scored only for the documents that still can,
 * skipping whole blocks of postings by their last document. Every candidate receives the same
 * additions in the same order as in exhaustive scoring, so scores and order are identical.
 */
export class WeightedRanker {
  readonly #reader: PostingsReader
  readonly #acc: Float32Array
  readonly #tmp: Float32Array
  readonly #best: Float32Array
  readonly #touched: Int32Array
  readonly #formDocs: Int32Array
  readonly #bestDocs: Int32Array
  readonly #blockDocs = new Uint32Array(BLOCK_SIZE)
  readonly #blockImpacts = new Uint8Array(BLOCK_SIZE)
  #touchedCount = 0
  #scored = 0
  /** Work done by the last `rank` call. */
  lastStats: RankStats = { postings: 0, scored: 0, candidates: 0 }

  constructor(reader: PostingsReader) {
    this.#reader = reader
    const n = reader.docLimit
    this.#acc = new Float32Array(n)
    this.#tmp = new Float32Array(n)
    this.#best = new Float32Array(n)
    this.#touched = new Int32Array(n)
    this.#formDocs = new Int32Array(n)
    this.#bestDocs = new Int32Array(n)
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
    const plans = selected.map((c) => this.#plan(c))
    // rest[i]: the most concepts i … end can add to one document.
    const rest = new Float64Array(plans.length + 1)
    for (let i = plans.length - 1; i >= 0; i--) {
      rest[i] = rest[i + 1]! + plans[i]!.bound
    }
    const acc = this.#acc
    acc.fill(0)
    this.#touchedCount = 0
    this.#scored = 0
    const k = options.k
    const accept = options.accept
    let candidates: Int32Array | undefined
    let candidateCount = 0
    // Postings of concepts i … end, to judge whether switching to candidates pays.
    const restDf = new Float64Array(plans.length + 1)
    for (let i = plans.length - 1; i >= 0; i--) {
      restDf[i] = restDf[i + 1]! + plans[i]!.df
    }
    // The last threshold taken and the bound then: the k-th score can grow by at most the bounds
    // scored since, so a switch is possible only once rest < (lastTheta + lastRest) / 2.
    let lastTheta = 0
    let lastRest = Infinity
    // After too many candidates, wait until half of the postings left then are scored.
    let retryBelow = Infinity
    for (let i = 0; i < plans.length; i++) {
      const plan = plans[i]!
      if (
        candidates === undefined &&
        options.exhaustive !== true &&
        i > 0 &&
        k > 0 &&
        plan.df * 4 >= this.#touchedCount &&
        rest[i]! < (lastTheta + lastRest) / 2 &&
        restDf[i]! < retryBelow
      ) {
        const theta = this.#kthBest(this.#touched, this.#touchedCount, k, accept)
        lastTheta = theta
        lastRest = rest[i]!
        if (theta > 0 && rest[i]! * (1 + BOUND_SLACK) < theta * (1 - BOUND_SLACK)) {
          // Worth it only when the candidates are few beside the postings still to score (so
          // that most blocks hold none): at 1M documents a cap of a quarter made pruning slower
          // than exhaustive scoring, 1/512 faster (docs/benchmarks.md).
          const found = this.#candidates(theta, rest[i]!, accept, restDf[i]! / CANDIDATE_SHARE)
          if (found !== undefined) {
            candidates = found
            candidateCount = found.length
          } else {
            retryBelow = restDf[i]! / 2
          }
        }
      }
      if (candidates === undefined) {
        this.#scoreAll(plan)
      } else {
        this.#scoreCandidates(plan, candidates)
        const theta = this.#kthBest(candidates, candidates.length, k, undefined)
        candidates = this.#shrink(candidates, theta, rest[i + 1]!)
      }
    }
    this.lastStats = {
      postings: plans.reduce((s, p) => s + p.df, 0),
      scored: this.#scored,
      candidates: candidateCount,
    }
    return topK(acc, k, accept)
  }

  #plan(concept: ResolvedConcept): ConceptPlan {
    const n = this.#reader.docCount
    const key = (name: string, scale: number, divisor: number): KeyPlan | undefined => {
      const postings = this.#reader.encoded(name)
      return postings === undefined
        ? undefined
        : { postings, w: (scale * idf(n, postings.df)) / divisor }
    }
    if (concept.forms.length === 1 && concept.forms[0]!.keys.length === 1) {
      const form = concept.forms[0]!
      const single = key(form.keys[0]!, (concept.weight * form.weight) / 255, 1)
      return {
        weight: concept.weight,
        single: single?.w === 0 ? undefined : single,
        forms: [],
        bound: single ? single.w * single.postings.maxImpact : 0,
        df: single?.postings.df ?? 0,
      }
    }
    let bound = 0
    let df = 0
    const forms = concept.forms.map((form) => {
      const keys: KeyPlan[] = []
      let formBound = 0
      for (const name of form.keys) {
        const plan = key(name, form.weight, 255 * form.keys.length)
        if (plan !== undefined && plan.w > 0) {
          keys.push(plan)
          formBound += plan.w * plan.postings.maxImpact
          df += plan.postings.df
        }
      }
      bound = Math.max(bound, formBound)
      return keys
    })
    return { weight: concept.weight, single: undefined, forms, bound: concept.weight * bound, df }
  }

  // Exhaustive scoring of one concept; records newly scored documents in #touched.
  #scoreAll(plan: ConceptPlan): void {
    const acc = this.#acc
    const touched = this.#touched
    const docs = this.#blockDocs
    const impacts = this.#blockImpacts
    if (plan.single !== undefined) {
      const { postings, w } = plan.single
      const bytes = postings.bytes
      let t = this.#touchedCount
      for (let at = postings.from; at < postings.to; at = nextBlock(bytes, at)) {
        const m = decodeBlock(bytes, at, docs, impacts)
        for (let j = 0; j < m; j++) {
          const d = docs[j]!
          if (acc[d] === 0) {
            touched[t++] = d
          }
          acc[d]! += w * impacts[j]!
        }
      }
      this.#touchedCount = t
      this.#scored += postings.df
      return
    }
    // Several forms or multi-word forms: score each form into a scratch array, keep the maximum.
    const tmp = this.#tmp
    const best = this.#best
    const formDocs = this.#formDocs
    const bestDocs = this.#bestDocs
    let bestCount = 0
    for (const form of plan.forms) {
      let formCount = 0
      for (const { postings, w } of form) {
        const bytes = postings.bytes
        for (let at = postings.from; at < postings.to; at = nextBlock(bytes, at)) {
          const m = decodeBlock(bytes, at, docs, impacts)
          for (let j = 0; j < m; j++) {
            const d = docs[j]!
            if (tmp[d] === 0) {
              formDocs[formCount++] = d
            }
            tmp[d]! += w * impacts[j]!
          }
        }
        this.#scored += postings.df
      }
      for (let j = 0; j < formCount; j++) {
        const d = formDocs[j]!
        const s = tmp[d]!
        tmp[d] = 0
        if (s > best[d]!) {
          if (best[d] === 0) {
            bestDocs[bestCount++] = d
          }
          best[d] = s
        }
      }
    }
    let t = this.#touchedCount
    for (let j = 0; j < bestCount; j++) {
      const d = bestDocs[j]!
      const s = best[d]!
      best[d] = 0
      if (acc[d] === 0) {
        touched[t++] = d
      }
      acc[d]! += plan.weight * s
    }
    this.#touchedCount = t
  }

  // Scores one concept for the candidates only (ascending), skipping blocks without any.
  #scoreCandidates(plan: ConceptPlan, candidates: Int32Array): void {
    const acc = this.#acc
    const n = candidates.length
    if (n === 0) {
      return
    }
    if (plan.single !== undefined) {
      const { postings, w } = plan.single
      const bytes = postings.bytes
      const docs = this.#blockDocs
      const impacts = this.#blockImpacts
      let c = 0
      for (let at = postings.from; at < postings.to && c < n; at = nextBlock(bytes, at)) {
        if (blockLastDoc(bytes, at) < candidates[c]!) {
          continue
        }
        const m = decodeBlock(bytes, at, docs, impacts)
        this.#scored += m
        let j = 0
        while (j < m && c < n) {
          const d = docs[j]!
          const want = candidates[c]!
          if (d < want) {
            j++
          } else if (d > want) {
            c++
          } else {
            acc[d]! += w * impacts[j]!
            j++
            c++
          }
        }
      }
      return
    }
    const tmp = this.#tmp.subarray(0, n)
    const best = this.#best.subarray(0, n)
    for (const form of plan.forms) {
      for (const { postings, w } of form) {
        this.#walk(postings, candidates, (c, impact) => {
          tmp[c]! += w * impact
        })
      }
      for (let c = 0; c < n; c++) {
        const s = tmp[c]!
        tmp[c] = 0
        if (s > best[c]!) {
          best[c] = s
        }
      }
    }
    for (let c = 0; c < n; c++) {
      const s = best[c]!
      if (s > 0) {
        best[c] = 0
        acc[candidates[c]!]! += plan.weight * s
      }
    }
  }

  // Calls hit(candidate index, impact) for every candidate the postings hold.
  #walk(
    postings: EncodedPostings,
    candidates: Int32Array,
    hit: (c: number, impact: number) => void,
  ): void {
    const bytes = postings.bytes
    const docs = this.#blockDocs
    const impacts = this.#blockImpacts
    const n = candidates.length
    let c = 0
    for (let at = postings.from; at < postings.to && c < n; at = nextBlock(bytes, at)) {
      if (blockLastDoc(bytes, at) < candidates[c]!) {
        continue
      }
      const m = decodeBlock(bytes, at, docs, impacts)
      this.#scored += m
      let j = 0
      while (j < m && c < n) {
        const d = docs[j]!
        const want = candidates[c]!
        if (d < want) {
          j++
        } else if (d > want) {
          c++
        } else {
          hit(c, impacts[j]!)
          j++
          c++
        }
      }
    }
  }

  // The k-th best accumulated score among the first `count` documents of `docs` (0 if fewer).
  #kthBest(
    docs: Int32Array,
    count: number,
    k: number,
    accept: ((doc: number) => boolean) | undefined,
  ): number {
    const acc = this.#acc
    const heap = new Float64Array(k)
    let size = 0
    for (let i = 0; i < count; i++) {
      const d = docs[i]!
      const s = acc[d]!
      if (s <= 0 || (size === k && s <= heap[0]!)) {
        continue
      }
      if (accept !== undefined && !accept(d)) {
        continue
      }
      if (size < k) {
        let j = size++
        while (j > 0) {
          const p = (j - 1) >> 1
          if (heap[p]! <= s) {
            break
          }
          heap[j] = heap[p]!
          j = p
        }
        heap[j] = s
      } else {
        let j = 0
        for (;;) {
          const l = 2 * j + 1
          if (l >= size) {
            break
          }
          const c = l + 1 < size && heap[l + 1]! < heap[l]! ? l + 1 : l
          if (heap[c]! >= s) {
            break
          }
          heap[j] = heap[c]!
          j = c
        }
        heap[j] = s
      }
    }
    return size === k ? heap[0]! : 0
  }

  // Accepted scored documents that can still reach `theta` with `rest` more, ascending; undefined
  // when there are more than `max`.
  #candidates(
    theta: number,
    rest: number,
    accept: ((doc: number) => boolean) | undefined,
    max: number,
  ): Int32Array | undefined {
    const acc = this.#acc
    const floor = theta * (1 - BOUND_SLACK) - rest * (1 + BOUND_SLACK)
    const out = this.#formDocs
    let n = 0
    for (let i = 0; i < this.#touchedCount; i++) {
      const d = this.#touched[i]!
      if (acc[d]! >= floor && (accept === undefined || accept(d))) {
        if (n >= max) {
          return undefined
        }
        out[n++] = d
      }
    }
    return out.slice(0, n).sort()
  }

  // Drops candidates that can no longer reach `theta`.
  #shrink(candidates: Int32Array, theta: number, rest: number): Int32Array {
    if (theta <= 0) {
      return candidates
    }
    const acc = this.#acc
    const floor = theta * (1 - BOUND_SLACK) - rest * (1 + BOUND_SLACK)
    let n = 0
    for (let i = 0; i < candidates.length; i++) {
      const d = candidates[i]!
      if (acc[d]! >= floor) {
        candidates[n++] = d
      }
    }
    return n === candidates.length ? candidates : candidates.subarray(0, n)
  }
}
