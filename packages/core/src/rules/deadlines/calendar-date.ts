/**
 * Calendar dates as `YYYY-MM-DD` strings and the PCT Rule 80 period arithmetic. Dates are civil
 * dates at the office (PCT Rule 80.4): no time zone and no `Date` object escapes this module.
 */

/** A civil date `YYYY-MM-DD`. */
export type CalendarDate = string

interface Ymd {
  readonly y: number
  readonly m: number
  readonly d: number
}

const MS_PER_DAY = 86_400_000

/** Days in month `m` (1-12) of year `y`, leap years included. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/**
 * Why `value` is not a real date, or `undefined` when it is one (e.g. `2025-02-30` → `February
 * 2025 has 28 days`). Years 1800-2200 are accepted.
 */
export function dateProblem(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) {
    return 'expected YYYY-MM-DD'
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < 1800 || y > 2200) {
    return 'year outside 1800-2200'
  }
  if (mo < 1 || mo > 12) {
    return `there is no month ${mo}`
  }
  const last = daysInMonth(y, mo)
  if (d < 1 || d > last) {
    const name = new Date(Date.UTC(y, mo - 1, 1)).toLocaleString('en', {
      month: 'long',
      timeZone: 'UTC',
    })
    return `${name} ${y} has ${last} days`
  }
  return undefined
}

/** Whether `value` is a real date `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  return dateProblem(value) === undefined
}

function split(date: CalendarDate): Ymd {
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) }
}

function join({ y, m, d }: Ymd): CalendarDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/**
 * Adds whole months the PCT Rule 80.2 way: the period ends in the month reached, on the day with
 * the same number as the trigger; where that month has no such day, on its last day.
 * @example addMonths('2023-10-31', 30) // '2026-04-30'
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { y, m, d } = split(date)
  const index = y * 12 + (m - 1) + months
  const ty = Math.floor(index / 12)
  const tm = (index % 12) + 1
  return join({ y: ty, m: tm, d: Math.min(d, daysInMonth(ty, tm)) })
}

/** Adds whole years (PCT Rule 80.1): 29 February plus one year is 28 February. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12)
}

/** Adds days (PCT Rule 80.3: the period starts the day after the event and ends on its last day). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const { y, m, d } = split(date)
  const t = new Date(Date.UTC(y, m - 1, d) + days * MS_PER_DAY)
  return join({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() })
}

/** Day of the week: 0 = Sunday … 6 = Saturday. */
export function weekday(date: CalendarDate): number {
  const { y, m, d } = split(date)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const a = split(from)
  const b = split(to)
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / MS_PER_DAY)
}

/** The later of two dates. ISO dates compare as strings. */
export function laterOf(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a >= b ? a : b
}

/** Today's civil date in UTC for an epoch-millisecond instant (a `Clock` reading). */
export function dateOfInstant(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10)
}
