import { describe, expect, it } from 'vitest'
import type { DeadlineEvent } from './deadline.js'
import { computeDeadlines } from './engine.js'
import type { DeadlineInput } from './request.js'

const clock = { now: () => Date.UTC(2026, 10, 26, 12) }
const run = (input: DeadlineInput) => computeDeadlines(input, { clock })
const find = (input: DeadlineInput, office: string, event: DeadlineEvent) =>
  run(input).deadlines.find((d) => d.office === office && d.event === event)

describe('computeDeadlines: events and statutes', () => {
  it('computes every event for the IP5 by default, each with basis, source, status and version', () => {
    const report = run({ priorityDate: '2025-05-20' })
    const events = new Set(report.deadlines.map((d) => d.event))
    expect([...events].sort()).toEqual(
      [
        'exam_request',
        'national_phase',
        'national_phase_late',
        'paris_priority',
        'pct_demand',
        'pct_filing',
        'pct_publication',
      ].sort(),
    )
    expect(new Set(report.deadlines.map((d) => d.office))).toEqual(
      new Set(['US', 'EP', 'CN', 'JP', 'KR', 'WO']),
    )
    for (const d of report.deadlines) {
      expect(d.basis).not.toBe('')
      expect(d.source).not.toBe('')
      expect(d.rulesVersion).toBe(report.rulesVersion)
      expect(d.due >= d.rawDue).toBe(true)
    }
    expect(report.deadlines.map((d) => d.due)).toEqual(report.deadlines.map((d) => d.due).sort())
  })

  it.each([
    // [input, office, event, raw, due, why]
    [
      { priorityDate: '2025-05-20', offices: ['CN'] },
      'CN',
      'national_phase_late',
      '2028-01-20',
      '2028-01-20',
      '32 months with the late-entry fee',
    ],
    [
      { priorityDate: '2025-05-24', offices: ['EP'] },
      'EP',
      'national_phase',
      '2027-12-24',
      '2028-01-03',
      'EPO Christmas closure',
    ],
    [
      { priorityDate: '2023-11-03', offices: ['JP'] },
      'JP',
      'national_phase',
      '2026-05-03',
      '2026-05-07',
      'Golden Week',
    ],
    [
      { priorityDate: '2025-02-15', offices: ['CN'], receivingOffice: 'CN' },
      'CN',
      'pct_filing',
      '2026-02-15',
      '2026-02-24',
      'Spring Festival at CNIPA as RO',
    ],
    [
      { priorityDate: '2025-02-16', offices: ['CN'], route: 'paris' },
      'CN',
      'paris_priority',
      '2026-02-16',
      '2026-02-24',
      'Spring Festival at CNIPA',
    ],
    [
      { priorityDate: '2025-05-20', offices: ['CA'] },
      'CA',
      'national_phase_late',
      '2028-11-20',
      '2028-11-20',
      '42 months on request (unintentional)',
    ],
    [
      { priorityDate: '2025-05-20', offices: ['PH'] },
      'PH',
      'national_phase_late',
      '2027-12-20',
      '2027-12-20',
      '31 months with fee',
    ],
    [
      { priorityDate: '2025-05-20', offices: ['CN'] },
      'CN',
      'exam_request',
      '2028-05-20',
      '2028-05-22',
      '3 years from priority',
    ],
    [
      { priorityDate: '2025-05-20', pctFilingDate: '2026-05-08', offices: ['JP'] },
      'JP',
      'exam_request',
      '2029-05-08',
      '2029-05-08',
      '3 years from the international filing date',
    ],
    [
      { priorityDate: '2025-05-20', pctFilingDate: '2026-05-08', offices: ['CA'] },
      'CA',
      'exam_request',
      '2030-05-08',
      '2030-05-08',
      '4 years from the international filing date',
    ],
    [
      { priorityDate: '2025-05-20', offices: ['IN'] },
      'IN',
      'exam_request',
      '2027-12-20',
      '2027-12-20',
      '31 months from priority',
    ],
    [
      { priorityDate: '2025-05-20', offices: ['EP'] },
      'EP',
      'exam_request',
      '2027-12-20',
      '2027-12-20',
      'Euro-PCT: 31 months',
    ],
    [
      { priorityDate: '2025-05-20', offices: ['US'] },
      'WO',
      'pct_publication',
      '2026-11-20',
      '2026-11-20',
      '18 months, not extended',
    ],
    [
      { priorityDate: '2025-05-20', offices: ['US'] },
      'WO',
      'pct_demand',
      '2027-03-20',
      '2027-03-22',
      '22 months, weekend',
    ],
    [
      { priorityDate: '2025-05-20', isrDate: '2027-02-15', offices: ['US'] },
      'WO',
      'pct_demand',
      '2027-05-15',
      '2027-05-18',
      '3 months from a late ISR; Sat, Sun, Whit Monday in Geneva',
    ],
  ] as const)('%j: %s %s raw %s due %s (%s)', (input, office, event, raw, due, _why) => {
    const d = find(input, office, event)
    expect(d?.rawDue).toBe(raw)
    expect(d?.due).toBe(due)
  })

  it('status is the weakest of the facts used, and unverified results say so', () => {
    const us = find({ priorityDate: '2025-05-20', offices: ['US'] }, 'US', 'national_phase')
    expect(us?.status).toBe('verified')
    expect(us?.notes[0]).toMatch(
      /2027-11-20 falls on a day US is closed .* moved to 2027-11-22 under 35 USC 21\(b\)/,
    )
    const it_ = find({ priorityDate: '2025-05-20', offices: ['IT'] }, 'IT', 'national_phase')
    expect(it_?.status).toBe('unverified')
    expect(it_?.notes.some((n) => /unverified closing days/.test(n))).toBe(true)
    const jp = find({ priorityDate: '2025-05-20', offices: ['JP'] }, 'JP', 'exam_request')
    expect(jp?.status).toBe('unverified')
    expect(jp?.notes.some((n) => /computed from an unverified fact/.test(n))).toBe(true)
    const ep = find({ priorityDate: '2025-05-24', offices: ['EP'] }, 'EP', 'national_phase')
    expect(ep?.status).toBe('secondary')
    const ru = find({ priorityDate: '2025-05-20', offices: ['RU'] }, 'RU', 'national_phase')
    expect(ru?.status).toBe('secondary')
  })

  it('states the assumptions it makes', () => {
    const report = run({ priorityDate: '2025-05-20', offices: ['JP'] })
    const demand = report.deadlines.find((d) => d.event === 'pct_demand')
    expect(demand?.notes.join(' ')).toMatch(
      /assumes the ISR and written opinion are transmitted by 2026-12-20/,
    )
    const exam = report.deadlines.find((d) => d.event === 'exam_request')
    expect(exam?.trigger).toEqual({
      kind: 'international_filing',
      date: '2026-05-20',
      assumed: true,
    })
    expect(report.warnings.join(' ')).toMatch(/no international filing date given/)
  })

  it('counts days left from the injected clock', () => {
    const d = find({ priorityDate: '2025-05-20', offices: ['US'] }, 'US', 'national_phase')
    expect(d?.daysLeft).toBe(361)
  })

  it('Paris route only: no PCT events; FR is allowed; UP is skipped with a warning', () => {
    const report = run({ priorityDate: '2025-05-20', offices: ['FR', 'UP', 'DE'], route: 'paris' })
    expect(
      report.deadlines.some((d) => d.event.startsWith('pct_') || d.event.startsWith('national')),
    ).toBe(false)
    expect(report.deadlines.find((d) => d.office === 'FR')?.event).toBe('paris_priority')
    expect(report.deadlines.some((d) => d.office === 'UP')).toBe(false)
    expect(report.warnings.join(' ')).toMatch(/UP: no filing of its own/)
    const de = report.deadlines.find((d) => d.office === 'DE' && d.event === 'exam_request')
    expect(de?.trigger.kind).toBe('national_filing')
  })

  it('a restored late PCT filing is accepted with a warning', () => {
    const report = run({
      priorityDate: '2025-05-20',
      pctFilingDate: '2026-06-15',
      restorationRequested: true,
      offices: ['US'],
    })
    expect(report.warnings.join(' ')).toMatch(/PCT Rule 26bis\.3/)
    expect(report.deadlines.find((d) => d.event === 'national_phase')?.due).toBe('2027-11-22')
  })
})
