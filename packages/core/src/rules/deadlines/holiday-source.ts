import Holidays from 'date-holidays'
import type { HolidayRegion } from '../jurisdictions/schema.js'
import { addDays, type CalendarDate } from './calendar-date.js'

/** Holiday types as `date-holidays` names them. */
export type HolidayType = 'public' | 'bank' | 'optional' | 'school' | 'observance'

/** One whole day of a holiday (a three-day festival gives three entries). */
export interface HolidayDay {
  readonly date: CalendarDate
  readonly name: string
  /** The `date-holidays` rule, e.g. `01-01`, `easter -2`; used to exclude rules per office. */
  readonly rule: string
  readonly type: HolidayType
}

/**
 * Where public holidays come from (a port, so tests can pin a calendar). Half-day holidays are
 * not returned: an office open for part of a day is open for the receipt of documents.
 */
export interface HolidaySource {
  /** Holiday days in `year` for one region. */
  holidays(region: HolidayRegion, year: number): readonly HolidayDay[]
}

const HOUR = 3_600_000

/**
 * Whole days a holiday lasts. `date-holidays` gives instants in the country's time zone; adding
 * 4 hours before flooring absorbs DST (23/25-hour days) and sunset starts (Islamic and Jewish
 * holidays begin the evening before), while a 12-hour half day counts as 0.
 */
function wholeDays(start: Date, end: Date): number {
  return Math.floor((end.getTime() - start.getTime() + 4 * HOUR) / (24 * HOUR))
}

/**
 * A `HolidaySource` backed by the `date-holidays` library (maintained data for 200 countries).
 * Instances are cached per region and results per region and year.
 */
export function createDateHolidaysSource(): HolidaySource {
  const instances = new Map<string, Holidays>()
  const years = new Map<string, readonly HolidayDay[]>()
  return {
    holidays(region, year) {
      const key = region.state ? `${region.country}-${region.state}` : region.country
      const cached = years.get(`${key}/${year}`)
      if (cached) {
        return cached
      }
      let hd = instances.get(key)
      if (!hd) {
        hd = region.state
          ? new Holidays(region.country, region.state)
          : new Holidays(region.country)
        instances.set(key, hd)
      }
      const days: HolidayDay[] = []
      for (const h of hd.getHolidays(year)) {
        const first = h.date.slice(0, 10)
        const n = wholeDays(h.start, h.end)
        for (let i = 0; i < n; i++) {
          days.push({ date: addDays(first, i), name: h.name, rule: h.rule, type: h.type })
        }
      }
      years.set(`${key}/${year}`, days)
      return days
    },
  }
}
