import type { Command } from 'commander'
import { createError } from '@chuhai/core/ingest'
import { ingest, type IngestSummary } from '@chuhai/ingest'
import { createSqliteIngestStore } from '@chuhai/store-sqlite/ingest-store'
import { databasePath } from '../db-path.js'
import { EXIT } from '../exit-codes.js'
import { createProgressBar } from '../output/progress-bar.js'

interface IngestFlags {
  db?: string
  json?: boolean
  strict?: boolean
  force?: boolean
  workers?: string
  batchSize?: string
}

/** `chuhai ingest PATH...`: files, folders (recursive) or zips; formats detected by sniffing. */
export function registerIngest(program: Command, setExit: (code: number) => void): void {
  program
    .command('ingest')
    .description('ingest patent files, folders (recursive) or zip archives; formats are detected')
    .argument('<paths...>', 'files, folders or zips')
    .option('--db <file>', 'database file (default: $CHUHAI_DB or ./chuhai.db)')
    .option('--json', 'print one JSON summary object')
    .option('--strict', 'exit with code 1 when any document failed')
    .option('--force', 're-read files already ingested completely')
    .option('--workers <n>', 'parse worker threads (default: cores - 1)')
    .option('--batch-size <n>', 'records per write transaction (default: 100)')
    .action(async (paths: string[], flags: IngestFlags) => {
      // The FTS index is written on its own thread while this one writes the tables; the store
      // without search and FTO modules starts faster (ADR 0018).
      const store = createSqliteIngestStore({
        path: databasePath(flags.db),
        indexInBackground: true,
      })
      const bar = createProgressBar(!flags.json)
      try {
        const summary = await ingest(paths, {
          store,
          force: flags.force,
          workers: positiveInt(flags.workers, '--workers', true),
          batchSize: positiveInt(flags.batchSize, '--batch-size', false),
          onProgress: bar.update,
        })
        bar.stop()
        process.stdout.write(
          flags.json ? `${JSON.stringify(toJson(summary))}\n` : describe(summary),
        )
        setExit(flags.strict && summary.failed > 0 ? EXIT.failure : EXIT.ok)
      } finally {
        bar.stop()
        await store.close()
      }
    })
}

/** The `--json` form of an ingest summary (also printed by `chuhai fetch`). */
export function toJson(s: IngestSummary): Record<string, unknown> {
  return {
    documents: s.documents,
    failed: s.failed,
    skipped: s.skipped,
    seconds: Number(s.seconds.toFixed(3)),
    errors: s.errors,
    inserted: s.inserted,
    replaced: s.replaced,
    unchanged: s.unchanged,
    not_patents: s.notPatents,
    files: s.files,
    skipped_files: s.skippedFiles,
    skipped_documents: s.skippedDocuments,
    bytes: s.bytes,
  }
}

/** The text form of an ingest summary. */
export function describe(s: IngestSummary): string {
  const mbps = s.seconds > 0 ? (s.bytes / 1e6 / s.seconds).toFixed(1) : '0'
  const lines = [
    `${s.documents} documents written (${s.inserted} new, ${s.replaced} replaced), ${s.skipped} skipped, ${s.failed} failed`,
    `${s.files} files, ${(s.bytes / 1e6).toFixed(1)} MB in ${s.seconds.toFixed(1)} s (${mbps} MB/s)`,
  ]
  if (s.notPatents > 0) {
    lines.push(`${s.notPatents} non-patent documents skipped:`)
    // One line per reason (a folder of sequence listings would otherwise print one per file).
    const byReason = new Map<string, { count: number; file: string }>()
    for (const d of s.skippedDocuments) {
      const seen = byReason.get(d.reason)
      byReason.set(d.reason, { count: (seen?.count ?? 0) + 1, file: seen?.file ?? d.file })
    }
    for (const [reason, { count, file }] of byReason) {
      lines.push(`  ${count} × ${reason} (${file}${count > 1 ? ' …' : ''})`)
    }
  }
  for (const f of s.skippedFiles) {
    lines.push(`skipped file ${f.file}: ${f.reason}`)
  }
  for (const e of s.errors) {
    const where = e.line !== undefined ? `:${e.line}` : e.offset === null ? '' : ` @${e.offset}`
    lines.push(`error ${e.file}${where}${e.id ? ` ${e.id}` : ''}: ${e.reason}`)
  }
  return `${lines.join('\n')}\n`
}

function positiveInt(
  value: string | undefined,
  flag: string,
  allowZero: boolean,
): number | undefined {
  if (value === undefined) {
    return undefined
  }
  const n = Number(value)
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) {
    throw createError(
      'USAGE',
      `${flag} must be an integer ≥ ${allowZero ? 0 : 1}, got ${JSON.stringify(value)}`,
    )
  }
  return n
}
