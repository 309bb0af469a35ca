import { formatSource, type AnyFact, type FactStatus } from '../jurisdictions/fact.js'
import type { OfficeCode } from '../jurisdictions/office-codes.js'
import type { OfficeFile } from '../jurisdictions/schema.js'
import { addDays, weekday, type CalendarDate } from './calendar-date.js'
import type { HolidaySource } from './holiday-source.js'

/** Why an office is closed on a day, with the status and source of the fact that says so. */
export interface ClosedDay {
  readonly date: CalendarDate
  readonly reason: string
  readonly status: FactStatus
  readonly source: string
}

/** When one office is closed for the receipt of documents. */
export interface OfficeCalendar {
  readonly office: OfficeCode
  /** The rule that extends a period ending on a closed day (35 USC 21(b), EPC Rule 134 …). */
  readonly extension: AnyFact
  /** Why the office is closed on `date`; `undefined` when it is open. */
  closure(date: CalendarDate): ClosedDay | undefined
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

function inRange(date: CalendarDate, from: string, to: string): boolean {
  if (!from.startsWith('--')) {
    return from <= date && date <= to
  }
  // Yearly range `--MM-DD`; a range across New Year (`--12-29` to `--01-03`) wraps.
  const md = date.slice(5)
  const [a, b] = [from.slice(2), to.slice(2)]
  return a <= b ? a <= md && md <= b : md >= a || md <= b
}

/**
 * The calendar of one office: make-up working days (CN 调休) first, then the weekly closing days,
 * the office-specific closures of the knowledge base, and the public holidays of the office's
 * location(s) from `source` (all regions combined: EPC Rule 134(1) extends a period when any
 * filing office is closed).
 */
export function createOfficeCalendar(file: OfficeFile, source: HolidaySource): OfficeCalendar {
  const { calendar } = file
  const openDays = new Set(calendar.openDays.map((f) => f.value.date))
  const holidays = calendar.holidays
  const types: ReadonlySet<string> = new Set(holidays.value.types)
  const excluded: ReadonlySet<string> = new Set(holidays.value.excludeRules)
  const holidaySource = formatSource(holidays.source)

  function publicHoliday(date: CalendarDate): ClosedDay | undefined {
    const year = Number(date.slice(0, 4))
    for (const region of holidays.value.regions) {
      // The previous year too: a multi-day holiday may run into January.
      for (const y of [year, year - 1]) {
        const hit = source
          .holidays(region, y)
          .find((h) => h.date === date && types.has(h.type) && !excluded.has(h.rule))
        if (hit) {
          const where = region.state ? `${region.country}-${region.state}` : region.country
          return {
            date,
            reason: `public holiday ${hit.name} (${where})`,
            status: holidays.status,
            source: holidaySource,
          }
        }
      }
    }
    return undefined
  }

  return {
    office: file.office,
    extension: calendar.extension,
    closure(date) {
      if (openDays.has(date)) {
        return undefined
      }
      const dow = weekday(date)
      if (calendar.weekend.value.includes(dow)) {
        const { status, source: s } = calendar.weekend
        return { date, reason: DAY_NAMES[dow]!, status, source: formatSource(s) }
      }
      const closed = calendar.closures.find((f) => inRange(date, f.value.from, f.value.to))
      if (closed) {
        const { value, status, source: s } = closed
        return { date, reason: value.reason, status, source: formatSource(s) }
      }
      return publicHoliday(date)
    },
  }
}

/** The first open day on or after `date`, and the closed days skipped to reach it. */
export interface NextOpenDay {
  readonly date: CalendarDate
  readonly skipped: readonly ClosedDay[]
}

/**
 * Moves `date` forward to the first day the office is open (PCT Rule 80.5, Paris Art. 4C(3),
 * 35 USC 21(b), EPC Rule 134): a chain of closed days is skipped one by one.
 * Throws after 366 closed days in a row, which only a broken calendar produces.
 */
export function nextOpenDay(calendar: OfficeCalendar, date: CalendarDate): NextOpenDay {
  const skipped: ClosedDay[] = []
  let current = date
  for (let closed = calendar.closure(current); closed; closed = calendar.closure(current)) {
    skipped.push(closed)
    if (skipped.length > 366) {
      throw new Error(`${calendar.office}: no open day within a year after ${date}`)
    }
    current = addDays(current, 1)
  }
  return { date: current, skipped }
}
