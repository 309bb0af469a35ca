import { findPreambleEnd } from './claim-text.js'
import { matchLexicons } from './matcher.js'
import {
  FEATURE_CATEGORIES,
  type Evidence,
  type FeatureCategory,
  type FeatureMatch,
} from './types.js'

/** One claim's share of an analysed text. */
export interface ClaimSegment {
  readonly claim: number
  /** Offset of the claim's first character in the analysed text. */
  readonly start: number
  readonly end: number
}

/** The explainable analysis of one claim (or of a dependent claim with its parents). */
export interface ClaimFeatures {
  /** The analysed text: the claims joined by newlines, editorial notes blanked out. */
  readonly text: string
  /** Where each claim sits in `text`. */
  readonly segments: readonly ClaimSegment[]
  /** End of the preamble of the first claim, in `text`. */
  readonly preambleEnd: number
  /** Every vocabulary hit with the claim words that triggered it (offsets in `text`). */
  readonly matches: readonly FeatureMatch[]
  /**
   * Strength per category: each entry counts its weight once, plus half its weight for each further
   * distinct term of the same entry, at most twice its weight.
   */
  readonly scores: Readonly<Record<FeatureCategory, number>>
}

/** A claim to analyse: its number and text. */
export interface ClaimPart {
  readonly claim: number
  readonly text: string
}

// Notes that sources put inside claim text ("[Paraphrase; verbatim claim not retrieved]",
// "[... remainder not retrieved: …]") are not claim language; they are blanked, keeping offsets.
const EDITORIAL = [
  /\[\s*(?:paraphrase|summary|note|editor)[^\]]*\]/giu,
  /(?:\.\.\.|…)?\s*remainder not retrieved(?: from the decision)?\s*:?/giu,
  /verbatim (?:claims?|text) not retrieved/giu,
]

/** Blanks editorial notes and brackets out of a claim text without moving any offset. */
export function maskEditorialNotes(text: string): string {
  let out = text
  for (const re of EDITORIAL) {
    out = out.replace(re, (m) => ' '.repeat(m.length))
  }
  return out.replace(/[[\]]/gu, ' ')
}

/** Extracts the features of one claim text (claim number 1 unless given). */
export function extractFeatures(text: string, claim = 1): ClaimFeatures {
  return extractChainFeatures([{ claim, text }])
}

/**
 * Extracts the features of claims read together: a dependent claim after its parents, root first.
 * Only the root claim has a preamble; the dependent claims' words all count as body.
 */
export function extractChainFeatures(parts: readonly ClaimPart[]): ClaimFeatures {
  const segments: ClaimSegment[] = []
  let text = ''
  for (const part of parts) {
    if (text) {
      text += '\n'
    }
    segments.push({ claim: part.claim, start: text.length, end: text.length + part.text.length })
    text += maskEditorialNotes(part.text)
  }
  const first = segments[0]?.end ?? 0
  const lead = text.length - text.trimStart().length
  const preambleEnd = Math.min(first, lead + findPreambleEnd(text.slice(lead, first)))
  const matches: FeatureMatch[] = matchLexicons(text).map((m) => ({
    ...m,
    text: text.slice(m.start, m.end),
    inPreamble: m.start < preambleEnd,
  }))
  return { text, segments, preambleEnd, matches, scores: scoreMatches(matches) }
}

/** Category strengths of a set of matches (see `ClaimFeatures.scores`). */
export function scoreMatches(matches: readonly FeatureMatch[]): Record<FeatureCategory, number> {
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

/**
 * The claim words of the given categories, first occurrence of each distinct term, in text order,
 * with offsets in the text of the claim they come from.
 */
export function evidenceOf(features: ClaimFeatures, ...categories: FeatureCategory[]): Evidence[] {
  const seen = new Set<string>()
  const out: Evidence[] = []
  for (const m of features.matches) {
    const key = `${m.category}:${m.text.toLowerCase()}`
    if (categories.includes(m.category) && !seen.has(key)) {
      seen.add(key)
      const seg = features.segments.find((s) => m.start >= s.start && m.start < s.end)
      const shift = seg?.start ?? 0
      out.push({
        text: m.text,
        start: m.start - shift,
        end: m.end - shift,
        category: m.category,
        claim: seg?.claim,
      })
    }
  }
  return out
}
