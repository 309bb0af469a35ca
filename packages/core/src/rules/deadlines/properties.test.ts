import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadKnowledgeBase } from '../jurisdictions/knowledge-base.js'
import { OFFICE_CODES, type OfficeCode } from '../jurisdictions/office-codes.js'
import { addDays, addMonths, daysInMonth } from './calendar-date.js'
import { computeDeadlines } from './engine.js'
import { createDateHolidaysSource } from './holiday-source.js'
import { createOfficeCalendar } from './office-calendar.js'

const kb = loadKnowledgeBase()
const holidays = createDateHolidaysSource()
const clock = { now: () => Date.UTC(2026, 10, 26) }
const WITH_ROUTE = OFFICE_CODES.filter(
  (c) => kb.office(c).pct.route.value.kind !== 'via' && c !== 'WO',
)
const calendars = new Map(
  OFFICE_CODES.map((c) => [c, createOfficeCalendar(kb.office(c), holidays)]),
)

// Dates 2000-01-01 … 2059-12-31 as day offsets (holiday data is computed per region and year).
const date = fc.integer({ min: 0, max: 21_914 }).map((n) => addDays('2000-01-01', n))
const office = fc.constantFrom(...WITH_ROUTE)
const deadlinesOf = (priorityDate: string, offices: readonly OfficeCode[]) =>
  computeDeadlines({ priorityDate, offices, receivingOffice: offices[0] }, { kb, holidays, clock })
    .deadlines

describe('deadline properties (fast-check)', { timeout: 60_000 }, () => {
  it('a deadline is never earlier than its raw date and never falls on a closed day', () => {
    fc.assert(
      fc.property(date, office, (priority, code) => {
        for (const d of deadlinesOf(priority, [code])) {
          expect(d.due >= d.rawDue).toBe(true)
          if (d.event !== 'pct_publication') {
            expect(
              calendars.get(d.office)!.closure(d.due),
              `${d.office} ${d.event} ${d.due}`,
            ).toBeUndefined()
          }
        }
      }),
      { numRuns: 100 },
    )
  })

  it('deadlines are monotone in the trigger date', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 400 }), office, (a, gap, code) => {
        const b = addDays(a, gap)
        const later = new Map(deadlinesOf(b, [code]).map((d) => [`${d.office}/${d.event}`, d.due]))
        for (const d of deadlinesOf(a, [code])) {
          const other = later.get(`${d.office}/${d.event}`)
          expect(other, `${d.office}/${d.event}`).toBeDefined()
          expect(d.due <= other!, `${d.office} ${d.event}: ${a}→${d.due}, ${b}→${other}`).toBe(true)
        }
      }),
      { numRuns: 100 },
    )
  })

  it('Rule 80.2 month arithmetic agrees with a day-clamping oracle', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 120 }), (from, months) => {
        const [y, m, d] = from.split('-').map(Number) as [number, number, number]
        const index = y * 12 + m - 1 + months
        const ty = Math.floor(index / 12)
        const tm = (index % 12) + 1
        const expected = `${ty}-${String(tm).padStart(2, '0')}-${String(Math.min(d, daysInMonth(ty, tm))).padStart(2, '0')}`
        expect(addMonths(from, months)).toBe(expected)
      }),
    )
  })

  it('the next open day is the first open day: no open day is skipped', () => {
    fc.assert(
      fc.property(date, fc.constantFrom(...OFFICE_CODES.filter((c) => c !== 'UP')), (raw, code) => {
        const calendar = calendars.get(code)!
        const [d] = computeDeadlines(
          { priorityDate: raw, offices: [], receivingOffice: code },
          { kb, holidays, clock },
        ).deadlines.filter((x) => x.event === 'pct_filing')
        for (let day = d!.rawDue; day < d!.due; day = addDays(day, 1)) {
          expect(calendar.closure(day), `${code} ${day}`).toBeDefined()
        }
      }),
      { numRuns: 100 },
    )
  })
})
