import { z } from 'zod'

/**
 * The organisation's watchlists (ADR 0015, ownership ADR 0026). A watch made through the API
 * belongs to the caller's organisation; the server validates it fully with the watch schema of
 * `@chuhai/core/monitor` (422 naming the field), so this contract only bounds the shape.
 */
export const CreateWatchRequest = z
  .object({
    name: z.string().trim().min(1).max(120),
    applicant: z.string().trim().min(1).max(500).optional(),
    includeSubsidiaries: z.boolean().optional(),
    cpc: z.array(z.string().max(50)).max(200).optional(),
    query: z.string().trim().min(1).max(4000).optional(),
    publications: z.array(z.string().max(40)).max(5000).optional(),
    families: z.array(z.string().max(40)).max(5000).optional(),
    cites: z.array(z.string().max(40)).max(5000).optional(),
    countries: z.array(z.string().length(2)).max(250).optional(),
    cron: z.string().max(120).optional(),
    timezone: z.string().max(64).optional(),
    expiryDays: z.number().int().min(0).max(3650).optional(),
    email: z.array(z.string().max(320)).max(50).optional(),
    webhooks: z
      .array(z.object({ url: z.string().max(2000), secret: z.string().min(16).max(500) }).strict())
      .max(10)
      .optional(),
  })
  .strict()
export type CreateWatchRequest = z.input<typeof CreateWatchRequest>

/** A watch's name as the path parameter of `/api/watches/:name`. */
export const WatchNameParam = z.object({ name: z.string().min(1).max(200) })

/** One watch of the organisation; webhook secrets are never returned. */
export const WatchView = z.object({
  name: z.string(),
  applicant: z.string().nullable(),
  cpc: z.array(z.string()),
  query: z.string().nullable(),
  publications: z.array(z.string()),
  families: z.array(z.string()),
  cites: z.array(z.string()),
  countries: z.array(z.string()),
  cron: z.string(),
  timezone: z.string(),
  expiryDays: z.number(),
  email: z.array(z.string()),
  webhooks: z.array(z.string()),
  createdAt: z.string(),
  lastRunAt: z.string().nullable(),
  baselineAt: z.string().nullable(),
})
export type WatchView = z.infer<typeof WatchView>

/** One alert a watch raised. */
export const AlertView = z.object({
  id: z.number(),
  watch: z.string(),
  kind: z.string(),
  publicationNumber: z.string(),
  date: z.string(),
  summary: z.string(),
  createdAt: z.string(),
})
export type AlertView = z.infer<typeof AlertView>

/** A watch with its newest alerts (up to `limit`, newest last). */
export const WatchDetail = WatchView.extend({ alerts: z.array(AlertView) })
export type WatchDetail = z.infer<typeof WatchDetail>

/** Query of a watch's alerts. */
export const WatchAlertsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(200),
})
