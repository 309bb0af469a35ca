// A small in-memory BM25F ranker over a WeightedQuery: each concept scores a document by the best
// of its forms (phrases matched on adjacent stemmed tokens), concepts add up by their weights.
// It stands in for the engine while the SQLite ranker is built on branch `search`.
import { stemmer } from 'stemmer'

const SPLIT = /[^a-z0-9]+/

/** Lower-cased, Porter-stemmed tokens of `text`. */
export function tokens(text) {
  return text
    .toLowerCase()
    .split(SPLIT)
    .filter((t) => t !== '')
    .map((t) => stemmer(t))
}

export class Bm25Index {
  /** @param fields {Record<string, number>} field → weight */
  constructor(docs, fields, { k1 = 1.2, b = 0.75 } = {}) {
    this.ids = docs.map((d) => d.id)
    this.fields = Object.entries(fields).filter(([, w]) => w > 0)
    this.k1 = k1
    this.b = b
    this.postings = new Map() // term → Map(docIndex → {field → positions[]})
    this.lengths = this.fields.map(() => new Float64Array(docs.length))
    this.avg = this.fields.map(() => 0)
    docs.forEach((doc, di) => {
      this.fields.forEach(([f], fi) => {
        const toks = tokens(doc[f] ?? '')
        this.lengths[fi][di] = toks.length
        this.avg[fi] += toks.length
        toks.forEach((t, pos) => {
          let p = this.postings.get(t)
          if (!p) this.postings.set(t, (p = new Map()))
          let e = p.get(di)
          if (!e) p.set(di, (e = this.fields.map(() => null)))
          ;(e[fi] ??= []).push(pos)
        })
      })
    })
    this.avg = this.avg.map((s) => Math.max(1, s / docs.length))
    this.n = docs.length
  }

  /** Per-document per-field term frequency of a phrase (list of stemmed tokens). */
  phraseTf(terms) {
    const lists = terms.map((t) => this.postings.get(t))
    if (lists.some((l) => !l)) return new Map()
    const out = new Map()
    for (const [di, first] of lists[0]) {
      const tf = this.fields.map(() => 0)
      let any = false
      for (let fi = 0; fi < this.fields.length; fi++) {
        const starts = first[fi]
        if (!starts) continue
        for (const s of starts) {
          let ok = true
          for (let k = 1; k < terms.length && ok; k++) {
            const pos = lists[k].get(di)?.[fi]
            ok = pos !== undefined && pos !== null && pos.includes(s + k)
          }
          if (ok) {
            tf[fi]++
            any = true
          }
        }
      }
      if (any) out.set(di, tf)
    }
    return out
  }

  /** BM25F score of one form for every document that contains it. */
  formScores(text, cache) {
    const cached = cache.get(text)
    if (cached) return cached
    const terms = tokens(text)
    const out = new Map()
    if (terms.length > 0) {
      const tfs = this.phraseTf(terms)
      const df = tfs.size
      if (df > 0) {
        const idf = Math.log(1 + (this.n - df + 0.5) / (df + 0.5))
        for (const [di, tf] of tfs) {
          let t = 0
          this.fields.forEach(([, w], fi) => {
            if (tf[fi] > 0)
              t += (w * tf[fi]) / (1 - this.b + (this.b * this.lengths[fi][di]) / this.avg[fi])
          })
          out.set(di, (idf * t) / (this.k1 + t))
        }
      }
    }
    cache.set(text, out)
    return out
  }

  /** Ranks documents for a WeightedQuery; returns [{id, score}] best first. */
  search(query, limit = 100) {
    const scores = new Float64Array(this.n)
    const cache = new Map()
    for (const concept of query.concepts) {
      const best = new Map()
      for (const form of concept.forms) {
        for (const [di, s] of this.formScores(form.text, cache)) {
          const v = s * form.weight
          if (v > (best.get(di) ?? 0)) best.set(di, v)
        }
      }
      for (const [di, s] of best) scores[di] += concept.weight * s
    }
    const idx = []
    for (let i = 0; i < this.n; i++) if (scores[i] > 0) idx.push(i)
    idx.sort((a, b) => scores[b] - scores[a])
    return idx.slice(0, limit).map((i) => ({ id: this.ids[i], index: i, score: scores[i] }))
  }
}
