import { describe, expect, it } from 'vitest'
import { forecastAnnuities } from './annuity-forecast.js'
import type { DocketEvent, Matter } from './matter.js'

const clock = { now: () => Date.parse('2026-01-15T12:00:00Z') }

describe('forecastAnnuities', () => {
  it('per calendar year, converted with the dated table; pending matters estimated', () => {
    const matters: Matter[] = [
      {
        id: 'C1',
        family: 'F1',
        office: 'CN',
        title: 'Robot',
        filingDate: '2020-04-01',
        core: true,
        targets: [],
      },
      {
        id: 'E1',
        family: 'F1',
        office: 'EP',
        title: 'Robot',
        filingDate: '2024-04-01',
        core: true,
        targets: [],
      },
    ]
    const events: DocketEvent[] = [{ id: 'E1', matterId: 'C1', type: 'grant', date: '2022-06-01' }]
    const f = forecastAnnuities(matters, events, { years: 3, currency: 'CNY' }, { clock })
    expect(f.years.map((y) => y.year)).toEqual([2026, 2027, 2028])
    const y2026 = f.years[0]!.items
    expect(y2026.map((x) => [x.office, x.due, x.original.value, x.original.currency])).toEqual([
      ['CN', '2026-04-01', 2000, 'CNY'],
      ['EP', '2026-04-01', 690, 'EUR'],
    ])
    const ep = y2026.find((x) => x.office === 'EP')!
    expect(ep.amount).toBeCloseTo((690 / 1) * 8.22, 1)
    expect(ep.estimated).toBe(false)
    expect(f.total).toBeCloseTo(f.years.reduce((s, y) => s + y.total, 0))
    expect(f.status).toBe('unverified')
  })
})
