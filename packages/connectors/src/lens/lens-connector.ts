import { join } from 'node:path'
import { ChuhaiError, createError } from '@chuhai/core'
import { z } from 'zod'
import { cacheTtlMs, serviceClient, type ConnectorContext } from '../connector-context.js'
import { ENV } from '../config/connector-env.js'
import { RateLimiter } from '../http/rate-limiter.js'
import { parseRetryAfter } from '../http/retry-policy.js'
import { writeFileAtomic } from '../output/atomic-file.js'
import { emptyFetchSummary, type FetchSummary } from '../output/fetch-summary.js'
import { isFatal } from '../output/fatal-errors.js'
import { expectJson, parseJsonBody } from '../output/validate-body.js'
import { slug } from '../uspto-odp/odp-connector.js'

/**
 * The `/patent/search` envelope. Records are kept whole; only `lens_id` and `jurisdiction` are
 * required, which the 2020 legacy, 2024 and 2026 patent schemas all have (scholarly records,
 * answered by the wrong endpoint, have no jurisdiction).
 */
export const LensSearchEnvelopeSchema = z.object({
  total: z.number().int().nonnegative(),
  data: z.array(z.object({ lens_id: z.string().min(1), jurisdiction: z.string().min(2) }).loose()),
})

/** Options of `fetchFromLens`. */
export interface LensFetchOptions {
  /** A Lens query: JSON (`{"match":{"title":"robot"}}`) or query-string text (`title:robot AND year_published:2024`). */
  readonly query?: string
  /** Lens ids (`031-156-664-516-153`). */
  readonly lensIds?: readonly string[]
  /** Records to fetch at most. Default is `100`. */
  readonly limit?: number
}

const SERVICE = 'Lens'
const PAGE = 100

/**
 * Searches the Lens patent API (`POST /patent/search`, bearer token) and writes the records as
 * JSON Lines, one record per line exactly as Lens returned it (the format of Lens's own
 * exports), in `<fetchDir>/lens/<query>-<from>.jsonl`. Pages of 100 up to `limit`. Lens's
 * `x-rate-limit-*` headers pace the requests.
 */
export async function fetchFromLens(
  context: ConnectorContext,
  options: LensFetchOptions,
): Promise<FetchSummary> {
  const { lens } = context.config
  const summary = emptyFetchSummary('lens')
  const limiter = new RateLimiter(context.clock, context.sleeper, lens.requestsPerMinute)
  const client = serviceClient(context, {
    service: SERVICE,
    credentialVars: [ENV.lens.key],
    requestsPerMinute: lens.requestsPerMinute,
    limiter,
    hooks: {
      authorize: () => {
        if (!lens.token) {
          throw createError('CONNECTOR_CREDENTIALS_MISSING', SERVICE, [ENV.lens.key])
        }
        return Promise.resolve({ authorization: `Bearer ${lens.token}` })
      },
      classify: (status, header) =>
        status === 429
          ? {
              kind: 'throttled',
              waitMs: parseRetryAfter(
                header('x-rate-limit-retry-after-seconds') ?? header('retry-after'),
                context.clock.now(),
              ),
              reason: 'HTTP 429 (Lens rate limit)',
            }
          : undefined,
      observe: (response) => {
        const minute = response.header('x-rate-limit-remaining-request-per-minute')
        const month = response.header('x-rate-limit-remaining-request-per-month')
        if (month !== undefined) {
          summary.usage.remainingRequestsPerMonth = Number(month)
        }
        if (minute === '0' && response.status < 300) {
          const wait =
            parseRetryAfter(
              response.header('x-rate-limit-retry-after-seconds'),
              context.clock.now(),
            ) ?? 60_000
          limiter.pauseUntil(context.clock.now() + wait)
        }
      },
    },
  })
  const query = lensQuery(options)
  const limit = Math.max(1, options.limit ?? 100)
  for (let from = 0; from < limit; from += PAGE) {
    const body = JSON.stringify({ query, size: Math.min(PAGE, limit - from), from })
    const item = `${options.query ?? options.lensIds?.join(',')} @${from}`
    try {
      const fetched = await client.fetch({
        method: 'POST',
        url: `${lens.baseUrl}/patent/search`,
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body,
        cacheTtlMs: cacheTtlMs(context),
        what: item,
        validate: expectJson(LensSearchEnvelopeSchema),
      })
      summary.responses++
      summary.fromCache += fetched.fromCache ? 1 : 0
      const parsed = parseJsonBody(fetched.body)
      const page = LensSearchEnvelopeSchema.parse('value' in parsed ? parsed.value : {})
      if (page.data.length > 0) {
        const target = join(
          context.config.fetchDir,
          'lens',
          `${slug(JSON.stringify(query))}-${from}.jsonl`,
        )
        await writeFileAtomic(target, `${page.data.map((r) => JSON.stringify(r)).join('\n')}\n`)
        summary.files.push(target)
      }
      if (page.data.length === 0 || from + page.data.length >= page.total) {
        break
      }
    } catch (error) {
      if (!(error instanceof ChuhaiError) || isFatal(error)) {
        throw error
      }
      summary.errors.push({ item, code: error.code, reason: error.message })
      break
    }
  }
  return summary
}

function lensQuery(options: LensFetchOptions): unknown {
  if (options.lensIds && options.lensIds.length > 0) {
    return { terms: { lens_id: options.lensIds } }
  }
  const text = options.query?.trim()
  if (!text) {
    throw createError('USAGE', 'give a Lens query (--query) or Lens ids')
  }
  if (text.startsWith('{')) {
    try {
      return JSON.parse(text) as unknown
    } catch (error) {
      throw createError('USAGE', `--query looks like JSON but is not: ${(error as Error).message}`)
    }
  }
  return { query_string: { query: text } }
}
