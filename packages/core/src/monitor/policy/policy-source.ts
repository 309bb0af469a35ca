import { z } from 'zod'
import { createError } from '../../errors.js'

/** Jurisdictions the tracker classifies into (ST.3 codes; UPC and WO for the court and WIPO). */
export const POLICY_JURISDICTIONS = ['US', 'EP', 'CN', 'JP', 'KR', 'GB', 'WO', 'UPC', 'DE'] as const
export type PolicyJurisdiction = (typeof POLICY_JURISDICTIONS)[number]

/** Topics of the tracker. */
export const POLICY_TOPICS = ['ai_software', 'fees', 'procedure', 'litigation', 'pct'] as const
export type PolicyTopic = (typeof POLICY_TOPICS)[number]

/** One source: a feed, a tracked page, or the Federal Register API. */
export const PolicySource = z
  .object({
    /** Stable id, kebab-case. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: z.string().min(1),
    /** The office or court that publishes it; items default to this jurisdiction. */
    jurisdiction: z.enum(POLICY_JURISDICTIONS),
    /**
     * `feed`: RSS 2.0, RSS 1.0 (RDF) or Atom 1.0, items de-duplicated by guid/id;
     * `page`: an HTML page tracked as one document, a change raises a diff;
     * `federal-register`: the Federal Register API documents.json search.
     */
    kind: z.enum(['feed', 'page', 'federal-register']),
    url: z.url({ protocol: /^https?$/ }),
    /** When to fetch it (cron). Default daily at 06:00 UTC. */
    cron: z.string().default('0 6 * * *'),
    /** Topics every item of this source has (a fee schedule page: `fees`). */
    topics: z.array(z.enum(POLICY_TOPICS)).default([]),
    /** Where the URL comes from and whether it was checked. */
    note: z.string().optional(),
  })
  .strict()
export type PolicySource = z.infer<typeof PolicySource>

/** The sources file (`policy-sources.json`). */
export const PolicySourcesFile = z
  .object({
    version: z.string().min(1),
    note: z.string().optional(),
    sources: z.array(PolicySource),
  })
  .strict()
export type PolicySourcesFile = z.infer<typeof PolicySourcesFile>

/** Validates a sources file; `where` names it in errors. Ids must be unique. */
export function parsePolicySources(input: unknown, where: string): PolicySourcesFile {
  const parsed = PolicySourcesFile.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw createError(
      'POLICY_SOURCES_INVALID',
      where,
      `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    )
  }
  const seen = new Set<string>()
  for (const s of parsed.data.sources) {
    if (seen.has(s.id)) {
      throw createError('POLICY_SOURCES_INVALID', where, `duplicate source id ${s.id}`)
    }
    seen.add(s.id)
  }
  return parsed.data
}

/** An item read from a source, before classification. */
export interface PolicyItemInput {
  readonly source: string
  /** Feed guid/id, Federal Register document number, or the page URL. */
  readonly guid: string
  readonly url: string | undefined
  readonly title: string
  readonly summary: string
  /** YYYY-MM-DD, when the source gives it. */
  readonly published: string | undefined
}
