import { z } from 'zod'

/** An ISO date `YYYY-MM-DD`, validated as a real calendar date. */
export const IsoDate = z.string().refine(isIsoDate, { message: 'expected a date YYYY-MM-DD' })
export type IsoDate = z.infer<typeof IsoDate>

/** ST.3 two-letter office code (`US`, `EP`, `WO`, `CN` …), upper case. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter office code')
export type CountryCode = z.infer<typeof CountryCode>

/**
 * A document reference as offices print it: country, number, kind and date.
 * `number` is normalised (see `normalizePublicationNumber`) but keeps office prefixes
 * such as `D` (design), `RE` (reissue), `PP` (plant).
 */
export const DocumentId = z.object({
  country: CountryCode,
  number: z.string().min(1),
  kind: z.string().min(1).max(3).optional(),
  date: IsoDate.optional(),
})
export type DocumentId = z.infer<typeof DocumentId>

/**
 * Converts `YYYYMMDD` (USPTO, DOCDB) or `YYYY-MM-DD` to `YYYY-MM-DD`.
 * Returns `undefined` for empty, all-zero or impossible dates, which offices do ship (e.g. `00000000`).
 */
export function toIsoDate(raw: string | number | undefined | null): string | undefined {
  if (raw === undefined || raw === null) {
    return undefined
  }
  const digits = String(raw).trim().replace(/-/g, '')
  if (!/^\d{8}$/.test(digits)) {
    return undefined
  }
  const iso = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`
  return isIsoDate(iso) ? iso : undefined
}

/** True when `value` is `YYYY-MM-DD` and names a real day of the Gregorian calendar. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) {
    return false
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < 1790 || mo < 1 || mo > 12 || d < 1) {
    return false
  }
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate()
  return d <= last
}
