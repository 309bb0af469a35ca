import { join } from 'node:path'
import { ChuhaiError, createError } from '@chuhai/core'
import { z } from 'zod'
import { cacheTtlMs, serviceClient, type ConnectorContext } from '../connector-context.js'
import { ENV } from '../config/connector-env.js'
import { writeFileAtomic } from '../output/atomic-file.js'
import { emptyFetchSummary, type FetchSummary } from '../output/fetch-summary.js'
import { isFatal } from '../output/fatal-errors.js'
import { expectJson } from '../output/validate-body.js'
import { slug } from '../uspto-odp/odp-connector.js'

/** The PatentSearch API response envelope of `POST /api/v1/patent/`. */
export const PatentSearchEnvelopeSchema = z.object({
  error: z.literal(false),
  count: z.number().int().nonnegative(),
  total_hits: z.number().int().nonnegative(),
  patents: z.array(z.object({ patent_id: z.string() }).loose()),
})

/** Options of `fetchFromPatentsView`. */
export interface PatentsViewFetchOptions {
  /** Patent numbers (`11646472`, `US 11,646,472 B2`); fetched in one request. */
  readonly patents?: readonly string[]
  /** A PatentSearch query object as JSON text (`{"_text_any":{"patent_title":"robot"}}`). */
  readonly query?: string
  /** Fields to return. Default is the API's default field set. */
  readonly fields?: readonly string[]
  /** Results per request (the API allows up to 1000). Default is `100`. */
  readonly size?: number
}

const SERVICE = 'PatentsView PatentSearch'

/**
 * Queries the PatentsView PatentSearch API (`X-Api-Key`; 45 requests per minute) and writes each
 * checked response as `<fetchDir>/patentsview/<query>.json`.
 */
export async function fetchFromPatentsView(
  context: ConnectorContext,
  options: PatentsViewFetchOptions,
): Promise<FetchSummary> {
  const { patentsView } = context.config
  const summary = emptyFetchSummary('patentsview')
  const client = serviceClient(context, {
    service: SERVICE,
    credentialVars: [ENV.patentsView.key],
    requestsPerMinute: patentsView.requestsPerMinute,
    hooks: {
      authorize: () => {
        if (!patentsView.apiKey) {
          throw createError('CONNECTOR_CREDENTIALS_MISSING', SERVICE, [ENV.patentsView.key])
        }
        return Promise.resolve({ 'x-api-key': patentsView.apiKey })
      },
    },
  })
  const queries: { item: string; q: unknown }[] = []
  if (options.patents && options.patents.length > 0) {
    const ids = options.patents.map((p) =>
      p
        .toUpperCase()
        .replace(/^US/, '')
        .replace(/[\s,]/g, '')
        .replace(/[A-Z]\d?$/, ''),
    )
    queries.push({ item: `patents ${ids.join(',')}`, q: { patent_id: ids } })
  }
  if (options.query !== undefined) {
    let q: unknown
    try {
      q = JSON.parse(options.query)
    } catch (error) {
      throw createError(
        'USAGE',
        `--query must be a PatentSearch query in JSON: ${(error as Error).message}`,
      )
    }
    queries.push({ item: options.query, q })
  }
  for (const { item, q } of queries) {
    const body = JSON.stringify({
      q,
      ...(options.fields ? { f: options.fields } : {}),
      o: { size: options.size ?? 100 },
    })
    try {
      const fetched = await client.fetch({
        method: 'POST',
        url: `${patentsView.baseUrl}/api/v1/patent/`,
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body,
        cacheTtlMs: cacheTtlMs(context),
        what: item,
        validate: expectJson(PatentSearchEnvelopeSchema),
      })
      summary.responses++
      summary.fromCache += fetched.fromCache ? 1 : 0
      const target = join(context.config.fetchDir, 'patentsview', `${slug(body)}.json`)
      await writeFileAtomic(target, fetched.body)
      summary.files.push(target)
    } catch (error) {
      if (!(error instanceof ChuhaiError) || isFatal(error)) {
        throw error
      }
      summary.errors.push({ item, code: error.code, reason: error.message })
    }
  }
  return summary
}
