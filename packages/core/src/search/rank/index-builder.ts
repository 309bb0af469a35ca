import { bigramKey, forEachRawTerm, QUERY_STOP_KEYS, termKey } from './analyzer.js'
import { ByteSlices } from './byte-slices.js'
import { PairTable } from './pair-table.js'
import { encodedBound, encodePostings } from './postings-codec.js'
import {
  DEFAULT_RANK_PARAMS,
  INDEX_FIELDS,
  type IndexField,
  type RankParams,
} from './rank-params.js'

/** The text of one document as the index reads it. */
export type IndexDocument = Readonly<Partial<Record<IndexField, string>>>

/** Average token count per field, as used for length normalisation. */
export type AverageLengths = Readonly<Record<IndexField, number>>

/**
 * A built index (ADR 0012): for every key (sorted), its postings — documents ascending, each
 * with a quantised BM25F impact (1–255) and the mask of fields holding the key — encoded in
 * blocks of 128 (`postings-codec.ts`), with the key's document frequency and largest impact.
 */
export interface PostingsData {
  readonly params: RankParams
  /** Documents indexed (document numbers are 0 … docCount − 1 unless the caller gave others). */
  readonly docCount: number
  /** One more than the largest document number (accumulator size). */
  readonly docLimit: number
  readonly avgLengths: AverageLengths
  readonly terms: readonly string[]
  /** Postings of `terms[i]` are bytes `[offsets[i], offsets[i + 1])` of `postings`. */
  readonly offsets: Float64Array
  /** Document frequency of `terms[i]`. */
  readonly df: Uint32Array
  /** Largest impact of `terms[i]` (the bound of dynamic pruning). */
  readonly maxImpacts: Uint8Array
  readonly postings: Uint8Array
}

/** Word ids of a pair are packed as `a × PAIR + b`. */
const PAIR = 2 ** 26

function grown<T extends Float64Array | Uint32Array | Int32Array | Uint8Array>(
  a: T,
  need: number,
  make: (n: number) => T,
): T {
  if (need <= a.length) {
    return a
  }
  const b = make(Math.max(need, a.length * 2))
  b.set(a)
  return b
}

interface PendingDoc {
  readonly doc: number
  readonly ids: Int32Array
  /** Four counts (title, abstract, claims, description) per id. */
  readonly counts: Int32Array
  readonly lengths: readonly number[]
}

/**
 * Builds the impact index in one pass. Keys get integer ids as they are first seen (a surface
 * word is stemmed once per builder, a word pair is a pair of ids), a document's counts go to a
 * reusable array indexed by id, and each key's postings are appended to a byte stream in a
 * paged arena: nothing is allocated per posting.
 *
 * BM25F needs average field lengths before the first impact is computed: the builder holds back
 * the first `sampleSize` documents, takes their averages, and uses them for the whole corpus
 * (exact for corpora up to `sampleSize`, a sample estimate beyond). Shards of one corpus built
 * apart (`mergeIndexShards`) are given the same `avgLengths` instead.
 */
export class IndexBuilder {
  readonly #params: RankParams
  readonly #sampleSize: number
  readonly #bigrams: boolean
  readonly #pending: PendingDoc[] = []
  readonly #lengthSums = [0, 0, 0, 0]
  #avg: number[] | undefined
  #docCount = 0
  #nextDoc = 0

  // Key dictionary: word/CJK keys, surface words, and word pairs to ids.
  readonly #keyIds = new Map<string, number>()
  readonly #wordIds = new Map<string, number>()
  readonly #pairIds = new PairTable()
  readonly #keys: (string | number)[] = []
  #stop = new Uint8Array(1024)
  // Per-key postings state.
  readonly #streams = new ByteSlices()
  #lastDoc = new Float64Array(1024)
  #df = new Uint32Array(1024)
  // Per-document scratch: counts per key and field, and the keys seen (stamped by document).
  #counts = new Int32Array(4096)
  #seen = new Int32Array(1024)
  #touched = new Int32Array(1024)
  #touchedCount = 0
  #sequence = 0
  #field = 0
  #previous = -1

  /**
   * `sampleSize` default is `5000`. `bigrams` (default `true`) also indexes every pair of
   * consecutive non-stop words (`bigramKey`), the proximity signal of natural-language ranking.
   * `avgLengths`, when given, is used instead of a sample (for shards of one corpus).
   */
  constructor(
    params: RankParams = DEFAULT_RANK_PARAMS,
    sampleSize = 5000,
    bigrams = true,
    avgLengths?: AverageLengths,
  ) {
    this.#params = params
    this.#sampleSize = sampleSize
    this.#bigrams = bigrams
    if (avgLengths !== undefined) {
      this.#avg = INDEX_FIELDS.map((f) => avgLengths[f])
    }
  }

