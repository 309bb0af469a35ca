import type {
  KeyedText,
  MessageParams,
  RiskFinding,
  StepFinding,
  StepOutcome,
  SuggestionFinding,
} from '../assessment.js'
import type { MessageKey } from '../i18n/messages.js'
import type { SourceId } from '../sources.js'
import type { Evidence, Verdict } from '../types.js'

/** Thresholds on a rule pack's decisive margin. */
export interface Thresholds {
  /** A margin at or above this is `eligible`. */
  readonly eligibleAt: number
  /** A margin below this is `ineligible`; in between is `uncertain`. */
  readonly ineligibleBelow: number
}

/** The verdict for a margin; the band between the thresholds is the genuinely balanced zone. */
export function decide(margin: number, t: Thresholds): Verdict {
  if (margin >= t.eligibleAt) {
    return 'eligible'
  }
  return margin < t.ineligibleBelow ? 'ineligible' : 'uncertain'
}

/** The step outcome matching a verdict. */
export function outcomeOf(verdict: Verdict): StepOutcome {
  switch (verdict) {
    case 'eligible':
      return 'pass'
    case 'ineligible':
      return 'fail'
    case 'uncertain':
      return 'uncertain'
  }
}

/** Builds a keyed text. */
export function text(key: MessageKey, params?: MessageParams): KeyedText {
  return params ? { key, params } : { key }
}

/** Builds a step finding. */
export function step(
  id: string,
  outcome: StepOutcome,
  finding: KeyedText,
  evidence: readonly Evidence[],
  sources: readonly SourceId[],
): StepFinding {
  return { id, outcome, finding, evidence, sources }
}

/** Builds a risk finding. */
export function risk(
  id: string,
  finding: KeyedText,
  evidence: readonly Evidence[],
  sources: readonly SourceId[],
): RiskFinding {
  return { id, finding, evidence, sources }
}

/** A suggestion with its sources; the message key is `sugg.<id>`. */
export interface SuggestionRule {
  readonly id: string
  readonly key: MessageKey
  readonly sources: readonly SourceId[]
  /** Offered only when one of these risks was found; always offered when absent. */
  readonly when?: readonly string[]
  /** Offered only for these verdicts; any verdict when absent. */
  readonly verdicts?: readonly Verdict[]
}

/** The suggestions of a rule pack that apply to the risks found and the verdict. */
export function suggestionsFor(
  rules: readonly SuggestionRule[],
  risks: readonly RiskFinding[],
  verdict: Verdict,
): SuggestionFinding[] {
  const found = new Set(risks.map((r) => r.id))
  return rules
    .filter((r) => !r.verdicts || r.verdicts.includes(verdict))
    .filter((r) => !r.when || r.when.some((id) => found.has(id)))
    .map((r) => ({ id: r.id, finding: text(r.key), sources: r.sources }))
}
