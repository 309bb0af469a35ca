import type { ClaimCategory } from './claim-text.js'
import type { StepOutcome } from './assessment.js'
import type { Evidence, Jurisdiction, Lang, LegalSource, Verdict } from './types.js'

/** One step of an office's test, rendered in the report language. */
export interface ReportStep {
  readonly id: string
  readonly title: string
  readonly outcome: StepOutcome
  /** What the step found, in the report language. */
  readonly finding: string
  /** The claim words that decided it. */
  readonly evidence: readonly Evidence[]
  readonly sources: readonly LegalSource[]
}

/** A risk or a drafting suggestion, rendered in the report language. */
export interface ReportNote {
  readonly id: string
  readonly text: string
  readonly evidence: readonly Evidence[]
  readonly sources: readonly LegalSource[]
}

/** The verdict of one claim at one office. */
export interface ClaimVerdict {
  readonly claim: number
  readonly independent: boolean
  readonly verdict: Verdict
  /** Signed distance from the rule pack's threshold (positive favours eligibility). */
  readonly margin: number
}

/** The pre-check for one office. */
export interface JurisdictionReport {
  readonly jurisdiction: Jurisdiction
  /** The office's name in the report language. */
  readonly office: string
  readonly rulePackVersion: string
  /** The verdict of the weakest independent claim (the one an examiner would object to first). */
  readonly verdict: Verdict
  readonly verdictLabel: string
  /** The claim whose analysis is shown (the decisive claim). */
  readonly claim: number
  readonly steps: readonly ReportStep[]
  readonly risks: readonly ReportNote[]
  readonly suggestions: readonly ReportNote[]
  /** Every claim's verdict, so dependent claims show the fallback positions. */
  readonly claims: readonly ClaimVerdict[]
}

/** A claim as the splitter saw it. */
export interface ReportClaim {
  readonly number: number
  readonly category: ClaimCategory
  readonly independent: boolean
  readonly dependsOn: readonly number[]
  readonly text: string
}

/** The whole eligibility pre-check. */
export interface EligibilityReport {
  readonly lang: Lang
  readonly lexiconVersion: string
  readonly claims: readonly ReportClaim[]
  readonly jurisdictions: readonly JurisdictionReport[]
  readonly disclaimer: string
  /** Set when an `EligibilityRefiner` reworded the explanations (verdicts are never touched). */
  readonly refinedBy?: string
}
