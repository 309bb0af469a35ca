import { z } from 'zod'
import { isIsoDate } from '../../model/document-id.js'

/**
 * How far a fact has been checked (legal-facts.md V/S/U):
 * `verified` against a primary or official text, `secondary` from a practitioner or commentary
 * page, `unverified` from general knowledge or conflicting sources — a placeholder.
 */
export const FactStatus = z.enum(['verified', 'secondary', 'unverified'])
export type FactStatus = z.infer<typeof FactStatus>

/** Where a fact comes from: a citation (statute, rule, guideline or page title) and its addresses. */
export const FactSource = z
  .object({
    /** Human-readable citation, e.g. `PCT Art. 22(1); WIPO PCT time limits table`. */
    citation: z.string().min(3),
    /** Public addresses consulted; empty where legal-facts.md gives none. Default is `[]`. */
    urls: z.array(z.url()).default([]),
  })
  .strict()
export type FactSource = z.infer<typeof FactSource>

/** A date `YYYY-MM-DD`, or a partial `YYYY` / `YYYY-MM` where the source is dated only that far. */
export const AsOfDate = z
  .string()
  .refine((s) => /^\d{4}(-\d{2})?$/.test(s) || isIsoDate(s), 'expected YYYY, YYYY-MM or YYYY-MM-DD')

/**
 * One fact of the knowledge base: a value with its legal basis, source and status.
 * @example
 * fact(z.number()).parse({ value: 30, basis: 'PCT Art. 22(1)', source: { citation: 'WIPO' }, status: 'verified' })
 */
export function fact<T extends z.ZodType>(value: T) {
  return z
    .object({
      value,
      /** The legal basis (article, rule, section) the fact rests on, where one is known. */
      basis: z.string().optional(),
      source: FactSource,
      status: FactStatus,
      /** Caveats: conflicts between sources, dates of change, what to re-check. */
      note: z.string().optional(),
    })
    .strict()
}

/** A fact of any value type, as the engine and the fact walker see it. */
export interface AnyFact {
  readonly value: unknown
  readonly basis?: string | undefined
  readonly source: FactSource
  readonly status: FactStatus
  readonly note?: string | undefined
}

/**
 * A money amount: official fee, cost estimate or rate, always with its currency and the date it
 * was valid (`asOf`), because fees change and conversions need a dated rate.
 */
export const MoneyFact = z
  .object({
    /** Stable key, e.g. `maintenance_3_5y`, `renewal_year`, `translation_per_word`. */
    item: z.string().regex(/^[a-z0-9_]+$/),
    /** What the amount is, in English. */
    label: z.string().min(3),
    value: z.number().nonnegative(),
    /** Upper bound where the source gives a range. */
    max: z.number().nonnegative().optional(),
    currency: z.string().regex(/^[A-Z]{3}$/),
    asOf: AsOfDate,
    /** Patent year the amount is for (annuities, renewal fees). */
    year: z.number().int().min(1).max(25).optional(),
    /** Unit where the amount is a rate, e.g. `word`, `1000 characters`. */
    per: z.string().optional(),
    basis: z.string().optional(),
    source: FactSource,
    status: FactStatus,
    note: z.string().optional(),
  })
  .strict()
export type MoneyFact = z.infer<typeof MoneyFact>

const STATUS_RANK: Record<FactStatus, number> = { verified: 2, secondary: 1, unverified: 0 }

/** The weakest of some statuses (`verified` > `secondary` > `unverified`); `verified` for none. */
export function weakestStatus(statuses: Iterable<FactStatus>): FactStatus {
  let weakest: FactStatus = 'verified'
  for (const s of statuses) {
    if (STATUS_RANK[s] < STATUS_RANK[weakest]) {
      weakest = s
    }
  }
  return weakest
}

/** A fact's source as one line: citation followed by its addresses. */
export function formatSource(source: FactSource): string {
  return source.urls.length > 0
    ? `${source.citation} (${source.urls.join(' ; ')})`
    : source.citation
}
