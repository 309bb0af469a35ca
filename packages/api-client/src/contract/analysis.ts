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

const Country = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'a two-letter country code')
  .transform((c) => c.toUpperCase())

/** An FTO run of a product (a job): the FTO engine of `chuhai fto`. */
export const FtoRunRequest = z.object({
  productId: z.string().min(1),
  /** Target countries (ST.3 codes; EPC states are reached through European patents too). */
  countries: z.array(Country).min(1).max(40),
  /** The date status is judged on, `YYYY-MM-DD`. Default: today. */
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** Candidates taken from the search. Default is `40`. */
  candidates: z.number().int().min(1).max(500).default(40),
  /** Results kept per country. Default is `25`. */
  limit: z.number().int().min(1).max(500).default(25),
})
export type FtoRunRequest = z.input<typeof FtoRunRequest>

const Met = z.enum(['yes', 'partly', 'no'])

export const FtoElementView = z.object({
  id: z.string(),
  kind: z.string(),
  text: z.string(),
  /** The finding: the person's where recorded, else the engine's. */
  met: Met,
  /** What the engine found. */
  suggested: Met,
  score: z.number(),
  evidence: z.string(),
  evidenceField: z.string().nullable(),
  matched: z.array(z.string()),
  missing: z.array(z.string()),
  why: z.string(),
  note: z.string(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
})
export type FtoElementView = z.infer<typeof FtoElementView>

export const FtoClaimView = z.object({
  claim: z.number(),
  coverage: z.number(),
  met: z.number(),
  partly: z.number(),
  total: z.number(),
  elements: z.array(FtoElementView),
})

export const FtoResultView = z.object({
  publicationNumber: z.string(),
  country: z.string(),
  title: z.string().nullable(),
  status: z.string(),
  expiry: z.string().nullable(),
  estimated: z.boolean(),
  route: z.enum(['national', 'EP']),
  foundVia: z.string(),
  risk: z.enum(['high', 'medium', 'low']),
  /** The engine's risk before any finding was recorded. */
  suggestedRisk: z.enum(['high', 'medium', 'low']),
  score: z.number(),
  problem: z.string().nullable(),
  claims: z.array(FtoClaimView),
})
export type FtoResultView = z.infer<typeof FtoResultView>

export const FtoRunSummary = z.object({
  id: z.string(),
  productId: z.string(),
  jobId: z.string().nullable(),
  asOf: z.string(),
  countries: z.array(z.string()),
  results: z.number(),
  high: z.number(),
  findings: z.number(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
})
export type FtoRunSummary = z.infer<typeof FtoRunSummary>

export const FtoRunView = FtoRunSummary.extend({
  summary: z.array(
    z.object({
      country: z.string(),
      high: z.number(),
      medium: z.number(),
      low: z.number(),
      excluded: z.number(),
      noMember: z.number(),
    }),
  ),
  results: z.array(FtoResultView),
  excluded: z.array(
    z.object({
      publicationNumber: z.string(),
      country: z.string(),
      status: z.string(),
      expiry: z.string().nullable(),
    }),
  ),
  strategy: z.object({
    backend: z.string(),
    expression: z.string(),
    candidates: z.number(),
    searched: z.number(),
    notes: z.array(z.string()),
  }),
  disclaimer: z.string(),
})
export type FtoRunView = z.infer<typeof FtoRunView>

export const FtoRunsQuery = z.object({ productId: z.string().min(1).optional() })

/** Findings recorded on a run's claim charts, element by element. */
export const FtoFindingsRequest = z.object({
  findings: z
    .array(
      z.object({
        publicationNumber: z.string().min(1).max(40),
        country: z.string().min(2).max(2),
        claim: z.number().int().min(1),
        element: z.string().min(1).max(40),
        met: Met,
        evidence: z.string().max(10_000).default(''),
        note: z.string().max(5000).default(''),
      }),
    )
    .min(1)
    .max(500),
})
export type FtoFindingsRequest = z.input<typeof FtoFindingsRequest>

export const FtoExportQuery = z.object({
  format: z.enum(['docx', 'xlsx', 'html', 'pdf', 'json']).default('docx'),
  lang: z.enum(['en', 'zh']).default('en'),
})
export type FtoExportQuery = z.input<typeof FtoExportQuery>

/** An invalidity search (a job): `chuhai invalidity` against a patent of the store. */
export const InvalidityRequest = z.object({
  publicationNumber: z.string().trim().min(3).max(40),
  /** Claims to attack. Default: every independent claim. */
  claims: z.array(z.number().int().min(1)).max(200).optional(),
  candidates: z.number().int().min(1).max(500).default(40),
  limit: z.number().int().min(1).max(200).default(15),
})
export type InvalidityRequest = z.input<typeof InvalidityRequest>

/** A fetch from a live connector (a job), as `chuhai fetch SERVICE`; then ingested. */
export const FetchRequest = z
  .object({
    service: z.enum(['uspto', 'ops', 'odp', 'patentsview', 'lens']),
    /** uspto: the issue/publication date, `YYYY-MM-DD`, and optionally the end of a range. */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    to: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    /** uspto: grants (Tuesdays) and/or applications (Thursdays). Default grants. */
    kinds: z
      .array(z.enum(['grants', 'applications']))
      .min(1)
      .default(['grants']),
    /** ops: publication numbers; odp: application numbers; patentsview: patent numbers; lens: Lens ids. */
    numbers: z.array(z.string().trim().min(1).max(40)).max(500).default([]),
    /** ops: parts to fetch. */
    parts: z.array(z.enum(['biblio', 'family', 'legal', 'fulltext'])).optional(),
    /** odp, patentsview (JSON), lens: a search query instead of numbers. */
    query: z.string().max(5000).optional(),
    limit: z.number().int().min(1).max(10_000).optional(),
    /** Ignore cached responses. */
    refresh: z.boolean().default(false),
    /** Ingest what was fetched. Default `true`. */
    ingest: z.boolean().default(true),
  })
  .superRefine((r, ctx) => {
    if (r.service === 'uspto' && !r.date) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'uspto needs a date' })
    }
    if (r.service !== 'uspto' && r.numbers.length === 0 && !r.query) {
      ctx.addIssue({ code: 'custom', path: ['numbers'], message: 'give numbers or a query' })
    }
    if (r.service === 'ops' && r.numbers.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['numbers'], message: 'ops needs publication numbers' })
    }
  })
export type FetchRequest = z.input<typeof FetchRequest>

/** A monitoring run (a job) of the caller's organisation's watches, as `chuhai watch run`. */
export const WatchRunRequest = z.object({
  /** Watches to run (names); default every watch of the organisation. */
  names: z.array(z.string().min(1).max(200)).max(200).optional(),
  /** Only the watches whose schedule fired. Default `false`. */
  due: z.boolean().default(false),
  /** Deliver e-mail digests and webhooks afterwards. Default `true`. */
  deliver: z.boolean().default(true),
})
export type WatchRunRequest = z.input<typeof WatchRunRequest>
