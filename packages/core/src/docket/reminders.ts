import { addDays, type CalendarDate } from '../rules/deadlines/calendar-date.js'

/** Default reminder lead times in days before a deadline. */
export const DEFAULT_LEAD_DAYS: readonly number[] = [30, 7]

/**
 * Reminder dates for a due date, earliest first: one per lead time (days before the due date).
 * @example reminderDates('2027-03-15', [30, 7]) // ['2027-02-13', '2027-03-08']
 */
export function reminderDates(due: CalendarDate, leadDays: readonly number[]): CalendarDate[] {
  return [...new Set(leadDays)]
    .filter((d) => Number.isInteger(d) && d > 0)
    .sort((a, b) => b - a)
    .map((d) => addDays(due, -d))
}
