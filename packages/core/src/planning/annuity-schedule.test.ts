import { describe, expect, it } from 'vitest'
import { loadKnowledgeBase } from '../rules/jurisdictions/knowledge-base.js'
import { annuityPayments, annuitySchedule } from './annuity-schedule.js'
import { loadPlanningData } from './planning-data.js'

const kb = loadKnowledgeBase()
const data = loadPlanningData()
const filing = '2026-05-20'
const expiry = '2046-05-20'

function payments(office: string, grant: string, window: 'pending' | 'granted' | 'both' = 'both') {
  return annuityPayments(annuitySchedule(kb, data, office, window)!, filing, grant, expiry)
}

describe('annuity schedules', () => {
  it('US: three maintenance fees 3.5, 7.5 and 11.5 years after grant (knowledge base)', () => {
    const p = payments('US', '2029-05-20')
    expect(p.map((x) => x.date)).toEqual(['2032-11-20', '2036-11-20', '2040-11-20'])
    expect(p.map((x) => x.money.value)).toEqual([2150, 4040, 8280])
  })

  it('CN (none while pending): the year of grant at grant, then every anniversary to year 20', () => {
    const p = payments('CN', '2028-11-20')
    expect(p[0]).toMatchObject({ date: '2028-11-20', year: 3 })
    expect(p[1]).toMatchObject({ date: '2029-05-20', year: 4 })
    expect(p.at(-1)).toMatchObject({ date: '2045-05-20', year: 20 })
    expect(p).toHaveLength(18)
  })

  it('JP (arrears at grant): years 1-3 paid on the grant date', () => {
    const p = payments('JP', '2028-11-20')
    expect(p.filter((x) => x.date === '2028-11-20').map((x) => x.year)).toEqual([1, 2, 3])
    expect(p).toHaveLength(20)
  })

  it('EP renewal fees run only while pending; the UP fees only after grant', () => {
    expect(payments('EP', '2030-11-20', 'pending').map((x) => x.year)).toEqual([3, 4, 5])
    const up = payments('UP', '2030-11-20', 'granted')
    expect(up[0]).toMatchObject({ year: 6, date: '2031-05-20' })
    expect(up.at(-1)?.year).toBe(20)
  })

  it('no payment on or after expiry', () => {
    expect(payments('DE', '2029-05-20').every((x) => x.date < expiry)).toBe(true)
  })
})
