import {
  connectorContext,
  ENV,
  fetchFromLens,
  fetchFromOdp,
  fetchFromOps,
  fetchFromPatentsView,
  fetchUsptoBulk,
  loadConnectorsConfig,
  type ConnectorsConfig,
  type FetchSummary,
} from '@chuhai/connectors'
import { createError } from '@chuhai/core'
import { ingest } from '@chuhai/ingest'
import { FetchRequest } from '@chuhai/api-client'
import type { z } from 'zod'
import type { AppContext } from '../context.js'
import type { JobHandler } from './job-handler.js'

type Params = z.infer<typeof FetchRequest>

/** The variables a service needs that are not set (environment or config file). */
export function missingCredentials(service: Params['service'], c: ConnectorsConfig): string[] {
  switch (service) {
    case 'uspto':
    case 'odp':
      return c.uspto.apiKey ? [] : [ENV.uspto.key]
    case 'ops': {
      const missing: string[] = []
      if (!c.epoOps.key) {
        missing.push(ENV.epoOps.key)
      }
      if (!c.epoOps.secret) {
        missing.push(ENV.epoOps.secret)
      }
      return missing
    }
    case 'patentsview':
      return c.patentsView.apiKey ? [] : [ENV.patentsView.key]
    case 'lens':
      return c.lens.token ? [] : [ENV.lens.key]
  }
}

const SERVICE_NAMES: Readonly<Record<Params['service'], string>> = {
  uspto: 'USPTO bulk data',
  ops: 'EPO OPS',
  odp: 'USPTO Open Data Portal',
  patentsview: 'PatentsView',
  lens: 'Lens',
}

/**
 * `fetch` jobs: one live connector (ADR 0010), as `chuhai fetch SERVICE` runs it, then the ingest
 * of what it wrote and the search index refresh. Credentials come from the server's environment
 * or config file; missing ones are refused at submission with the variables to set. Restart
 * safety is the connectors' (disk cache, resumable downloads) and the ingest's (checkpoints).
 */
export function fetchHandler(ctx: AppContext): JobHandler {
  // Environment (CHUHAI_*_KEY, CHUHAI_FETCH_DIR, …) over the config file, read at each use.
  const config = (): ConnectorsConfig => loadConnectorsConfig({})
  return {
    kind: 'fetch',
    schema: FetchRequest,
    permission: 'patents.import',
    check(_principal, params) {
      const p = params as Params
      const missing = missingCredentials(p.service, config())
      if (missing.length > 0) {
        throw createError('CONNECTOR_CREDENTIALS_MISSING', SERVICE_NAMES[p.service], missing)
      }
      return Promise.resolve()
    },
    async run(_job, raw, control) {
      const p = raw as Params
      let calls = 0
      const context = connectorContext(config(), {
        refresh: p.refresh,
        onEvent: (event) => {
          control.signal.throwIfAborted()
          if (event.kind === 'download') {
            control.progress({
              fraction: event.total ? event.bytes / event.total : null,
              message: `downloading ${event.file}`,
              detail: { bytes: event.bytes, ...(event.total ? { total: event.total } : {}) },
            })
          } else {
            calls += 1
            control.progress({
              fraction: null,
              message:
                event.kind === 'retry' || event.kind === 'throttle'
                  ? `${event.service}: ${'reason' in event ? event.reason : event.detail}`
                  : 'fetching',
              detail: { events: calls },
            })
          }
        },
      })
      control.progress({
        fraction: null,
        message: `fetching from ${SERVICE_NAMES[p.service]}`,
        detail: {},
      })
      const summary = await fetchOne(p, context)
      control.signal.throwIfAborted()
      let ingested: Awaited<ReturnType<typeof ingest>> | undefined
      if (p.ingest !== false && summary.files.length > 0) {
        ingested = await ingest(summary.files, {
          store: ctx.patents,
          ...(ctx.config.ingestWorkers === undefined ? {} : { workers: ctx.config.ingestWorkers }),
          maxErrors: 200,
          onProgress: (progress) => {
            control.signal.throwIfAborted()
            control.progress({
              fraction:
                progress.totalBytes > 0 ? Math.min(1, progress.bytes / progress.totalBytes) : null,
              message: `ingesting ${progress.file}`,
              detail: { documents: progress.documents, failed: progress.failed },
            })
          },
        })
        control.progress({ fraction: null, message: 'indexing for search', detail: {} })
        await ctx.searchIndex.refresh(control.signal)
      }
      return {
        service: summary.service,
        responses: summary.responses,
        fromCache: summary.fromCache,
        files: summary.files.length,
        errors: summary.errors.slice(0, 50),
        usage: summary.usage,
        ingest: ingested
          ? {
              documents: ingested.documents,
              inserted: ingested.inserted,
              replaced: ingested.replaced,
              unchanged: ingested.unchanged,
              failed: ingested.failed,
              errors: ingested.errors.slice(0, 50),
            }
          : null,
      }
    },
  }
}

async function fetchOne(
  p: Params,
  context: ReturnType<typeof connectorContext>,
): Promise<FetchSummary> {
  switch (p.service) {
    case 'uspto': {
      const summaries: FetchSummary[] = []
      for (const kind of p.kinds) {
        summaries.push(
          await fetchUsptoBulk(context, { kind, from: p.date!, ...(p.to ? { to: p.to } : {}) }),
        )
      }
      const [first, ...rest] = summaries
      for (const s of rest) {
        first!.files.push(...s.files)
        first!.errors.push(...s.errors)
        first!.responses += s.responses
        first!.fromCache += s.fromCache
      }
      return first!
    }
    case 'ops':
      return fetchFromOps(context, {
        numbers: p.numbers,
        ...(p.parts ? { parts: p.parts } : {}),
      })
    case 'odp':
      return fetchFromOdp(context, {
        applications: p.numbers,
        ...(p.query ? { query: p.query } : {}),
        ...(p.limit ? { limit: p.limit } : {}),
      })
    case 'patentsview':
      return fetchFromPatentsView(context, {
        patents: p.numbers,
        ...(p.query ? { query: p.query } : {}),
        ...(p.limit ? { size: p.limit } : {}),
      })
    case 'lens':
      return fetchFromLens(context, {
        lensIds: p.numbers,
        ...(p.query ? { query: p.query } : {}),
        ...(p.limit ? { limit: p.limit } : {}),
      })
  }
}
