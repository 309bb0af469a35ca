import { findPreambleEnd } from './claim-text.js'
import { matchLexicons } from './matcher.js'
import {
  FEATURE_CATEGORIES,
  type Evidence,
  type FeatureCategory,
  type FeatureMatch,
} from './types.js'

/** The explainable analysis of one claim's language. */
export interface ClaimFeatures {
  /** The analysed text (editorial notes blanked out, offsets unchanged). */
  readonly text: string
  readonly preambleEnd: number
  /** Every vocabulary hit with the claim words that triggered it. */
  readonly matches: readonly FeatureMatch[]
  /**
   * Strength per category: each entry counts its weight once, plus half its weight for each further
   * distinct term of the same entry, at most twice its weight.
   */
  readonly scores: Readonly<Record<FeatureCategory, number>>
}

// Notes that sources put inside claim text ("[Paraphrase; verbatim claim not retrieved]",
// "[... remainder not retrieved: …]") are not claim language; they are blanked, keeping offsets.
const EDITORIAL = [
  /\[\s*(?:paraphrase|summary|note|editor)[^\]]*\]/giu,
  /(?:\.\.\.|…)?\s*remainder not retrieved(?: from the decision)?\s*:?/giu,
  /verbatim (?:claims?|text) not retrieved/giu,
]

/** Blanks editorial notes out of a claim text without moving any offset. */
export function maskEditorialNotes(text: string): string {
  let out = text
  for (const re of EDITORIAL) {
    out = out.replace(re, (m) => ' '.repeat(m.length))
  }
  return out.replace(/[[\]]/gu, ' ')
}

/** Extracts the features of one claim text. `preambleEnd` defaults to the claim's transition word. */
export function extractFeatures(text: string, preambleEnd?: number): ClaimFeatures {
  const analysed = maskEditorialNotes(text)
  const end = preambleEnd ?? findPreambleEnd(analysed.trimStart()) + (analysed.length - analysed.trimStart().length)
  const matches: FeatureMatch[] = matchLexicons(analysed).map((m) => ({
    ...m,
    text: analysed.slice(m.start, m.end),
    inPreamble: m.start < end,
  }))
  return { text: analysed, preambleEnd: end, matches, scores: scoreMatches(matches) }
}

function scoreMatches(matches: readonly FeatureMatch[]): Record<FeatureCategory, number> {
  const terms = new Map<string, { category: FeatureCategory; weight: number; texts: Set<string> }>()
  for (const m of matches) {
    const slot = terms.get(m.entry) ?? { category: m.category, weight: m.weight, texts: new Set() }
    slot.texts.add(m.text.toLowerCase())
    terms.set(m.entry, slot)
  }
  const scores = Object.fromEntries(FEATURE_CATEGORIES.map((c) => [c, 0])) as Record<
    FeatureCategory,
    number
  >
  for (const { category, weight, texts } of terms.values()) {
    scores[category] += Math.min(2 * weight, weight * (1 + 0.5 * (texts.size - 1)))
  }
  return scores
}

/** The claim words of the given categories, first occurrence of each distinct term, in text order. */
export function evidenceOf(features: ClaimFeatures, ...categories: FeatureCategory[]): Evidence[] {
  const seen = new Set<string>()
  const out: Evidence[] = []
  for (const m of features.matches) {
    const key = `${m.category}:${m.text.toLowerCase()}`
    if (categories.includes(m.category) && !seen.has(key)) {
      seen.add(key)
      out.push({ text: m.text, start: m.start, end: m.end, category: m.category })
    }
  }
  return out
}

/** Whether any match of `category` sits in the preamble. */
export function inPreamble(features: ClaimFeatures, category: FeatureCategory): boolean {
  return features.matches.some((m) => m.category === category && m.inPreamble)
}
