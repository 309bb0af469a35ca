import { expect, describe, it } from 'vitest'
import { ChuhaiError } from '../../errors.js'
import { computeDeadlines } from './engine.js'
import type { DeadlineInput } from './request.js'

const clock = { now: () => Date.UTC(2026, 10, 26, 12) }
const run = (input: DeadlineInput) => computeDeadlines(input, { clock })

describe('computeDeadlines: bad input', () => {
  const labels = {
    priorityDate: '--priority-date',
    pctFilingDate: '--pct-filing-date',
    restorationRequested: '--restoration',
  }
  const fails = (input: DeadlineInput, code: string, message: RegExp) => {
    try {
      run(input)
    } catch (error) {
      expect(error).toBeInstanceOf(ChuhaiError)
      expect((error as ChuhaiError).code).toBe(code)
      expect((error as ChuhaiError).message).toMatch(message)
      return
    }
    throw new Error('expected an error')
  }

  it('an impossible date names the field', () => {
    fails(
      { priorityDate: '2025-02-30', labels },
      'RULE_INVALID_DATE',
      /--priority-date: "2025-02-30" is not a valid date \(February 2025 has 28 days\)/,
    )
    fails(
      { priorityDate: '2025-05-20', pctFilingDate: '2025-01-01', labels },
      'RULE_INVALID_DATE',
      /--pct-filing-date.*before the priority date/,
    )
  })

  it('an unknown office lists the valid ones', () => {
    fails(
      { priorityDate: '2025-05-20', offices: ['US', 'XX'] },
      'RULE_UNKNOWN_OFFICE',
      /offices: unknown office "XX"; valid offices: US, EP, UP, CN/,
    )
  })

  it('an office without a PCT route explains the EP route', () => {
    fails(
      { priorityDate: '2025-05-20', offices: ['FR'] },
      'RULE_NO_PCT_ROUTE',
      /FR has no PCT national route.*European phase \(EP\) at 31 months.*PCT Art\. 45\(2\)/,
    )
    fails(
      { priorityDate: '2025-05-20', offices: ['UP'] },
      'RULE_NO_PCT_ROUTE',
      /UP has no PCT national route.*unitary effect/,
    )
  })

  it('a PCT filing after the priority year needs restoration, and fails after 2 more months', () => {
    fails(
      { priorityDate: '2025-05-20', pctFilingDate: '2026-06-15', labels },
      'RULE_PCT_LATE_FILING',
      /priority year ended on 2026-05-20.*PCT Rule 26bis\.3.*--restoration/,
    )
    fails(
      {
        priorityDate: '2025-05-20',
        pctFilingDate: '2026-07-21',
        restorationRequested: true,
        labels,
      },
      'RULE_PCT_LATE_FILING',
      /more than 2 months.*cannot be restored/,
    )
  })

  it('a PCT filing on the extended last day is in time', () => {
    // 2026-07-04 is a Saturday: the priority year at the USPTO as RO runs to Monday 6 July.
    const report = run({
      priorityDate: '2025-07-04',
      pctFilingDate: '2026-07-06',
      receivingOffice: 'US',
      offices: ['US'],
    })
    expect(report.warnings.join(' ')).not.toMatch(/26bis/)
  })
})