  /** Token counts per field of a document (what `avgLengths` averages). */
  static fieldLengths(document: IndexDocument): number[] {
    const none = (): void => undefined
    return INDEX_FIELDS.map((field) => {
      const text = document[field]
      return text === undefined || text === '' ? 0 : forEachRawTerm(text, none, none)
    })
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
    this.#touchedCount = 0
    this.#sequence++
    const lengths = [0, 0, 0, 0]
    for (let f = 0; f < 4; f++) {
      const text = document[INDEX_FIELDS[f]!]
      if (text === undefined || text === '') {
        continue
      }
      this.#field = f
      this.#previous = -1
      lengths[f] = forEachRawTerm(text, this.#onWord, this.#onCjk)
    }
    this.#docCount++
    for (let f = 0; f < 4; f++) {
      this.#lengthSums[f]! += lengths[f]!
    }
    const n = this.#touchedCount
    const ids = this.#touched.subarray(0, n)
    if (this.#avg === undefined) {
      const counts = new Int32Array(4 * n)
      for (let i = 0; i < n; i++) {
        counts.set(this.#counts.subarray(4 * ids[i]!, 4 * ids[i]! + 4), 4 * i)
        this.#counts.fill(0, 4 * ids[i]!, 4 * ids[i]! + 4)
      }
      this.#pending.push({ doc, ids: ids.slice(), counts, lengths })
      if (this.#pending.length >= this.#sampleSize) {
        this.#flushPending()
      }
    } else {
      this.#post(doc, ids, undefined, lengths, this.#avg)
    }
    return doc
  }

  /** Finishes the index (the builder is spent afterwards). */
  build(): PostingsData {
    this.#flushPending()
    const count = this.#keys.length
    const names = new Array<string>(count)
    for (let id = 0; id < count; id++) {
      const k = this.#keys[id]!
      names[id] =
        typeof k === 'string'
          ? k
          : bigramKey(this.#keys[Math.floor(k / PAIR)] as string, this.#keys[k % PAIR] as string)
    }
    const order = this.#sortedIds(names)
    let bound = 0
    let longest = 0
    let widest = 0
    for (let id = 0; id < count; id++) {
      const bytes = this.#streams.length(id)
      bound += encodedBound(this.#df[id]!, bytes)
      longest = Math.max(longest, bytes)
      widest = Math.max(widest, this.#df[id]!)
    }
    const out = new Uint8Array(bound)
    const stream = new Uint8Array(longest)
    const docs = new Float64Array(widest)
    const impacts = new Uint8Array(widest)
    const masks = new Uint8Array(widest)
    const terms = new Array<string>(count)
    const offsets = new Float64Array(count + 1)
    const df = new Uint32Array(count)
    const maxImpacts = new Uint8Array(count)
    let at = 0
    order.forEach((id, i) => {
      const n = this.#df[id]!
      this.#streams.read(id, stream, 0)
      let p = 0
      let d = -1
      for (let j = 0; j < n; j++) {
        let b = stream[p++]!
        let v = b & 127
        let scale = 128
        while (b >= 128) {
          b = stream[p++]!
          v += (b & 127) * scale
          scale *= 128
        }
        const mask = v & 15
        d += (v - mask) / 16
        docs[j] = d
        masks[j] = mask
        impacts[j] = stream[p++]!
      }
      terms[i] = names[id]!
      offsets[i] = at
      df[i] = n
      const encoded = encodePostings(docs, impacts, masks, n, out, at)
      at = encoded.end
      maxImpacts[i] = encoded.maxImpact
    })
    offsets[count] = at
    this.#streams.clear()
    const avg = this.#avg ?? [1, 1, 1, 1]
    return {
      params: this.#params,
      docCount: this.#docCount,
      docLimit: Math.max(this.#nextDoc, this.#docCount),
      avgLengths: { title: avg[0]!, abstract: avg[1]!, claims: avg[2]!, description: avg[3]! },
      terms,
      offsets,
      df,
      maxImpacts,
      postings: out.subarray(0, at),
    }
  }

  // Ids in the order of their names: words sorted as strings; pairs by the ranks of their two
  // words (the same order, since a space sorts before every letter and digit); then merged.
  #sortedIds(names: readonly string[]): Int32Array {
    const count = names.length
    const words: number[] = []
    let pairCount = 0
    for (let id = 0; id < count; id++) {
      if (typeof this.#keys[id] === 'string') {
        words.push(id)
      } else {
        pairCount++
      }
    }
    words.sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0))
    const rank = new Int32Array(count)
    words.forEach((id, r) => {
      rank[id] = r
    })
    const codes = new Float64Array(pairCount)
    let p = 0
    for (let id = 0; id < count; id++) {
      const k = this.#keys[id]!
      if (typeof k === 'number') {
        codes[p++] = rank[Math.floor(k / PAIR)]! * PAIR + rank[k % PAIR]!
      }
    }
    codes.sort()
    const order = new Int32Array(count)
    let w = 0
    p = 0
    let pairId = p < pairCount ? this.#pairAt(codes[p]!, words) : -1
    for (let i = 0; i < count; i++) {
      if (pairId < 0 || (w < words.length && names[words[w]!]! < names[pairId]!)) {
        order[i] = words[w++]!
      } else {
        order[i] = pairId
        p++
        pairId = p < pairCount ? this.#pairAt(codes[p]!, words) : -1
      }
    }
    return order
  }

  #pairAt(code: number, words: readonly number[]): number {
    return this.#pairIds.get(words[Math.floor(code / PAIR)]!, words[code % PAIR]!)
  }

  readonly #onWord = (run: string): void => {
    let id = this.#wordIds.get(run)
    if (id === undefined) {
      id = this.#keyId(termKey(run))
      this.#wordIds.set(run, id)
    }
    this.#count(id)
  }

  readonly #onCjk = (key: string): void => {
    this.#count(this.#keyId(key))
  }

