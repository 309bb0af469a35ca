import { join } from 'node:path'
import { ChuhaiError, createError } from '@chuhai/core'
import { serviceClient, type ConnectorContext } from '../connector-context.js'
import { ENV, SERVICE_DEFAULTS } from '../config/connector-env.js'
import { emptyFetchSummary, type FetchSummary } from '../output/fetch-summary.js'
import { isFatal } from '../output/fatal-errors.js'
import { expectJson, parseJsonBody } from '../output/validate-body.js'
import { usptoKeyHeaders } from '../uspto-odp/odp-auth.js'
import { BULK_PRODUCTS, BulkProductSchema, selectBulkFiles, type BulkKind } from './bulk-listing.js'
import { downloadResumable, type DownloadResult } from './resumable-download.js'

/** Options of `fetchUsptoBulk`. */
export interface UsptoBulkOptions {
  readonly kind: BulkKind
  /** First issue/publication date, `YYYY-MM-DD`. */
  readonly from: string
  /** Last date. Default is `from`. */
  readonly to?: string
}

/** The bulk result: the fetch summary plus one line per file. */
export interface UsptoBulkSummary extends FetchSummary {
  readonly downloads: (DownloadResult & { readonly file: string })[]
}

const SERVICE = 'USPTO bulk data'

/** Listings change weekly; keep one for an hour. */
const LISTING_TTL_MS = 3_600_000

/**
 * Downloads the weekly USPTO full-text bulk files (`ipgYYMMDD.zip` grants, `ipaYYMMDD.zip`
 * applications) dated within a range: the ODP dataset listing names the files, sizes and
 * download URLs; each file is downloaded resumably into `<fetchDir>/uspto-bulk/<product>/` and
 * checked before it appears under its final name, ready for ingest.
 */
export async function fetchUsptoBulk(
  context: ConnectorContext,
  options: UsptoBulkOptions,
): Promise<UsptoBulkSummary> {
  const to = options.to ?? options.from
  for (const [flag, value] of [
    ['--date/--from', options.from],
    ['--to', to],
  ] as const) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
      throw createError('USAGE', `${flag} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`)
    }
  }
  const product = BULK_PRODUCTS[options.kind]
  const { uspto } = context.config
  const client = serviceClient(context, {
    service: SERVICE,
    credentialVars: [ENV.uspto.key],
    requestsPerMinute: uspto.requestsPerMinute,
    hooks: { authorize: () => Promise.resolve(usptoKeyHeaders(uspto.apiKey, SERVICE)) },
  })
  const query = new URLSearchParams({ fileDataFromDate: options.from, fileDataToDate: to })
  const listing = await client.fetch({
    method: 'GET',
    url: `${uspto.baseUrl}/api/v1/datasets/products/${product.id}?${query.toString()}`,
    headers: { accept: 'application/json' },
    cacheTtlMs: context.cache ? LISTING_TTL_MS : 0,
    what: `${product.id} listing ${options.from}..${to}`,
    validate: expectJson(BulkProductSchema),
  })
  const parsed = parseJsonBody(listing.body)
  const files = selectBulkFiles(
    BulkProductSchema.parse('value' in parsed ? parsed.value : {}),
    options.from,
    to,
  )
  const summary: UsptoBulkSummary = { ...emptyFetchSummary('uspto-bulk'), downloads: [] }
  summary.responses++
  summary.fromCache += listing.fromCache ? 1 : 0
  if (files.length === 0) {
    throw createError(
      'CONNECTOR_NOT_FOUND',
      SERVICE,
      `no ${product.id} file dated ${options.from}${to === options.from ? '' : `..${to}`} (${options.kind} are published weekly on ${product.weekday}s)`,
    )
  }
  for (const file of files) {
    try {
      const result = await downloadResumable(
        client,
        {
          url: rebase(file.fileDownloadURI, uspto.baseUrl),
          target: join(context.config.fetchDir, 'uspto-bulk', product.id, file.fileName),
          expectedSize: file.fileSize,
          category: 'download',
        },
        {
          retry: context.config.retry,
          sleeper: context.sleeper,
          random: context.deps.random,
          onEvent: context.deps.onEvent,
        },
      )
      summary.downloads.push({ ...result, file: file.fileName })
      summary.files.push(result.path)
    } catch (error) {
      if (!(error instanceof ChuhaiError) || isFatal(error)) {
        throw error
      }
      summary.errors.push({ item: file.fileName, code: error.code, reason: error.message })
    }
  }
  return summary
}

/**
 * Download URLs in the listing are absolute (`https://api.uspto.gov/...`); when the base URL is
 * overridden (a mirror, a proxy, a test server) they are moved onto it.
 */
function rebase(uri: string, baseUrl: string): string {
  const official = SERVICE_DEFAULTS.uspto.baseUrl
  return uri.startsWith(`${official}/`) && baseUrl !== official
    ? `${baseUrl}${uri.slice(official.length)}`
    : uri
}
