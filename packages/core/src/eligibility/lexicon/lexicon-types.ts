import type { FeatureCategory } from '../types.js'

/**
 * One vocabulary entry: a concept with its terms in each language.
 *
 * English terms are matched case-insensitively on word boundaries; a trailing `*` matches any
 * word ending (`classif*` → classify, classifying, classification) and a space matches spaces or
 * hyphens. Chinese, Japanese and Korean terms are matched as substrings. Where two matches
 * overlap, the longer one wins (so `cache memory` is not also `memory`).
 */
export interface LexiconEntry {
  /** Stable id, unique within the category, e.g. `gradient-descent`. */
  readonly id: string
  /** Weight in the category: 1 for a strong indicator (default), 0.5 for a weak one. */
  readonly weight?: number
  readonly en?: readonly string[]
  /** English regular expressions (source text, case-insensitive) for phrases a word list cannot say. */
  readonly enPatterns?: readonly string[]
  readonly zh?: readonly string[]
  readonly ja?: readonly string[]
  readonly ko?: readonly string[]
}

/** A versioned vocabulary for one feature category. */
export interface LexiconData {
  readonly category: FeatureCategory
  /** Bumped whenever an entry changes, so stored reports stay explainable (house style R9). */
  readonly version: string
  /** What the category means in law, for the design document and reviewers. */
  readonly note: string
  readonly entries: readonly LexiconEntry[]
}
