import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { hasShared, NO_SHARED, sharedPath } from '../testing/shared-data.js'
import {
  evaluateEligibility,
  type EligibilityCase,
  type EligibilityEvaluation,
} from './evaluate.js'

const FILE = 'eval/eligibility-dev.jsonl'

let cached: EligibilityEvaluation | undefined
function evaluation(): EligibilityEvaluation {
  cached ??= evaluateEligibility(
    readFileSync(sharedPath(FILE), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as EligibilityCase),
  )
  return cached
}

// Regression gate for the figures recorded in docs/benchmarks.md ("AI eligibility (issue 7)"):
// accuracy ≥ 85 % overall and ≥ 75 % for every office with at least 8 cases, uncertain = wrong.
describe.skipIf(!hasShared(FILE))('eligibility development set', () => {
  it('reaches 85 % overall, counting uncertain as wrong, and beats the majority baseline', () => {
    const { overall } = evaluation()
    expect(overall.accuracy).toBeGreaterThanOrEqual(0.85)
    expect(overall.accuracy).toBeGreaterThan(overall.majorityBaseline)
  })

  it('reaches 75 % for every office with at least 8 cases', () => {
    for (const [office, score] of Object.entries(evaluation().byJurisdiction)) {
      if (score.cases >= 8) {
        expect(score.accuracy, office).toBeGreaterThanOrEqual(0.75)
      }
    }
  })
})

it.skipIf(hasShared(FILE))('eligibility development set', () => {
  console.log(NO_SHARED)
})
