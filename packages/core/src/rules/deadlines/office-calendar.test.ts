import { describe, expect, it } from 'vitest'
import { loadKnowledgeBase } from '../jurisdictions/knowledge-base.js'
import type { OfficeCode } from '../jurisdictions/office-codes.js'
import { createDateHolidaysSource } from './holiday-source.js'
import { createOfficeCalendar, nextOpenDay } from './office-calendar.js'

const kb = loadKnowledgeBase()
const source = createDateHolidaysSource()
const calendarOf = (office: OfficeCode) => createOfficeCalendar(kb.office(office), source)

describe('office calendars: the next open day (Rule 80.5 chains)', () => {
  it.each([
    // [office, raw date, next open day, why]
    ['US', '2025-07-04', '2025-07-07', 'Independence Day (Fri) + weekend'],
    ['US', '2026-07-03', '2026-07-06', 'Independence Day observed on Fri 3 Jul 2026'],
    ['US', '2025-11-27', '2025-11-28', 'Thanksgiving; the day after is open'],
    ['US', '2024-12-24', '2024-12-26', 'Executive Order closure + Christmas'],
    ['EP', '2025-12-24', '2026-01-02', 'EPO Christmas closure 24-31 Dec, New Year'],
    ['EP', '2027-12-24', '2028-01-03', 'Christmas closure, New Year on Sat, Sunday'],
    ['EP', '2024-12-31', '2025-01-02', 'dated closure to 1 Jan 2025'],
    ['EP', '2026-06-04', '2026-06-05', 'Corpus Christi (Munich)'],
    ['EP', '2026-04-27', '2026-04-28', "King's Day (The Hague)"],
    ['EP', '2026-05-05', '2026-05-06', 'Liberation Day (The Hague)'],
    ['UP', '2025-12-29', '2026-01-02', 'UP follows the EPO calendar'],
    ['CN', '2026-02-15', '2026-02-24', 'Spring Festival 15-23 Feb 2026'],
    ['CN', '2026-02-14', '2026-02-14', 'Saturday declared a working day (调休)'],
    ['CN', '2025-01-26', '2025-01-26', 'Sunday declared a working day (调休)'],
    ['CN', '2025-10-01', '2025-10-09', 'National Day + Mid-Autumn 1-8 Oct 2025'],
    ['CN', '2026-06-01', '2026-06-01', "Children's Day is not an office closure"],
    ['CN', '2026-03-09', '2026-03-09', 'an ordinary Monday'],
    ['CN', '2027-02-06', '2027-02-08', 'no 2027 schedule yet: date-holidays Spring Festival'],
    ['JP', '2026-04-29', '2026-04-30', 'Showa Day'],
    ['JP', '2026-05-02', '2026-05-07', 'Golden Week: Sat, Sun, 3-6 May'],
    ['JP', '2025-12-29', '2026-01-05', 'year-end closure 29 Dec - 3 Jan, then Sunday'],
    ['KR', '2026-05-01', '2026-05-04', 'Labour Day, weekend'],
    ['KR', '2026-09-24', '2026-09-28', 'Chuseok (3 days), weekend'],
    ['WO', '2026-08-01', '2026-08-03', '1 August 2026 is a Saturday'],
    ['WO', '2025-08-01', '2025-08-01', 'the IB is open on the Swiss National Day'],
    ['WO', '2026-12-31', '2027-01-04', 'Restoration of the Republic, New Year, weekend'],
    ['SA', '2026-03-19', '2026-03-23', 'Eid al-Fitr Thu 19 - Sun 22 Mar 2026 (Fri-Sat weekend)'],
    ['IL', '2026-04-03', '2026-04-05', 'Friday and Saturday closed in Israel'],
  ] as const)('%s %s → %s (%s)', (office, raw, next, _why) => {
    expect(nextOpenDay(calendarOf(office), raw).date).toBe(next)
  })

  it('reports every skipped day with its reason and status', () => {
    const { skipped } = nextOpenDay(calendarOf('US'), '2025-07-04')
    expect(skipped.map((c) => c.date)).toEqual(['2025-07-04', '2025-07-05', '2025-07-06'])
    expect(skipped[0]?.reason).toMatch(/Independence Day/)
    expect(skipped.every((c) => c.status === 'verified')).toBe(true)
    const cn = nextOpenDay(calendarOf('CN'), '2026-02-16').skipped
    expect(cn[0]).toMatchObject({ reason: '春节 Spring Festival', status: 'secondary' })
  })

  it('an open day is returned unchanged with nothing skipped', () => {
    expect(nextOpenDay(calendarOf('EP'), '2027-12-20')).toEqual({ date: '2027-12-20', skipped: [] })
  })
})
