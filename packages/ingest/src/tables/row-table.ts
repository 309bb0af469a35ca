import {
  ColumnIndex,
  parseRow,
  type DelimitedHeader,
  type PatentStore,
  type RowIssue,
  type RowParser,
} from '@chuhai/core/ingest'
import { RecordWriter } from '../pipeline/record-writer.js'
import { addSkippedDocument, type IngestSummary } from '../pipeline/summary.js'
import type { IngestSource } from '../sources/ingest-source.js'
import { isRowIssue, readTableRows } from './read-table.js'

/** A table recognised by its header whose every row is one publication. */
export interface FoundRowTable {
  readonly parser: RowParser
  readonly header: DelimitedHeader
}

/** What a row table's ingest needs from the run. */
export interface RowTableOptions {
  readonly store: PatentStore
  readonly summary: IngestSummary
  readonly force: boolean
  readonly batchSize: number
  readonly maxErrors: number
}

/**
 * Ingests a one-publication-per-row table (CSV/TSV, plain or compressed): rows are streamed,
 * parsed by the table's row parser and written in checkpointed batches, the checkpoint being the
 * last committed line — so an unchanged file is skipped next time and an interrupted one resumes
 * after its last committed row. A bad row is reported with file, line and field, and the others
 * land; rows whose fields are all empty are padding, not publications, and are passed over.
 */
export async function ingestRowTable(
  source: IngestSource,
  found: FoundRowTable,
  o: RowTableOptions,
): Promise<void> {
  const previous = await o.store.getCheckpoint(source.key)
  const sameFile = previous?.size === source.size && previous.mtimeMs === source.mtimeMs
  if (previous && sameFile && previous.complete && !o.force) {
    o.summary.skipped += previous.documents
    o.summary.unchanged += previous.documents
    return
  }
  const resumeFrom = previous && sameFile && !o.force ? previous.committedOffset : 0
  const writer = new RecordWriter(o.store, o.summary, source, {
    batchSize: o.batchSize,
    batchBytes: 64 * 1024 * 1024,
    documentsBefore: resumeFrom > 0 ? (previous?.documents ?? 0) : 0,
  })
  const failedBefore = o.summary.failed
  const columns = new ColumnIndex(found.header.columns)
  try {
    for await (const item of readTableRows(source, found.header)) {
      if (isRowIssue(item)) {
        report(o, [item])
        continue
      }
      if (item.line <= resumeFrom || item.values.every((v) => v.trim() === '')) {
        continue
      }
      const outcome = parseRow(found.parser, item, columns)
      if (outcome.status === 'ok') {
        await writer.add(outcome.record, item.line, 1)
        continue
      }
      if (outcome.status === 'skipped') {
        const where = { file: item.file, offset: null, line: item.line }
        addSkippedDocument(o.summary, { ...where, reason: outcome.reason }, o.maxErrors)
      } else {
        report(o, outcome.issues, outcome.id)
      }
      await writer.add(undefined, item.line, 1)
    }
  } catch (error) {
    // A stream error (corrupt zip entry, unreadable file): keep the rows read before it.
    await writer.flush('partial')
    fail(o, { file: source.display, offset: null, id: null, reason: (error as Error).message })
    return
  }
  await writer.flush(o.summary.failed === failedBefore ? 'complete' : 'reread')
}

/** One failure per row, its issues joined, with the file, line and first field. */
function report(o: RowTableOptions, issues: readonly RowIssue[], id?: string): void {
  const first = issues[0]!
  fail(o, {
    file: first.file,
    offset: null,
    id: id ?? null,
    reason: issues.map((i) => `${i.message} [${i.field}]`).join('; '),
    line: first.line,
    field: first.field,
  })
}

function fail(o: RowTableOptions, error: IngestSummary['errors'][number]): void {
  o.summary.failed++
  if (o.summary.errors.length < o.maxErrors) {
    o.summary.errors.push(error)
  }
}
