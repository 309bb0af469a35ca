import type { ClaimText } from './claim-text.js'
import type { ClaimFeatures } from './features.js'
import type { MessageKey } from './i18n/messages.js'
import type { SourceId } from './sources.js'
import type { Evidence, Jurisdiction, Verdict } from './types.js'

/**
 * How one step of an office's test came out, from the applicant's side: `pass` favours
 * eligibility, `fail` goes against it, `uncertain` is balanced, `not-reached` was not needed.
 */
export type StepOutcome = 'pass' | 'fail' | 'uncertain' | 'not-reached'

/** Parameters of a message: plain values or lists of claim words (joined per language). */
export type MessageParams = Readonly<Record<string, string | number | readonly string[]>>

/** A keyed, language-neutral text; `localize` renders it in English or Chinese. */
export interface KeyedText {
  readonly key: MessageKey
  readonly params?: MessageParams
}

/** One step of an office's test as the rule pack decided it. */
export interface StepFinding {
  /** Step id, e.g. `us.step2a1`; its title is the message `<id>.title`. */
  readonly id: string
  readonly outcome: StepOutcome
  readonly finding: KeyedText
  /** The claim words that decided the step. */
  readonly evidence: readonly Evidence[]
  readonly sources: readonly SourceId[]
}

/** A risk the claim runs at an office (e.g. "the only output is a classification score"). */
export interface RiskFinding {
  readonly id: string
  readonly finding: KeyedText
  readonly evidence: readonly Evidence[]
  readonly sources: readonly SourceId[]
}

/** A drafting suggestion that the office accepts, with its source. */
export interface SuggestionFinding {
  readonly id: string
  readonly finding: KeyedText
  readonly sources: readonly SourceId[]
}

/** A rule pack's answer for one claim, before localisation. */
export interface OfficeAssessment {
  readonly verdict: Verdict
  /**
   * Signed distance of the decisive score from the rule pack's threshold: positive favours
   * eligibility. Kept for calibration and the benchmark; never shown as a probability.
   */
  readonly margin: number
  readonly steps: readonly StepFinding[]
  readonly risks: readonly RiskFinding[]
  readonly suggestions: readonly SuggestionFinding[]
}

/** What a rule pack is given for one claim. */
export interface AssessContext {
  readonly claim: ClaimText
  /** Features of the claim text (for a dependent claim: its chain, parent first). */
  readonly features: ClaimFeatures
  /** Features of the description, when the user supplied one. */
  readonly description?: ClaimFeatures
  /** Claims this one depends on that were not supplied (their features are missing). */
  readonly missingParents: readonly number[]
}

/** One office's rule pack: versioned data plus a pure assessment function. */
export interface RulePack {
  readonly jurisdiction: Jurisdiction
  /** Bumped whenever a weight, threshold, step or source changes (house style R9). */
  readonly version: string
  /**
   * Thresholds on `OfficeAssessment.margin`: at or above `eligibleAt` is eligible, below
   * `ineligibleBelow` ineligible, in between uncertain (exposed for calibration).
   */
  readonly thresholds: { readonly eligibleAt: number; readonly ineligibleBelow: number }
  assess(context: AssessContext): OfficeAssessment
}
