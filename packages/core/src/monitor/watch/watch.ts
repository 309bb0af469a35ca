import { z } from 'zod'
import { createError } from '../../errors.js'
import { normalizeCpc } from '../../model/classification.js'
import { validateCron } from './schedule.js'
import { compileWatchQuery } from './watch-query.js'

const Country = z.string().regex(/^[A-Z]{2}$/)
const PublicationId = z.string().regex(/^[A-Z]{2}-[A-Z0-9]+(-[A-Z0-9]{1,3})?$/)

/** A signed webhook a watch posts its alerts to. */
export const WebhookTarget = z
  .object({
    url: z.url({ protocol: /^https?$/ }),
    /** HMAC-SHA256 key; kept in the store, never printed. */
    secret: z.string().min(16),
  })
  .strict()
export type WebhookTarget = z.infer<typeof WebhookTarget>

/**
 * A watchlist. The criteria are combined with AND; a watch needs at least one of `applicant`,
 * `cpc`, `query`, `publications`, `families` or `cites`.
 */
export const WatchDefinition = z
  .object({
    /** Unique, shown in alerts. */
    name: z.string().trim().min(1).max(120),
    /** An applicant name in any spelling; resolved through the applicant entities. */
    applicant: z.string().trim().min(1).optional(),
    /** Include the subsidiaries of the applicant's entity. Default `true`. */
    includeSubsidiaries: z.boolean().default(true),
    /** CPC/IPC prefixes (`G06N`, `G06N 3/08`), normalised; any of them matches. */
    cpc: z.array(z.string()).default([]),
    /** A full-text query in the search syntax, read as Boolean (`compileWatchQuery`). */
    query: z.string().trim().min(1).optional(),
    /** Specific publications (canonical ids `US-10000000-B2`). */
    publications: z.array(PublicationId).default([]),
    /** Families (DOCDB or INPADOC family ids) to follow. */
    families: z.array(z.string().min(1)).default([]),
    /** Our own patents: alert when a new document cites one of them. */
    cites: z.array(PublicationId).default([]),
    /** Countries we care about; empty means every country. */
    countries: z.array(Country).default([]),
    /** When the watch runs (5-field cron, or 6 with seconds). Default: every day at 07:00. */
    cron: z.string().default('0 7 * * *'),
    /** IANA time zone of the cron expression. Default `UTC`. */
    timezone: z.string().default('UTC'),
    /** Alert this many days before a watched patent's expiry. Default `180`; 0 turns it off. */
    expiryDays: z.number().int().min(0).max(3650).default(180),
    /** E-mail digest recipients. */
    email: z.array(z.email()).default([]),
    webhooks: z.array(WebhookTarget).default([]),
  })
  .strict()
export type WatchDefinition = z.infer<typeof WatchDefinition>
/** What `WatchDefinition` accepts before defaults are applied. */
export type WatchInput = z.input<typeof WatchDefinition>

/**
 * Validates a watch and normalises its CPC prefixes. Throws `MONITOR_INVALID_WATCH` naming the
 * field, or `MONITOR_INVALID_CRON`.
 */
export function parseWatch(input: WatchInput): WatchDefinition {
  const parsed = WatchDefinition.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw createError(
      'MONITOR_INVALID_WATCH',
      issue?.path.join('.') || 'watch',
      issue?.message ?? '',
    )
  }
  const watch = parsed.data
  const cpc = watch.cpc.map((c) => {
    const n = normalizeCpc(c)
    if (!n) {
      throw createError(
        'MONITOR_INVALID_WATCH',
        'cpc',
        `${JSON.stringify(c)} is not a CPC/IPC symbol`,
      )
    }
    return n
  })
  const hasCriterion =
    watch.applicant !== undefined ||
    cpc.length > 0 ||
    watch.query !== undefined ||
    watch.publications.length > 0 ||
    watch.families.length > 0 ||
    watch.cites.length > 0
  if (!hasCriterion) {
    throw createError(
      'MONITOR_INVALID_WATCH',
      'criteria',
      'give at least one of --applicant, --cpc, --query, --publications, --families, --cites',
    )
  }
  validateCron(watch.cron, watch.timezone)
  if (watch.query !== undefined) {
    compileWatchQuery(watch.query) // refuses a malformed query when the watch is added
  }
  return { ...watch, cpc }
}

/**
 * The `[low, high)` range of stored symbols a CPC prefix covers: `G06N` → `['G06N', 'G06O')`,
 * `G06N 3` → `['G06N 3/', 'G06N 30')` (group 3, not 30), `G06N 3/08` → itself and its
 * sub-subgroups `G06N 3/08…`.
 */
export function cpcRange(prefix: string): readonly [string, string] {
  const low = /^[A-HY]\d\d[A-Z] \d+$/.test(prefix) ? `${prefix}/` : prefix
  const last = low.charCodeAt(low.length - 1)
  return [low, low.slice(0, -1) + String.fromCharCode(last + 1)]
}
