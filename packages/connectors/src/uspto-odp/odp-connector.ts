import { join } from 'node:path'
import { ChuhaiError } from '@chuhai/core'
import { z } from 'zod'
import { cacheTtlMs, serviceClient, type ConnectorContext } from '../connector-context.js'
import { ENV } from '../config/connector-env.js'
import { writeFileAtomic } from '../output/atomic-file.js'
import { emptyFetchSummary, type FetchSummary } from '../output/fetch-summary.js'
import { isFatal } from '../output/fatal-errors.js'
import { expectJson } from '../output/validate-body.js'
import { usptoKeyHeaders } from './odp-auth.js'

/** The envelope of ODP application and search responses (recorded in `api-responses/uspto_odp`). */
export const OdpEnvelopeSchema = z.object({
  count: z.number().int().nonnegative(),
  patentFileWrapperDataBag: z.array(
    z.object({ applicationNumberText: z.string().optional() }).loose(),
  ),
})

/** Options of `fetchFromOdp`: application numbers, a search, or both. */
export interface OdpFetchOptions {
  /** Application numbers (`17248024`, `17/248,024`). */
  readonly applications?: readonly string[]
  /** An ODP search query (`q=` syntax, e.g. `applicationMetaData.inventionTitle:robot`). */
  readonly query?: string
  /** Results of the search. Default is `25`; ODP pages hold at most 100. */
  readonly limit?: number
}

const SERVICE = 'USPTO ODP'

/**
 * Fetches patent file-wrapper records from the USPTO Open Data Portal (`X-API-KEY`): one JSON
 * file per application (`<fetchDir>/uspto-odp/<number>.json`) and one per search page, exactly
 * as ODP sent them once the envelope is checked.
 */
export async function fetchFromOdp(
  context: ConnectorContext,
  options: OdpFetchOptions,
): Promise<FetchSummary> {
  const { uspto } = context.config
  const summary = emptyFetchSummary('uspto-odp')
  const client = serviceClient(context, {
    service: SERVICE,
    credentialVars: [ENV.uspto.key],
    requestsPerMinute: uspto.requestsPerMinute,
    hooks: { authorize: () => Promise.resolve(usptoKeyHeaders(uspto.apiKey, SERVICE)) },
  })
  const get = async (item: string, url: string, target: string): Promise<void> => {
    try {
      const fetched = await client.fetch({
        method: 'GET',
        url,
        headers: { accept: 'application/json' },
        cacheTtlMs: cacheTtlMs(context),
        what: item,
        validate: expectJson(OdpEnvelopeSchema),
      })
      summary.responses++
      summary.fromCache += fetched.fromCache ? 1 : 0
      await writeFileAtomic(target, fetched.body)
      summary.files.push(target)
    } catch (error) {
      if (!(error instanceof ChuhaiError) || isFatal(error)) {
        throw error
      }
      summary.errors.push({ item, code: error.code, reason: error.message })
    }
  }
  for (const given of options.applications ?? []) {
    const number = given.replace(/[\s/,.-]/g, '')
    if (!/^(\d{8}|PCT[A-Z]{2}\d{4}\d{6})$/i.test(number)) {
      summary.errors.push({
        item: given,
        code: 'NUMBER_INVALID',
        reason: `not an application number: ${JSON.stringify(given)}`,
      })
      continue
    }
    await get(
      number,
      `${uspto.baseUrl}/api/v1/patent/applications/${number}`,
      join(context.config.fetchDir, 'uspto-odp', `${number}.json`),
    )
  }
  if (options.query !== undefined) {
    const limit = Math.max(1, options.limit ?? 25)
    for (let offset = 0; offset < limit; offset += 100) {
      const params = new URLSearchParams({
        q: options.query,
        offset: String(offset),
        limit: String(Math.min(100, limit - offset)),
      })
      const name = `search-${slug(options.query)}-${offset}.json`
      const before = summary.files.length
      await get(
        `search ${options.query} @${offset}`,
        `${uspto.baseUrl}/api/v1/patent/applications/search?${params.toString()}`,
        join(context.config.fetchDir, 'uspto-odp', name),
      )
      if (summary.files.length === before) {
        break
      }
    }
  }
  return summary
}

/** A file-name-safe form of a query: its words, then a short hash so two queries never collide. */
export function slug(query: string): string {
  let hash = 0
  for (const ch of query) {
    hash = (Math.imul(hash, 31) + ch.codePointAt(0)!) >>> 0
  }
  const words = query
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
  return `${words || 'query'}-${hash.toString(16).padStart(8, '0')}`
}
