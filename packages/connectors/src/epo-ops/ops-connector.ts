import { join } from 'node:path'
import { ChuhaiError } from '@chuhai/core'
import { cacheTtlMs, serviceClient, type ConnectorContext } from '../connector-context.js'
import { ENV } from '../config/connector-env.js'
import { RateLimiter } from '../http/rate-limiter.js'
import { parseRetryAfter } from '../http/retry-policy.js'
import type { ServiceClient } from '../http/service-client.js'
import { writeFileAtomic } from '../output/atomic-file.js'
import { emptyFetchSummary, type FetchSummary } from '../output/fetch-summary.js'
import { expectXml } from '../output/validate-body.js'
import { isFatal } from '../output/fatal-errors.js'
import { OpsTokenManager } from './ops-auth.js'
import { classifyOpsRejection } from './ops-rejection.js'
import { parseOpsNumber, type OpsNumber } from './ops-number.js'
import { opsCategory, parseThrottlingControl } from './ops-throttling.js'

/** What OPS can return for one publication. */
export const OPS_PARTS = ['biblio', 'family', 'legal', 'fulltext'] as const

/** One of `OPS_PARTS`. */
export type OpsPart = (typeof OPS_PARTS)[number]

/** Options of `fetchFromOps`. */
export interface OpsFetchOptions {
  /** Publication numbers in any usual spelling (`EP1000000A1`, `EP 1000000`). */
  readonly numbers: readonly string[]
  /** Default is every part. */
  readonly parts?: readonly OpsPart[]
}

const SERVICE = 'EPO OPS'
const VARIABLES = [ENV.epoOps.key, ENV.epoOps.secret]

/**
 * The order parts are fetched and handed to ingest. Each OPS answer becomes its own, partial record
 * of the publication, and the store keeps the last version written, so the bibliographic answer
 * (titles, abstract, parties, classifications) goes last. Merging the parts into one record is a
 * store concern (see the report of issue 3 part 3).
 */
function ingestOrder(parts: readonly OpsPart[]): OpsPart[] {
  const rank: Record<OpsPart, number> = { fulltext: 0, legal: 1, family: 2, biblio: 3 }
  return [...parts].sort((a, b) => rank[a] - rank[b])
}

/** REST paths (under `rest-services/`) and output names per part. */
function requests(n: OpsNumber, part: OpsPart): { path: string; file: string }[] {
  const id = encodeURIComponent(n.epodoc)
  switch (part) {
    case 'biblio':
      return [{ path: `published-data/publication/epodoc/${id}/biblio`, file: 'biblio.xml' }]
    case 'family':
      return [{ path: `family/publication/epodoc/${id}/biblio`, file: 'family.xml' }]
    case 'legal':
      return [{ path: `legal/publication/epodoc/${id}`, file: 'legal.xml' }]
    case 'fulltext':
      return [
        { path: `published-data/publication/epodoc/${id}/claims`, file: 'claims.xml' },
        { path: `published-data/publication/epodoc/${id}/description`, file: 'description.xml' },
      ]
  }
}

/**
 * Fetches bibliographic data, the INPADOC family, legal status and full text of publications
 * from EPO OPS 3.2 and writes each response, checked to be well-formed OPS XML, as
 * `<fetchDir>/epo-ops/<number>/<part>.xml` for ingest. Requests are paced by OPS's own
 * `X-Throttling-Control` figures per service; quota counters are reported in the summary.
 * A publication or part OPS does not have is reported and the batch goes on; missing or
 * rejected credentials and an exhausted quota stop it.
 */
export async function fetchFromOps(
  context: ConnectorContext,
  options: OpsFetchOptions,
): Promise<FetchSummary> {
  const summary = emptyFetchSummary('epo-ops')
  const client = opsClient(context, summary)
  const base = `${context.config.epoOps.baseUrl}/rest-services`
  for (const given of options.numbers) {
    let number: OpsNumber
    try {
      number = parseOpsNumber(given)
    } catch (error) {
      summary.errors.push({
        item: given,
        code: (error as ChuhaiError).code,
        reason: (error as Error).message,
      })
      continue
    }
    for (const part of ingestOrder(options.parts ?? OPS_PARTS)) {
      for (const { path, file } of requests(number, part)) {
        try {
          const fetched = await client.fetch({
            method: 'GET',
            url: `${base}/${path}`,
            headers: { accept: 'application/xml' },
            category: opsCategory(path),
            cacheTtlMs: cacheTtlMs(context),
            what: `${number.epodoc} ${file.replace('.xml', '')}`,
            validate: expectXml('ops:world-patent-data'),
          })
          summary.responses++
          summary.fromCache += fetched.fromCache ? 1 : 0
          const target = join(context.config.fetchDir, 'epo-ops', number.stem, file)
          await writeFileAtomic(target, fetched.body)
          summary.files.push(target)
        } catch (error) {
          if (!(error instanceof ChuhaiError) || isFatal(error)) {
            throw error
          }
          summary.errors.push({
            item: `${given} ${file.replace('.xml', '')}`,
            code: error.code,
            reason: error.message,
          })
        }
      }
    }
  }
  return summary
}

/** The OPS service client: OAuth tokens, OPS throttling and fair-use handling. */
function opsClient(context: ConnectorContext, summary: FetchSummary): ServiceClient {
  const { epoOps } = context.config
  const limiter = new RateLimiter(context.clock, context.sleeper, epoOps.requestsPerMinute)
  const tokenClient = serviceClient(context, {
    service: SERVICE,
    credentialVars: VARIABLES,
    requestsPerMinute: epoOps.requestsPerMinute,
    limiter,
  })
  const tokens = new OpsTokenManager({
    baseUrl: epoOps.baseUrl,
    key: epoOps.key,
    secret: epoOps.secret,
    variables: VARIABLES,
    client: tokenClient,
    clock: context.clock,
    // The token file lives in the cache folder even when response caching is off.
    cacheDir: context.config.cacheDir,
  })
  return serviceClient(context, {
    service: SERVICE,
    credentialVars: VARIABLES,
    requestsPerMinute: epoOps.requestsPerMinute,
    limiter,
    // OPS sends Retry-After in milliseconds.
    retryAfterUnitMs: 1,
    hooks: {
      authorize: async () => ({ authorization: `Bearer ${await tokens.token()}` }),
      refreshAuth: () => tokens.refresh(),
      classify: (status, header, body) =>
        classifyOpsRejection(status, header, body, context.clock.now()),
      observe: (response) => {
        const throttling = parseThrottlingControl(response.header('x-throttling-control'))
        for (const [name, state] of Object.entries(throttling?.services ?? {})) {
          if (state.colour === 'black' || state.perMinute === 0) {
            const wait =
              parseRetryAfter(response.header('retry-after'), context.clock.now(), 1) ?? 60_000
            limiter.pauseCategory(name, context.clock.now() + wait)
            context.deps.onEvent?.({
              kind: 'throttle',
              service: SERVICE,
              detail: `${name} is black: paused ${wait} ms`,
            })
          } else {
            limiter.setRate(name, state.perMinute)
          }
        }
        if (throttling) {
          summary.usage.throttling = response.header('x-throttling-control')!
        }
        for (const [header, key] of [
          ['x-individualquotaperhour-used', 'individualQuotaPerHourUsed'],
          ['x-registeredquotaperweek-used', 'registeredQuotaPerWeekUsed'],
        ] as const) {
          const value = Number(response.header(header))
          if (Number.isFinite(value) && response.header(header) !== undefined) {
            summary.usage[key] = value
          }
        }
      },
    },
  })
}
