import { describe, expect, it } from 'vitest'
import { computeDocket } from './docket.js'
import type { DocketEvent, Matter } from './matter.js'

const clock = { now: () => Date.parse('2026-01-15T12:00:00Z') }
const matter = (m: Partial<Matter> & Pick<Matter, 'id' | 'office'>): Matter => ({
  family: 'F1',
  title: 'Robot',
  core: true,
  targets: [],
  ...m,
})
let seq = 0
const event = (e: Omit<DocketEvent, 'id'>): DocketEvent => ({ ...e, id: `E${++seq}` })
const docket = (ms: Matter[], es: DocketEvent[]) => computeDocket(ms, es, {}, { clock })

describe('computeDocket', () => {
  it('first filing at CNIPA: priority year and examination request (3 years from priority), weekend-extended', () => {
    const r = docket([matter({ id: 'M1', office: 'CN', filingDate: '2025-05-20' })], [])
    const py = r.deadlines.find((d) => d.kind === 'priority_year')!
    expect(py).toMatchObject({ due: '2026-05-20', office: 'CN', status: 'verified' })
    expect(py.basis).toMatch(/Paris Conv\. Art\. 4C/)
    const exam = r.deadlines.find((d) => d.kind === 'exam_request')!
    expect(exam).toMatchObject({ rawDue: '2028-05-20', due: '2028-05-22' })
    expect(exam.notes[0]).toMatch(
      /2028-05-20 falls on a day CN is closed \(2028-05-20 Saturday; 2028-05-21 Sunday\)/,
    )
    expect(exam.rulesVersion).toBe(r.rulesVersion)
  })

  it('office actions: the knowledge-base period, CN 2 months for a later action, closed by a response', () => {
    const m = matter({
      id: 'M1',
      office: 'CN',
      filingDate: '2025-05-20',
      priorityDate: '2024-06-01',
    })
    const first = event({ matterId: 'M1', type: 'office_action', date: '2026-02-10' })
    const reply = event({ matterId: 'M1', type: 'response', date: '2026-05-01' })
    const second = event({ matterId: 'M1', type: 'office_action', date: '2026-08-03' })
    const oa = docket([m], [first, reply, second]).deadlines.filter((d) => d.kind === 'oa_response')
    expect(oa.map((d) => [d.rawDue, d.done, d.eventId])).toEqual([
      ['2026-06-10', true, first.id],
      ['2026-10-03', false, second.id],
    ])
    expect(oa[0]!.status).toBe('secondary')
    expect(oa[0]!.source).toMatch(/https:\/\/www\.epo\.org/)
  })

  it('an office action with the due date or period the office set; ZA has no period (warning)', () => {
    const ms = [
      matter({ id: 'US1', office: 'US', filingDate: '2025-05-20' }),
      matter({ id: 'ZA1', office: 'ZA', filingDate: '2025-05-20' }),
    ]
    const es = [
      event({ matterId: 'US1', type: 'office_action', date: '2026-02-02', due: '2026-04-30' }),
      event({ matterId: 'US1', type: 'office_action', date: '2026-03-02', responseMonths: 2 }),
      event({ matterId: 'ZA1', type: 'office_action', date: '2026-03-02' }),
    ]
    const r = docket(ms, es)
    const oa = r.deadlines.filter((d) => d.kind === 'oa_response')
    expect(oa.map((d) => [d.matterId, d.due, d.status])).toEqual([
      ['US1', '2026-04-30', 'verified'],
      ['US1', '2026-05-04', 'verified'],
    ])
    expect(r.warnings.join(' ')).toMatch(
      /ZA1: no office-action response period for ZA.*--due or --response-months/,
    )
  })

  it('EP: search report → examination request in 6 months; grant → validation (3 months) and unitary effect (1 month)', () => {
    const m = matter({
      id: 'EP1',
      office: 'EP',
      filingDate: '2025-05-20',
      priorityDate: '2024-05-21',
    })
    const es = [
      event({ matterId: 'EP1', type: 'search_report', date: '2025-11-26' }),
      event({ matterId: 'EP1', type: 'grant', date: '2026-03-04' }),
    ]
    const r = docket([m], es)
    const kinds = r.deadlines
      .filter((d) => d.kind !== 'annuity')
      .map((d) => [d.kind, d.office, d.rawDue, d.done])
    expect(kinds).toEqual([
      ['unitary_effect', 'UP', '2026-04-04', false],
      ['exam_request', 'EP', '2026-05-26', true],
      ['validation', 'EP', '2026-06-04', false],
    ])
  })

  it('a PCT matter: demand and national phase of its targets; entered offices are done', () => {
    const pct = matter({
      id: 'W1',
      office: 'WO',
      filingDate: '2025-05-20',
      priorityDate: '2024-05-21',
      targets: ['US', 'JP', 'EP'],
    })
    const us = matter({
      id: 'U1',
      office: 'US',
      filingDate: '2025-05-20',
      priorityDate: '2024-05-21',
    })
    const r = docket([pct, us], [])
    const np = r.deadlines.filter((d) => d.matterId === 'W1' && d.kind === 'national_phase')
    expect(np.map((d) => [d.office, d.due, d.done])).toEqual([
      ['US', '2026-11-23', true],
      ['JP', '2026-11-24', false],
      ['EP', '2026-12-21', false],
    ])
    expect(r.deadlines.some((d) => d.matterId === 'W1' && d.kind === 'pct_demand')).toBe(true)
  })

  it('annuities ahead (US maintenance after grant); nothing after a lapse', () => {
    const ms = [
      matter({ id: 'U1', office: 'US', filingDate: '2019-03-01' }),
      matter({ id: 'C1', office: 'CN', filingDate: '2019-03-01' }),
    ]
    const es = [
      event({ matterId: 'U1', type: 'grant', date: '2022-09-13' }),
      event({ matterId: 'C1', type: 'grant', date: '2021-06-01' }),
      event({ matterId: 'C1', type: 'lapse', date: '2026-06-01' }),
    ]
    const r = computeDocket(ms, es, { annuityYears: 3 }, { clock })
    const us = r.deadlines.filter((d) => d.matterId === 'U1' && d.kind === 'annuity')
    expect(us.map((d) => [d.due, d.fee?.value, d.fee?.currency])).toEqual([
      ['2026-03-13', 2150, 'USD'],
    ])
    const cn = r.deadlines.filter((d) => d.matterId === 'C1')
    expect(cn.filter((d) => d.kind === 'annuity').map((d) => d.due)).toEqual(['2026-03-01'])
    expect(cn.find((d) => d.kind === 'exam_request')).toMatchObject({
      due: '2022-03-01',
      done: true,
    })
  })
})
