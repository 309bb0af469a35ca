/**
 * Shared types of the AI patentability (subject-matter eligibility) pre-check.
 * Everything here is plain, immutable data that crosses the core boundary (house style R11).
 */

/** The offices with a rule pack, in the order reports list them. */
export const JURISDICTIONS = ['US', 'EP', 'CN', 'JP', 'KR', 'UK'] as const

/** An office with a rule pack: USPTO, EPO, CNIPA, JPO, KIPO, UKIPO. */
export type Jurisdiction = (typeof JURISDICTIONS)[number]

/** Whether `value` names an office with a rule pack (case-sensitive, upper case). */
export function isJurisdiction(value: string): value is Jurisdiction {
  return (JURISDICTIONS as readonly string[]).includes(value)
}

/**
 * The pre-check's answer for one claim at one office. For EP and UK `eligible` means that the
 * features carrying the contribution are technical (they count for inventive step under COMVIK).
 */
export type Verdict = 'eligible' | 'ineligible' | 'uncertain'

/** Language of user-facing text. */
export type Lang = 'en' | 'zh'

/** The languages a vocabulary entry may list terms for. */
export type TermLang = 'en' | 'zh' | 'ja' | 'ko'

/** The kinds of claim language the feature extraction recognises. */
export const FEATURE_CATEGORIES = [
  'math',
  'mental',
  'business',
  'cognitive',
  'generic-computer',
  'specific-hardware',
  'physical-input',
  'physical-output',
  'technical-processing',
  'technical-field',
  'technical-effect',
  'computer-improvement',
  'ml-specifics',
  'ai-model',
  'information-output',
] as const

/** One kind of claim language (see `FEATURE_CATEGORIES`). */
export type FeatureCategory = (typeof FEATURE_CATEGORIES)[number]

/** Claim words that triggered a vocabulary entry, with their offsets in the analysed text. */
export interface FeatureMatch {
  readonly category: FeatureCategory
  /** Stable id of the vocabulary entry, e.g. `math.gradient-descent`. */
  readonly entry: string
  /** Weight of the entry in its category (1 strong, 0.5 weak). */
  readonly weight: number
  /** The claim words as written. */
  readonly text: string
  /** Offset of the first character in the analysed claim text (UTF-16 code units). */
  readonly start: number
  /** Offset after the last character. */
  readonly end: number
  /** True when the words sit in the preamble (before "comprising", "包括", "であって" …). */
  readonly inPreamble: boolean
}

/** The claim words quoted as evidence for a step, risk or suggestion. */
export interface Evidence {
  readonly text: string
  /** Offset in the text of claim `claim` (UTF-16 code units). */
  readonly start: number
  readonly end: number
  readonly category: FeatureCategory
  /** The claim the words come from (a dependent claim is analysed with its parents). */
  readonly claim?: number
}

/** Verification status of a legal source, carried from `legal-facts.md`: V, S or U. */
export type SourceStatus = 'V' | 'S' | 'U'

/** A legal source cited by a step, risk or suggestion. */
export interface LegalSource {
  readonly id: string
  /** The citation as lawyers write it (statute, guideline section, case). */
  readonly citation: string
  readonly url?: string
  /** V verified against an official text, S secondary source only, U not verified. */
  readonly status: SourceStatus
}
