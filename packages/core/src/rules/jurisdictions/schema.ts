import { z } from 'zod'
import { IsoDate } from '../../model/document-id.js'
import { CalendarFacts } from './calendar.schema.js'
import { Months, Office, Text } from './common.schema.js'
import { AsOfDate, FactSource, FactStatus, MoneyFact, fact } from './fact.js'
import { InternationalFacts, PctFacts } from './pct.schema.js'

export { CalendarFacts, HolidayRegion } from './calendar.schema.js'
export { InternationalFacts, PctFacts } from './pct.schema.js'

const Trigger = z.enum([
  'priority',
  'filing',
  'international_filing',
  'national_entry',
  'publication',
  'search_report_publication',
  'grant',
  'direction',
  'unknown',
])

/** One office (or the UP, or the PCT International Bureau) of the knowledge base. */
export const OfficeFile = z
  .object({
    office: Office,
    name: z.object({ en: Text, zh: Text }),
    kind: z.enum(['national', 'regional', 'unitary', 'international']),
    /** The date this file was last reviewed. */
    updated: IsoDate,
    calendar: CalendarFacts,
    paris: z.object({
      priorityMonths: fact(Months),
      restoration: fact(
        z.object({
          available: z.boolean(),
          months: Months.optional(),
          criterion: z.enum(['unintentional', 'due_care', 'either', 'none', 'unknown']),
          conditions: Text,
        }),
      ),
    }),
    pct: PctFacts,
    languages: fact(z.array(Text)),
    translations: z.array(
      fact(
        z.object({
          what: Text,
          deadline: Text,
          months: z.number().optional(),
          from: Trigger.optional(),
        }),
      ),
    ),
    gracePeriod: fact(
      z.object({
        months: z.number().int().nullable(),
        scope: z.enum(['general', 'limited', 'unknown']),
        from: z.enum(['filing', 'priority', 'unknown']),
        conditions: Text,
      }),
    ),
    term: fact(
      z.object({
        years: z.number().int().nullable(),
        from: Trigger,
        adjustment: Text,
        extension: Text,
      }),
    ),
    annuities: fact(z.object({ firstDue: Text, schedule: Text, grace: Text })),
    examRequest: fact(
      z.object({
        kind: z.enum(['period', 'automatic', 'on_direction', 'not_computable', 'none']),
        months: Months.optional(),
        from: Trigger.optional(),
        conditions: Text,
      }),
    ),
    fees: z.array(MoneyFact).default([]),
    /** EP: validation and extension states; UP: participating states; WO: contracting data. */
    states: z.record(z.string(), fact(z.array(z.string().regex(/^[A-Z]{2}$/)))).default({}),
    /** Other dated facts the planner and docket need (PCT international phase, London Agreement …). */
    other: z.record(z.string(), fact(z.unknown())).default({}),
    international: InternationalFacts.optional(),
  })
  .strict()
export type OfficeFile = z.infer<typeof OfficeFile>

/** The dated conversion table: units of each currency per one unit of `base`. */
export const CurrencyTable = z
  .object({
    base: z.string().regex(/^[A-Z]{3}$/),
    asOf: AsOfDate,
    rates: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()),
    source: FactSource,
    status: FactStatus,
    note: z.string().optional(),
  })
  .strict()
export type CurrencyTable = z.infer<typeof CurrencyTable>

/** The knowledge-base manifest: the rules version stored with every computed deadline. */
export const Manifest = z
  .object({
    rulesVersion: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/),
    compiledFrom: Text,
    updated: IsoDate,
  })
  .strict()
export type Manifest = z.infer<typeof Manifest>
