import { z } from 'zod'
import { IsoDate } from '../../model/document-id.js'
import { fact } from './fact.js'
import { Text } from './common.schema.js'

/** `YYYY-MM-DD` for one date, `--MM-DD` for the same day every year. */
const DayOrYearly = z
  .string()
  .refine((s) => /^--\d{2}-\d{2}$/.test(s) || IsoDate.safeParse(s).success)

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
