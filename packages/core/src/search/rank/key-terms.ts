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
  /**
   * Multiplier of the concepts that occur in a leading title line (see `leadingTitle`); 1 leaves
   * the title alone. Default is `1`.
   */
  readonly titleWeight?: number
}

/** Longest first line, in words, still read as a title. */
const TITLE_MAX_WORDS = 30

/**
 * The title of a pasted description: its first line when that line is short (at most 30 words)
 * and more text follows, as in "Title\nAbstract…" or a disclosure with a heading. Otherwise
 * `undefined`.
 */
export function leadingTitle(text: string): string | undefined {
  const trimmed = text.trimStart()
  const end = trimmed.indexOf('\n')
  if (end <= 0 || trimmed.slice(end).trim() === '') {
    return undefined
  }
  const line = trimmed.slice(0, end).trim()
  const words = line.split(/\s+/u).filter(Boolean).length
  return words > 0 && words <= TITLE_MAX_WORDS ? line : undefined
}

const NUMERIC = /^[0-9]+[a-z]?$/u

interface Counted {
  surface: string
  count: number
}

/** Words and consecutive word pairs of `text`, by index key, with the first surface and a count. */
function scanKeys(text: string): { words: Map<string, Counted>; pairs: Map<string, Counted> } {
  const words = new Map<string, Counted>()
  const pairs = new Map<string, Counted>()
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
    const entry = words.get(key)
    if (entry) {
      entry.count++
    } else {
      words.set(key, { surface: text.slice(token.start, token.end).toLowerCase(), count: 1 })
    }
  }
  return { words, pairs }
}

/**
 * English (and other Latin-script) key-term extraction: every index key of the text that is
 * not a stop word, a reference numeral (`50`, `12a`) or a single letter becomes one concept,
 * weighted by its count in the query (sub-linearly). Rarity is the ranker's business (idf), so
 * the same `WeightedQuery` serves any corpus. The form is the word as first written, which the
 * ranker analyses to the same key. Words and pairs of a leading title line can weigh more
 * (`titleWeight`).
 */
export function extractKeyTerms(text: string, options: KeyTermOptions = {}): WeightedQuery {
  const exponent = options.tfExponent ?? 0.5
  const { words, pairs } = scanKeys(text)
  const titleWeight = options.titleWeight ?? 1
  const titleLine = titleWeight === 1 ? undefined : leadingTitle(text)
  const title = titleLine === undefined ? undefined : scanKeys(titleLine)
  const boost = (key: string, inTitle: Map<string, Counted> | undefined): number =>
    inTitle?.has(key) ? titleWeight : 1
  const concepts: WeightedConcept[] = [...words.entries()].map(([key, e]) => ({
    forms: [{ text: e.surface, weight: 1 }],
    weight: e.count ** exponent * boost(key, title?.words),
    source: 'original',
  }))
  const bigramWeight = options.bigramWeight ?? 0.5
  if (bigramWeight > 0) {
    for (const [key, e] of pairs) {
      concepts.push({
        forms: [{ text: e.surface, weight: 1 }],
        weight: bigramWeight * e.count ** exponent * boost(key, title?.pairs),
        source: 'original',
      })
    }
  }
  return { concepts, language: options.language ?? 'en' }
}
