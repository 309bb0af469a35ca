import { z } from 'zod'

export const EligibilityRequest = z.object({
  claims: z.string().trim().min(1).max(100_000),
  jurisdictions: z
    .array(z.enum(['US', 'EP', 'CN', 'JP', 'KR', 'UK']))
    .min(1)
    .optional(),
  lang: z.enum(['en', 'zh']).default('en'),
  description: z.string().max(500_000).optional(),
})
export type EligibilityRequest = z.input<typeof EligibilityRequest>

export const PlanRequest = z.object({
  /** The invention file's JSON (see docs/examples/invention.json). */
  invention: z.record(z.string(), z.unknown()),
  markets: z.array(z.string().min(2).max(3)).max(60).optional(),
  currency: z.string().length(3).optional(),
  weights: z.record(z.string(), z.number().min(0)).optional(),
})
export type PlanRequest = z.input<typeof PlanRequest>

export const FtoRunRequest = z.object({
  productId: z.string().min(1),
  /** Candidate patents to chart. Default is `10`. */
  limit: z.number().int().min(1).max(50).default(10),
  country: z.array(z.string().min(2).max(2)).optional(),
})
export type FtoRunRequest = z.input<typeof FtoRunRequest>

export const ChartElement = z.object({
  index: z.number(),
  text: z.string(),
  /** Suggested by the term match; `present` / `absent` / `unclear` once a person decided. */
  status: z.enum(['present', 'partly', 'absent', 'unclear']),
  suggested: z.enum(['yes', 'partly', 'no']),
  coverage: z.number(),
  evidence: z.string(),
  note: z.string(),
})
export type ChartElement = z.infer<typeof ChartElement>

export const ChartView = z.object({
  id: z.string(),
  productId: z.string(),
  patentId: z.string(),
  patentTitle: z.string(),
  claimNumber: z.number(),
  claimText: z.string(),
  elements: z.array(ChartElement),
  coverage: z.number(),
  updatedBy: z.string(),
  updatedAt: z.string(),
})
export type ChartView = z.infer<typeof ChartView>

export const ChartSummary = ChartView.omit({ elements: true, claimText: true })
export type ChartSummary = z.infer<typeof ChartSummary>

export const ChartsQuery = z.object({ productId: z.string().min(1) })

export const UpdateChartRequest = z.object({
  elements: z
    .array(
      z.object({
        index: z.number().int().min(0),
        status: z.enum(['present', 'partly', 'absent', 'unclear']),
        note: z.string().max(5000).default(''),
      }),
    )
    .max(200),
})
export type UpdateChartRequest = z.input<typeof UpdateChartRequest>

export const ExportQuery = z.object({ format: z.enum(['csv', 'json']).default('csv') })
