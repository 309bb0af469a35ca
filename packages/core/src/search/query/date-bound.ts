import { daysInMonth } from '../../rules/deadlines/calendar-date.js'

/**
 * Reads a date bound of a range: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYYMMDD`. A partial date
 * stands for its first day as a `from` bound and its last day as a `to` bound, so
 * `pd:[2018 TO 2022]` covers 2018-01-01 … 2022-12-31. Undefined for anything else.
 */
export function parseDateBound(text: string, side: 'from' | 'to'): string | undefined {
  const m = /^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?$/u.exec(text)
  if (!m) {
    return undefined
  }
  const year = Number(m[1])
  const month = m[2] === undefined ? (side === 'from' ? 1 : 12) : Number(m[2])
  if (month < 1 || month > 12) {
    return undefined
  }
  const last = daysInMonth(year, month)
  const day = m[3] === undefined ? (side === 'from' ? 1 : last) : Number(m[3])
  if (day < 1 || day > last) {
    return undefined
  }
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0')
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}
