import { createError } from '@chuhai/core'

/** A publication number in the EPODOC form OPS accepts: `EP1000000` or `EP1000000.A1`. */
export interface OpsNumber {
  /** As given, for reports. */
  readonly given: string
  readonly country: string
  readonly number: string
  readonly kind: string | undefined
  /** `EP1000000.A1` (kind when given). */
  readonly epodoc: string
  /** File-name stem: `EP1000000A1`. */
  readonly stem: string
}

/**
 * Reads a publication number in the usual spellings (`EP1000000A1`, `EP 1 000 000 A1`,
 * `EP-1000000-A1`, `EP.1000000.A1`, `WO2013/121230`). Throws `NUMBER_INVALID` otherwise.
 */
export function parseOpsNumber(given: string): OpsNumber {
  const compact = given.toUpperCase().replace(/[\s,./-]/g, '')
  const m = compact.match(/^([A-Z]{2})(\d+)([A-Z]\d?)?$/)
  if (!m) {
    throw createError('NUMBER_INVALID', given)
  }
  const [, country, number, kind] = m as unknown as [string, string, string, string | undefined]
  return {
    given,
    country,
    number,
    kind,
    epodoc: `${country}${number}${kind ? `.${kind}` : ''}`,
    stem: `${country}${number}${kind ?? ''}`,
  }
}