  #keyId(key: string): number {
    let id = this.#keyIds.get(key)
    if (id === undefined) {
      id = this.#newId(key)
      this.#keyIds.set(key, id)
      this.#stop[id] = QUERY_STOP_KEYS.has(key) ? 1 : 0
    }
    return id
  }

  #newId(key: string | number): number {
    const id = this.#keys.length
    if (id >= PAIR) {
      throw new RangeError(`more than ${PAIR} index keys: build the index in shards`)
    }
    this.#keys.push(key)
    this.#streams.open()
    const need = id + 1
    this.#stop = grown(this.#stop, need, (n) => new Uint8Array(n))
    this.#lastDoc = grown(this.#lastDoc, need, (n) => new Float64Array(n))
    this.#df = grown(this.#df, need, (n) => new Uint32Array(n))
    this.#seen = grown(this.#seen, need, (n) => new Int32Array(n))
    this.#counts = grown(this.#counts, 4 * need, (n) => new Int32Array(n))
    this.#lastDoc[id] = -1
    return id
  }

  #count(id: number): void {
    this.#bump(id)
    if (this.#bigrams && this.#stop[id] === 0) {
      const previous = this.#previous
      if (previous >= 0) {
        let pair = this.#pairIds.get(previous, id)
        if (pair === -1) {
          pair = this.#newId(previous * PAIR + id)
          this.#pairIds.add(previous, id, pair)
        }
        this.#bump(pair)
      }
      this.#previous = id
    }
  }

  #bump(id: number): void {
    if (this.#seen[id] !== this.#sequence) {
      this.#seen[id] = this.#sequence
      if (this.#touchedCount === this.#touched.length) {
        this.#touched = grown(this.#touched, this.#touchedCount + 1, (n) => new Int32Array(n))
      }
      this.#touched[this.#touchedCount++] = id
    }
    this.#counts[4 * id + this.#field]!++
  }

  #flushPending(): void {
    if (this.#avg === undefined) {
      const n = Math.max(1, this.#pending.length)
      this.#avg = this.#lengthSums.map((s) => Math.max(1, s / n))
    }
    for (const p of this.#pending) {
      this.#post(p.doc, p.ids, p.counts, p.lengths, this.#avg)
    }
    this.#pending.length = 0
  }

  // Appends the postings of one document; `counts` (four per id) when held back, else the scratch
  // counts, which are cleared.
  #post(
    doc: number,
    ids: Int32Array,
    counts: Int32Array | undefined,
    lengths: readonly number[],
    avg: readonly number[],
  ): void {
    const { k1, fields } = this.#params
    const norm = (f: number): number => {
      const { weight, b } = fields[INDEX_FIELDS[f]!]
      return weight / (1 - b + (b * lengths[f]!) / avg[f]!)
    }
    const n0 = norm(0)
    const n1 = norm(1)
    const n2 = norm(2)
    const n3 = norm(3)
    const scratch = counts === undefined
    const source = counts ?? this.#counts
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!
      const at = scratch ? 4 * id : 4 * i
      const c0 = source[at]!
      const c1 = source[at + 1]!
      const c2 = source[at + 2]!
      const c3 = source[at + 3]!
      if (scratch) {
        source[at] = 0
        source[at + 1] = 0
        source[at + 2] = 0
        source[at + 3] = 0
      }
      let tf = 0
      if (c0 > 0) {
        tf += c0 * n0
      }
      if (c1 > 0) {
        tf += c1 * n1
      }
      if (c2 > 0) {
        tf += c2 * n2
      }
      if (c3 > 0) {
        tf += c3 * n3
      }
      const mask = (c0 > 0 ? 1 : 0) | (c1 > 0 ? 2 : 0) | (c2 > 0 ? 4 : 0) | (c3 > 0 ? 8 : 0)
      const impact = Math.min(255, Math.max(1, Math.round((255 * tf) / (k1 + tf))))
      this.#streams.pushVarint(id, (doc - this.#lastDoc[id]!) * 16 + mask)
      this.#streams.push(id, impact)
      this.#lastDoc[id] = doc
      this.#df[id]!++
    }
  }
}
