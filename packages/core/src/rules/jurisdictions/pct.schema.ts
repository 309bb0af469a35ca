import { z } from 'zod'
import { fact } from './fact.js'
import { Months, Office, Text } from './common.schema.js'

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
