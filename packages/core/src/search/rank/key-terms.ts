import type { WeightedConcept, WeightedQuery } from '../weighted-query.js'
import { analyze, QUERY_STOP_KEYS } from './analyzer.js'

/** Options of `extractKeyTerms`. */
export interface KeyTermOptions {
  /** Exponent applied to a key's count in the query (1 = linear, 0 = presence). Default is `0.5`. */
  readonly tfExponent?: number
  /** Weight of a pair of consecutive key words relative to a word (0 = no pairs). Default is `0.5`. */
  readonly bigramWeight?: number
  /** ISO 639-1 language recorded in the result. Default is `'en'`. */
  readonly language?: string
}

const NUMERIC = /^[0-9]+[a-z]?$/u

/**
 * English (and other Latin-script) key-term extraction: every index key of the text that is
 * not a stop word, a reference numeral (`50`, `12a`) or a single letter becomes one concept,
 * weighted by its count in the query (sub-linearly). Rarity is the ranker's business (idf), so
 * the same `WeightedQuery` serves any corpus. The form is the word as first written, which the
 * ranker analyses to the same key.
 */
export function extractKeyTerms(text: string, options: KeyTermOptions = {}): WeightedQuery {
  const exponent = options.tfExponent ?? 0.5
  const seen = new Map<string, { surface: string; count: number }>()
  const pairs = new Map<string, { surface: string; count: number }>()
  let previous: { key: string; start: number } | undefined
  for (const token of analyze(text)) {
    const key = token.key
    if (QUERY_STOP_KEYS.has(key)) {
      continue
    }
    if (key.length < 2 || NUMERIC.test(key)) {
      previous = undefined
      continue
    }
    if (previous !== undefined) {
      const pairKey = `${previous.key} ${key}`
      const pair = pairs.get(pairKey)
      if (pair) {
        pair.count++
      } else {
        pairs.set(pairKey, {
          surface: text.slice(previous.start, token.end).toLowerCase(),
          count: 1,
        })
      }
    }
    previous = { key, start: token.start }
    const entry = seen.get(key)
    if (entry) {
      entry.count++
    } else {
      seen.set(key, { surface: text.slice(token.start, token.end).toLowerCase(), count: 1 })
    }
  }
  const concepts: WeightedConcept[] = [...seen.values()].map((e) => ({
    forms: [{ text: e.surface, weight: 1 }],
    weight: e.count ** exponent,
    source: 'original',
  }))
  const bigramWeight = options.bigramWeight ?? 0.5
  if (bigramWeight > 0) {
    for (const e of pairs.values()) {
      concepts.push({
        forms: [{ text: e.surface, weight: 1 }],
        weight: bigramWeight * e.count ** exponent,
        source: 'original',
      })
    }
  }
  return { concepts, language: options.language ?? 'en' }
}
