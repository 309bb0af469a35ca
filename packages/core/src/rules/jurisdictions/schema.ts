import { z } from 'zod'
import { IsoDate } from '../../model/document-id.js'
import { AsOfDate, FactSource, FactStatus, MoneyFact, fact } from './fact.js'
import { OFFICE_CODES } from './office-codes.js'

const Office = z.enum(OFFICE_CODES)
const Text = z.string().min(2)
/** `YYYY-MM-DD` for one date, `--MM-DD` for the same day every year. */
const DayOrYearly = z
  .string()
  .refine((s) => /^--\d{2}-\d{2}$/.test(s) || IsoDate.safeParse(s).success)
const Months = z.number().int().min(1).max(120)

/** A `date-holidays` country with an optional state, e.g. `{ country: 'DE', state: 'BY' }`. */
export const HolidayRegion = z.object({
  country: z.string().regex(/^[A-Z]{2}$/),
  state: Text.optional(),
})
export type HolidayRegion = z.infer<typeof HolidayRegion>

/** When an office is closed for the receipt of documents. */
export const CalendarFacts = z.object({
  /** Public holidays from `date-holidays`; several regions are combined (EPO: any filing office). */
  holidays: fact(
    z.object({
      regions: z.array(HolidayRegion),
      /** Holiday types that close the office. Default is `['public']`. */
      types: z
        .array(z.enum(['public', 'bank', 'optional', 'school', 'observance']))
        .default(['public']),
      /** `date-holidays` rules that do NOT close the office (CN Children's Day `06-01`). */
      excludeRules: z.array(z.string()).default([]),
    }),
  ),
  /** Weekly closing days, 0 = Sunday … 6 = Saturday. */
  weekend: fact(z.array(z.number().int().min(0).max(6)).max(3)),
  /** Office-specific closing days beyond public holidays (inclusive ranges). */
  closures: z.array(fact(z.object({ from: DayOrYearly, to: DayOrYearly, reason: Text }))),
  /** Weekend days declared working days (CN make-up days, 调休上班). */
  openDays: z.array(fact(z.object({ date: IsoDate, reason: Text }))).default([]),
  /** The rule extending a period that ends on a closed day to the next working day. */
  extension: fact(Text),
})

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

/** PCT national/regional phase facts of one office. */
export const PctFacts = z.object({
  /** `national`/`regional`: an entry route of its own; `via`: only through another office. */
  route: fact(
    z.object({
      kind: z.enum(['national', 'regional', 'via', 'none']),
      via: Office.optional(),
      explanation: Text,
    }),
  ),
  chapter1Months: fact(Months).optional(),
  chapter2Months: fact(Months).optional(),
  /** Entry after the standard limit: with a fee, on request, at discretion, or only by reinstatement. */
  lateEntry: fact(
    z.object({
      kind: z.enum([
        'none',
        'fee',
        'as_of_right',
        'unintentional',
        'discretionary',
        'reinstatement',
        'unknown',
      ]),
      months: Months.optional(),
      conditions: Text,
    }),
  ),
})

/** PCT international-phase periods (WO only), in months from the priority date unless stated. */
export const InternationalFacts = z.object({
  filingMonths: fact(Months),
  restorationMonths: fact(Months),
  priorityClaimKeptMonths: fact(Months),
  isrMonths: fact(Months),
  art19Months: fact(Months),
  publicationMonths: fact(Months),
  demandMonths: fact(Months),
  /** Months from the transmittal of the ISR and written opinion. */
  demandAfterIsrMonths: fact(Months),
  oldArt22DemandMonths: fact(Months),
  iprpMonths: fact(Months),
})
export type InternationalFacts = z.infer<typeof InternationalFacts>

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
