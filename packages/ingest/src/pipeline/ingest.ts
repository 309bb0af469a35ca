import { availableParallelism } from 'node:os'
import type { PatentStore } from '@chuhai/core/ingest'
import { createParsePool } from '../parse/parse-pool.js'
import { walkSources } from '../sources/walk.js'
import { ingestRowTable } from '../tables/row-table.js'
import { TableSets } from '../tables/table-sets.js'
import { estimateBytes } from './estimate.js'
import { ingestSource } from './ingest-source.js'
import { emptySummary, type IngestProgress, type IngestSummary } from './summary.js'

/** Options of `ingest`. */
export interface IngestOptions {
  readonly store: PatentStore
  /** Parse worker threads. Default is the available cores minus one (the writer's), at least 1;
   * `0` parses on the calling thread. */
  readonly workers?: number
  /** Records per write transaction. Default is `100`. */
  readonly batchSize?: number
  /** Re-read files already ingested completely. Default is `false`. */
  readonly force?: boolean
  /** Failures listed in the summary (all are counted). Default is `10000`. */
  readonly maxErrors?: number
  /** Called at most every `progressIntervalMs` with the running totals. */
  readonly onProgress?: (progress: IngestProgress) => void
  /** Default is `250`. */
  readonly progressIntervalMs?: number
  /** Row bytes a table join holds in memory before it spills to disk. Default is 256 MiB. */
  readonly tableMemoryBytes?: number
}

/**
 * Ingests files, folders (recursively) and zip archives into a store: formats are sniffed,
 * documents parsed on worker threads and written in checkpointed transactions. Bad documents are
 * reported in the summary and never stop the batch; a run killed midway resumes where it stopped.
 *
 * @example
 * const summary = await ingest(['ipg250107.zip'], { store })
 */
export async function ingest(
  paths: readonly string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const started = Date.now()
  const summary = emptySummary()
  const workers = options.workers ?? Math.max(1, availableParallelism() - 1)
  const pool = createParsePool(workers)
  const totalBytes = options.onProgress ? await estimateBytes(paths) : 0
  let bytes = 0
  let file = ''
  let lastReport = 0
  const interval = options.progressIntervalMs ?? 250
  const report = (force: boolean): void => {
    const now = Date.now()
    if (options.onProgress && (force || now - lastReport >= interval)) {
      lastReport = now
      options.onProgress({
        file,
        bytes,
        totalBytes,
        documents: summary.inserted + summary.replaced + summary.unchanged,
        failed: summary.failed,
        elapsedMs: now - started,
      })
    }
  }
  const batchSize = options.batchSize ?? 100
  const maxErrors = options.maxErrors ?? 10_000
  const force = options.force ?? false
  const tables = new TableSets({
    store: options.store,
    summary,
    force,
    batchSize,
    maxErrors,
    memoryBytes: options.tableMemoryBytes,
  })
  try {
    for await (const source of walkSources(paths)) {
      if ('problem' in source) {
        summary.failed++
        summary.errors.push({ file: source.display, offset: null, id: null, reason: source.reason })
        continue
      }
      file = source.display
      summary.files++
      const table = await ingestSource(source, {
        store: options.store,
        pool,
        summary,
        force,
        batchSize,
        maxErrors,
        onBytes: (n) => {
          bytes += n
          report(false)
        },
      })
      if (table && 'parser' in table) {
        await ingestRowTable(source, table, {
          store: options.store,
          summary,
          force,
          batchSize,
          maxErrors,
        })
      } else if (table) {
        await tables.add(source, table)
      }
    }
    // Tables join across files: their records are written once every file has been read.
    await tables.finish()
  } finally {
    await pool.close()
  }
  summary.bytes = bytes
  summary.seconds = (Date.now() - started) / 1000
  report(true)
  return summary
}
