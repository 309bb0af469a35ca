import type { WeightedConcept, WeightedQuery } from '../weighted-query.js'
import { analyze, QUERY_STOP_KEYS } from './analyzer.js'
import type { IndexDocument } from './index-builder.js'
import { idf, type PostingsReader } from './postings-reader.js'
import { INDEX_FIELDS, type RankParams } from './rank-params.js'

/** Options of pseudo-relevance feedback (RM3). */
export interface FeedbackOptions {
  /** Expansion terms added. Default is `30`. */
  readonly terms?: number
  /** Share of the feedback model in the expanded query, 0–1. Default is `0.5`. */
  readonly lambda?: number
  /** Weight feedback terms by idf when choosing them. Default is `true`. */
  readonly idfSelect?: boolean
}

const NUMERIC = /^[0-9]+[a-z]?$/u

/**
 * RM3 pseudo-relevance feedback (Lavrenko & Croft 2001; Abdul-Jaleel et al. 2004): the top
 * documents of a first ranking, weighted by their scores, give a term distribution; its best
 * terms are mixed into the query with weight `lambda`. Field weights of the ranking parameters
 * apply to the counts, so a word in a title says more than one deep in a description.
 */
export function expandWithFeedback(
  query: WeightedQuery,
  documents: readonly (IndexDocument | undefined)[],
  scores: readonly number[],
  reader: PostingsReader,
  params: RankParams,
  options: FeedbackOptions = {},
): WeightedQuery {
  const lambda = options.lambda ?? 0.5
  const total = scores.reduce((s, x, i) => s + (documents[i] ? x : 0), 0)
  if (documents.length === 0 || total <= 0 || lambda <= 0) {
    return query
  }
  const model = new Map<string, { weight: number; surface: string }>()
  documents.forEach((doc, i) => {
    if (!doc) {
      return
    }
    const counts = new Map<string, { n: number; surface: string }>()
    let length = 0
    for (const field of INDEX_FIELDS) {
      const text = doc[field]
      const w = params.fields[field].weight
      if (!text || w <= 0) {
        continue
      }
      for (const t of analyze(text)) {
        length += w
        if (t.key.length < 2 || QUERY_STOP_KEYS.has(t.key) || NUMERIC.test(t.key)) {
          continue
        }
        const c = counts.get(t.key)
        if (c) {
          c.n += w
        } else {
          counts.set(t.key, { n: w, surface: text.slice(t.start, t.end).toLowerCase() })
        }
      }
    }
    const docWeight = scores[i]! / total
    for (const [key, c] of counts) {
      const add = (docWeight * c.n) / Math.max(1, length)
      const m = model.get(key)
      if (m) {
        m.weight += add
      } else {
        model.set(key, { weight: add, surface: c.surface })
      }
    }
  })
  const n = reader.docCount
  const idfSelect = options.idfSelect ?? true
  const chosen = [...model.entries()]
    .map(([key, m]) => ({ key, ...m, rank: m.weight * (idfSelect ? idf(n, reader.df(key)) : 1) }))
    .sort((a, b) => b.rank - a.rank)
    .slice(0, options.terms ?? 30)
  const fbTotal = chosen.reduce((s, c) => s + c.weight, 0)
  const qTotal = query.concepts.reduce((s, c) => s + c.weight, 0)
  if (fbTotal <= 0 || qTotal <= 0) {
    return query
  }
  const byKey = new Map<string, number>()
  const concepts: WeightedConcept[] = query.concepts.map((c, i) => {
    if (c.forms.length === 1) {
      const keys = analyze(c.forms[0]!.text)
      if (keys.length === 1) {
        byKey.set(keys[0]!.key, i)
      }
    }
    return { ...c, weight: ((1 - lambda) * c.weight) / qTotal }
  })
  for (const c of chosen) {
    const w = (lambda * c.weight) / fbTotal
    const at = byKey.get(c.key)
    if (at !== undefined) {
      const old = concepts[at]!
      concepts[at] = { ...old, weight: old.weight + w }
    } else {
      concepts.push({ forms: [{ text: c.surface, weight: 1 }], weight: w, source: 'feedback' })
    }
  }
  return { ...query, concepts }
}
