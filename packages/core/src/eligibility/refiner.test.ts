import { describe, expect, it } from 'vitest'
import { checkEligibility } from './check.js'
import { refineReport, type EligibilityRefiner } from './refiner.js'

const report = checkEligibility({
  claims:
    '1. A method of recommending songs to a user from the user preferences, performed by a server.',
  jurisdictions: ['US', 'EP'],
})

describe('refineReport', () => {
  it('replaces only the texts; verdicts, steps, evidence and sources stay', async () => {
    const refiner: EligibilityRefiner = {
      id: 'fake',
      refine: (r) => Promise.resolve(r.texts.map((t) => `Refined: ${t}`)),
    }
    const { report: out, refined, problems } = await refineReport(report, refiner)
    expect(refined).toBe(true)
    expect(problems).toEqual([])
    expect(out.refinedBy).toBe('fake')
    for (const [i, j] of out.jurisdictions.entries()) {
      const before = report.jurisdictions[i]!
      expect(j.verdict).toBe(before.verdict)
      expect(j.steps.map((s) => [s.id, s.outcome, s.evidence, s.sources])).toEqual(
        before.steps.map((s) => [s.id, s.outcome, s.evidence, s.sources]),
      )
      expect(j.steps.every((s) => s.finding.startsWith('Refined: '))).toBe(true)
    }
  })

  it('drops a refinement with the wrong number of texts, an empty text or an error', async () => {
    const wrongCount: EligibilityRefiner = {
      id: 'short',
      refine: () => Promise.resolve(['only one']),
    }
    const empty: EligibilityRefiner = {
      id: 'empty',
      refine: (r) => Promise.resolve(r.texts.map(() => ' ')),
    }
    const failing: EligibilityRefiner = {
      id: 'down',
      refine: () => Promise.reject(new Error('connection refused')),
    }
    for (const refiner of [wrongCount, empty, failing]) {
      const outcome = await refineReport(report, refiner)
      expect(outcome.refined).toBe(false)
      expect(outcome.report).toBe(report)
      expect(outcome.problems).toHaveLength(2)
    }
  })
})
