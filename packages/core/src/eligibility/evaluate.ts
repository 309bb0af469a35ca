import { checkEligibility } from './check.js'
import type { Jurisdiction, Verdict } from './types.js'

/** One labelled case of an evaluation set (`eligibility-dev.jsonl` shape). */
export interface EligibilityCase {
  readonly id: string
  readonly jurisdiction: Jurisdiction
  readonly claim_text: string
  /** The office's own outcome: `eligible` or `ineligible` (for EP: technical / non-technical). */
  readonly expected: 'eligible' | 'ineligible'
}

/** Counts of expected (rows) × predicted (columns). */
export type EligibilityConfusion = Record<'eligible' | 'ineligible', Record<Verdict, number>>

/** Accuracy of one group of cases, `uncertain` counting as wrong. */
export interface EligibilityScore {
  readonly cases: number
  readonly correct: number
  readonly accuracy: number
  /** Accuracy of always answering the group's most frequent expected outcome. */
  readonly majorityBaseline: number
  readonly confusion: EligibilityConfusion
}

/** The evaluation of a labelled set: overall, per jurisdiction, and every prediction. */
export interface EligibilityEvaluation {
  readonly overall: EligibilityScore
  readonly byJurisdiction: Readonly<Partial<Record<Jurisdiction, EligibilityScore>>>
  readonly predictions: readonly {
    id: string
    jurisdiction: Jurisdiction
    expected: string
    verdict: Verdict
    margin: number
  }[]
}

/** Runs the pre-check on every case and scores it. */
export function evaluateEligibility(cases: readonly EligibilityCase[]): EligibilityEvaluation {
  const predictions = cases.map((c) => {
    const j = checkEligibility({ claims: c.claim_text, jurisdictions: [c.jurisdiction] })
      .jurisdictions[0]!
    const margin = j.claims.find((x) => x.claim === j.claim)?.margin ?? 0
    return {
      id: c.id,
      jurisdiction: c.jurisdiction,
      expected: c.expected,
      verdict: j.verdict,
      margin,
    }
  })
  const byJurisdiction: Partial<Record<Jurisdiction, EligibilityScore>> = {}
  for (const j of new Set(cases.map((c) => c.jurisdiction))) {
    byJurisdiction[j] = score(predictions.filter((p) => p.jurisdiction === j))
  }
  return { overall: score(predictions), byJurisdiction, predictions }
}

function score(preds: readonly { expected: string; verdict: Verdict }[]): EligibilityScore {
  const confusion: EligibilityConfusion = {
    eligible: { eligible: 0, ineligible: 0, uncertain: 0 },
    ineligible: { eligible: 0, ineligible: 0, uncertain: 0 },
  }
  let correct = 0
  for (const p of preds) {
    const row = p.expected === 'eligible' ? 'eligible' : 'ineligible'
    confusion[row][p.verdict]++
    correct += p.verdict === row ? 1 : 0
  }
  const positives = preds.filter((p) => p.expected === 'eligible').length
  const n = preds.length
  return {
    cases: n,
    correct,
    accuracy: n ? correct / n : 0,
    majorityBaseline: n ? Math.max(positives, n - positives) / n : 0,
    confusion,
  }
}
