import { z } from 'zod'
import { dateProblem } from '../rules/deadlines/calendar-date.js'
import { FactStatus } from '../rules/jurisdictions/fact.js'

const Code = z.string().regex(/^[A-Za-z]{2}$/, 'expected a two-letter office code')
const Day = z.string().superRefine((value, ctx) => {
  const problem = dateProblem(value)
  if (problem) {
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value)} is not a valid date (${problem})`,
    })
  }
})

/** The scoring factors; a weight of 0 leaves a factor out. */
export const FACTORS = ['market', 'litigation', 'competitors', 'cost'] as const
/** One scoring factor. */
export type Factor = (typeof FACTORS)[number]

/** Weights per factor (any non-negative numbers; they are normalised to sum 1). */
export const Weights = z.object(
  Object.fromEntries(FACTORS.map((f) => [f, z.number().min(0).max(100).optional()])) as Record<
    Factor,
    z.ZodOptional<z.ZodNumber>
  >,
)
export type Weights = z.infer<typeof Weights>

/** A value the user sets instead of the data: a number, or a number with its own source/status. */
export const OverrideValue = z.union([
  z.number().nonnegative(),
  z
    .object({
      value: z.number().nonnegative(),
      source: z.string().min(2).optional(),
      /** Default is `unverified`: the planner cannot check a user's figure. */
      status: FactStatus.optional(),
    })
    .strict(),
])
export type OverrideValue = z.infer<typeof OverrideValue>

/** A fee the user sets for one office (replaces the data item of the same name). */
export const FeeOverride = z
  .object({
    office: Code,
    item: z.string().regex(/^[a-z0-9_]+$/),
    value: z.number().nonnegative(),
    currency: z.string().regex(/^[A-Z]{3}$/),
    source: z.string().min(2).optional(),
  })
  .strict()
export type FeeOverride = z.infer<typeof FeeOverride>

/**
 * The invention file of `chuhai plan --invention FILE` (JSON). Only `title` and `priorityDate`
 * are required; unknown fields are refused so that a typo does not silently fall back to a default.
 */
export const Invention = z
  .object({
    title: z.string().min(2),
    /** Earliest priority date (the first filing, usually at CNIPA). */
    priorityDate: Day,
    /** Where the first filing was made. Default is `CN`. */
    priorityOffice: Code.optional(),
    technology: z
      .object({ field: z.string().optional(), cpc: z.array(z.string().min(1)).optional() })
      .strict()
      .optional(),
    /** Target markets (office codes); `--markets` replaces them. */
    markets: z.array(Code).optional(),
    /** Language of the first filing. Default is `zh`. */
    language: z.string().min(2).max(3).optional(),
    /** Expected number of claims. Default is 20. */
    claims: z.number().int().min(1).max(500).optional(),
    /** Expected pages (sheets) of the application. Default is 30. */
    pages: z.number().int().min(1).max(5000).optional(),
    /** Expected words of the description and claims. Default is the knowledge base's average. */
    words: z.number().int().min(100).max(1_000_000).optional(),
    /** Words of the claims. Default is 60 per claim. */
    claimWords: z.number().int().min(10).max(100_000).optional(),
    /** Applicant names of competitors, matched in the store's parties. */
    competitors: z.array(z.string().min(2)).optional(),
    /** Currency of the results. Default is `CNY`. */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    /** States validated after EP grant. Default is the planner data's list. */
    epStates: z.array(Code).optional(),
    weights: Weights.strict().optional(),
    overrides: z
      .object({
        market: z.record(Code, OverrideValue).optional(),
        litigation: z.record(Code, OverrideValue).optional(),
        competitors: z.record(Code, OverrideValue).optional(),
        fees: z.array(FeeOverride).optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
export type Invention = z.infer<typeof Invention>
