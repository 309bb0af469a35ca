import { createError, DEFAULT_LEAD_DAYS } from '@chuhai/core'

/** A whole number flag within bounds; throws `DOCKET_INVALID_INPUT` naming the flag. */
export function wholeNumber(
  flag: string,
  raw: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (raw === undefined) {
    return undefined
  }
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max) {
    throw createError(
      'DOCKET_INVALID_INPUT',
      flag,
      `expected a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`,
    )
  }
  return n
}

/** `--lead-days 60,30,7`; default `[30, 7]`. */
export function leadDays(raw: string | undefined): number[] {
  if (raw === undefined) {
    return [...DEFAULT_LEAD_DAYS]
  }
  return raw
    .split(',')
    .filter((p) => p.trim() !== '')
    .map((p) => wholeNumber('--lead-days', p.trim(), 1, 365)!)
}

/** A comma-separated list flag. */
export function list(raw: string | undefined): string[] | undefined {
  const items = raw
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  return items && items.length > 0 ? items : undefined
}
