import { z } from 'zod'

const list = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))

/** Query string of `GET /api/patents/search`. */
export const SearchQuery = z.object({
  q: z.string().trim().min(1).max(20_000),
  /** `auto` reads operators as the query language and anything else as prose. */
  mode: z.enum(['auto', 'boolean', 'text']).default('auto'),
  /** `true`: every family member; default one hit per family. */
  allMembers: z
    .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
    .transform((v) => v === true || v === 'true' || v === '1')
    .optional(),
  country: list.optional(),
  kind: list.optional(),
  status: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(['application', 'grant'])))
    .optional(),
  yearFrom: z.coerce.number().int().min(1790).max(2100).optional(),
  yearTo: z.coerce.number().int().min(1790).max(2100).optional(),
  cpc: z.string().trim().max(20).optional(),
  applicant: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
})
export type SearchQuery = z.input<typeof SearchQuery>

const Facet = z.array(z.object({ value: z.string(), count: z.number() }))

export const SearchHit = z.object({
  id: z.string(),
  familyId: z.string().nullable(),
  title: z.string(),
  pubDate: z.string().nullable(),
  priorityDate: z.string().nullable(),
  country: z.string(),
  kind: z.string().nullable(),
  applicants: z.array(z.string()),
  cpc: z.array(z.string()),
  score: z.number(),
  highlights: z.array(
    z.object({
      field: z.enum(['title', 'abstract', 'claims', 'description']),
      text: z.string(),
      spans: z.array(z.tuple([z.number(), z.number()])),
    }),
  ),
})
export type SearchHit = z.infer<typeof SearchHit>

export const SearchPage = z.object({
  total: z.number(),
  /** False when the total is a lower bound (prose queries rank the best matches only). */
  totalIsExact: z.boolean(),
  hits: z.array(SearchHit),
  facets: z.object({
    country: Facet,
    year: Facet,
    cpc: Facet,
    applicant: Facet,
  }),
  facetSample: z.number().nullable(),
  /** How the query was read: the query language, prose, or prose translated from Chinese. */
  mode: z.enum(['boolean', 'text', 'translated']),
  /** The weighted terms prose was ranked with, best first. */
  understood: z.array(z.object({ term: z.string(), weight: z.number() })),
  tookMs: z.number(),
  backend: z.string(),
})
export type SearchPage = z.infer<typeof SearchPage>

const Related = z.object({
  id: z.string(),
  country: z.string(),
  kind: z.string().nullable(),
  pubDate: z.string().nullable(),
  stage: z.string(),
  title: z.string().nullable(),
  via: z.string(),
})

export const ClaimNode = z.object({
  number: z.number(),
  text: z.string(),
  independent: z.boolean(),
  dependsOn: z.array(z.number()),
  cancelled: z.boolean(),
})
export type ClaimNode = z.infer<typeof ClaimNode>

/** The patent page: allow-listed fields of the record plus family and citations. */
export const PatentDetail = z.object({
  id: z.string(),
  country: z.string(),
  number: z.string(),
  kind: z.string().nullable(),
  pubDate: z.string().nullable(),
  application: z.object({ number: z.string(), date: z.string().nullable() }).nullable(),
  documentType: z.string(),
  stage: z.string(),
  grantDate: z.string().nullable(),
  title: z.string(),
  abstract: z.string(),
  titles: z.array(z.object({ lang: z.string(), text: z.string() })),
  applicants: z.array(z.string()),
  assignees: z.array(z.string()),
  inventors: z.array(z.string()),
  classifications: z.array(z.object({ scheme: z.string(), symbol: z.string() })),
  priorityClaims: z.array(
    z.object({ country: z.string(), number: z.string(), date: z.string().nullable() }),
  ),
  claims: z.array(ClaimNode),
  claimsLang: z.string().nullable(),
  description: z.string(),
  family: z.array(Related),
  familyByCountry: z.array(
    z.object({
      country: z.string(),
      status: z.enum(['granted', 'pending', 'unknown']),
      members: z.array(z.string()),
    }),
  ),
  citations: z.array(
    z.object({
      id: z.string().nullable(),
      text: z.string(),
      category: z.string(),
      inStore: z.boolean(),
    }),
  ),
  citedBy: z.array(Related),
  source: z.object({ format: z.string(), file: z.string().nullable() }),
})
export type PatentDetail = z.infer<typeof PatentDetail>

const Count = z.array(z.object({ key: z.string(), count: z.number() }))
export const StoreStatsView = z.object({
  documents: z.number(),
  byCountry: Count,
  byKind: Count,
  byYear: Count,
  byType: Count,
})
export type StoreStatsView = z.infer<typeof StoreStatsView>

export const LandscapeQuery = z.object({ q: z.string().trim().min(1).max(2000) })
