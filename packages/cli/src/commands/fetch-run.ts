import type { Command } from 'commander'
import type { ConnectorContext, ConnectorEvent, FetchSummary } from '@chuhai/connectors'
import type { IngestSummary } from '@chuhai/ingest'
import { openStore } from '../db.js'
import { EXIT } from '../exit-codes.js'
import { describe, toJson } from './ingest.command.js'

/** Flags shared by the `chuhai fetch` subcommands. */
export interface FetchFlags {
  db?: string
  config?: string
  out?: string
  refresh?: boolean
  ingest?: boolean
  json?: boolean
}

/**
 * Loads the configuration, runs one connector, ingests the files it wrote and prints both
 * summaries. Exit code 1 when any item could not be fetched or (always) a document failed.
 */
export async function runFetch(
  flags: FetchFlags,
  setExit: (code: number) => void,
  fetch: (context: ConnectorContext) => Promise<FetchSummary>,
): Promise<void> {
  const { connectorContext, loadConnectorsConfig } = await import('@chuhai/connectors')
  const loaded = loadConnectorsConfig({ file: flags.config })
  const config = flags.out
    ? { ...loaded, fetchDir: (await import('node:path')).resolve(flags.out) }
    : loaded
  const context = connectorContext(config, { refresh: flags.refresh, onEvent: printEvent })
  const summary = await fetch(context)
  let ingested: IngestSummary | undefined
  if (flags.ingest !== false && summary.files.length > 0) {
    const { ingest } = await import('@chuhai/ingest')
    const store = openStore(flags.db)
    try {
      ingested = await ingest(summary.files, { store })
    } finally {
      await store.close()
    }
  }
  process.stdout.write(
    flags.json
      ? `${JSON.stringify(asJson(summary, ingested))}\n`
      : text(summary, ingested, config.fetchDir),
  )
  setExit(summary.errors.length > 0 || (ingested?.failed ?? 0) > 0 ? EXIT.failure : EXIT.ok)
}

function asJson(s: FetchSummary, ingested: IngestSummary | undefined): Record<string, unknown> {
  return {
    fetch: {
      service: s.service,
      responses: s.responses,
      from_cache: s.fromCache,
      files: s.files,
      errors: s.errors,
      usage: s.usage,
      ...('downloads' in s ? { downloads: s.downloads } : {}),
    },
    ingest: ingested ? toJson(ingested) : null,
  }
}

function text(s: FetchSummary, ingested: IngestSummary | undefined, dir: string): string {
  const lines = [
    `${s.service}: ${s.responses} responses (${s.fromCache} from cache), ${s.files.length} files written under ${dir}, ${s.errors.length} errors`,
  ]
  for (const e of s.errors) {
    lines.push(`error ${e.item}: ${e.reason}`)
  }
  for (const [k, v] of Object.entries(s.usage)) {
    lines.push(`${k}: ${v}`)
  }
  return `${lines.join('\n')}\n${ingested ? describe(ingested) : ''}`
}

function printEvent(event: ConnectorEvent): void {
  switch (event.kind) {
    case 'retry':
      process.stderr.write(
        `${event.service}: ${event.reason}; retry ${event.attempt} in ${(event.waitMs / 1000).toFixed(1)} s\n`,
      )
      return
    case 'throttle':
      process.stderr.write(`${event.service}: ${event.detail}\n`)
      return
    case 'download':
      if (process.stderr.isTTY) {
        const total = event.total ? ` of ${(event.total / 1e6).toFixed(1)}` : ''
        process.stderr.write(`\r${event.file}: ${(event.bytes / 1e6).toFixed(1)}${total} MB`)
      }
      return
    case 'cache-hit':
      return
  }
}

/** The options every `chuhai fetch` subcommand takes. */
export function withCommon(command: Command): Command {
  return command
    .option('--db <file>', 'database file (default: $CHUHAI_DB or ./chuhai.db)')
    .option('--config <file>', 'config file (default: $CHUHAI_CONFIG or ./chuhai.config.json)')
    .option(
      '--out <dir>',
      'where fetched files are written (default: $CHUHAI_FETCH_DIR or ./chuhai-fetch)',
    )
    .option('--refresh', 'ignore cached responses')
    .option('--no-ingest', 'only fetch and write the files')
    .option('--json', 'print one JSON object')
}
