import {
  ChuhaiError,
  detectPatentsViewTable,
  detectRowParser,
  DocumentSplitter,
  sniffDelimitedHeader,
  sniffContainer,
  splitRule,
  unpackRecord,
  type PatentStore,
} from '@chuhai/core/ingest'
import type { DocumentInput, ParsedDocument } from '../parse/parse-job.js'
import type { ParsePool } from '../parse/parse-pool.js'
import type { IngestSource } from '../sources/ingest-source.js'
import type { FoundRowTable } from '../tables/row-table.js'
import type { FoundTable } from '../tables/table-sets.js'
import { RecordWriter } from './record-writer.js'
import { addSkippedDocument, type IngestSummary } from './summary.js'

/** Tunables of one source's ingest. */
export interface SourceIngestOptions {
  readonly store: PatentStore
  readonly pool: ParsePool
  readonly summary: IngestSummary
  readonly force: boolean
  readonly batchSize: number
  readonly maxErrors: number
  readonly onBytes: (bytes: number) => void
}

/** Documents per parse job and bytes per job: big enough to amortise messaging. */
const JOB_DOCS = 16
const JOB_BYTES = 1 * 1024 * 1024

/**
 * Ingests one source: sniff the container, cut it into documents, parse them on the pool (several
 * jobs in flight), and write the records in order with checkpoints. Resumes after the last
 * committed offset when a previous run of the same file was interrupted.
 * A table is not ingested here: it is returned, recognised by its header, for the caller to hand
 * to its table set (PatentsView tables, joined with others) or to `ingestRowTable` (a table whose
 * every row is a publication).
 */
export async function ingestSource(
  source: IngestSource,
  o: SourceIngestOptions,
): Promise<FoundTable | FoundRowTable | undefined> {
  const previous = await o.store.getCheckpoint(source.key)
  const sameFile = previous?.size === source.size && previous.mtimeMs === source.mtimeMs
  if (previous && sameFile && previous.complete && !o.force) {
    o.summary.skipped += previous.documents
    o.summary.unchanged += previous.documents
    o.onBytes(source.size)
    return undefined
  }
  const resumeFrom = previous && sameFile && !o.force ? previous.committedOffset : 0
  const writer = new RecordWriter(o.store, o.summary, source, {
    batchSize: o.batchSize,
    batchBytes: 64 * 1024 * 1024,
    documentsBefore: resumeFrom > 0 ? (previous?.documents ?? 0) : 0,
  })
  const failedBefore = o.summary.failed
  const inFlight: Promise<ParsedDocument[]>[] = []
  let job: DocumentInput[] = []
  let jobBytes = 0
  let splitter: DocumentSplitter | undefined
  let text = false
  let head: Uint8Array[] = []
  let headBytes = 0
  let found: FoundTable | FoundRowTable | undefined

  const drainOne = async (): Promise<void> => {
    const parsed = await inFlight.shift()!
    for (const p of parsed) {
      await record(p, source, o, writer)
    }
  }
  const dispatch = async (): Promise<void> => {
    if (job.length === 0) {
      return
    }
    inFlight.push(o.pool.parse(job))
    job = []
    jobBytes = 0
    while (inFlight.length >= o.pool.concurrency + 1) {
      await drainOne()
    }
  }
  const take = async (docs: readonly { bytes: Uint8Array; offset: number }[]): Promise<void> => {
    for (const d of docs) {
      if (d.offset < resumeFrom) {
        continue
      }
      job.push({ bytes: d.bytes, offset: d.offset, file: source.display, text })
      jobBytes += d.bytes.length
      if (job.length >= JOB_DOCS || jobBytes >= JOB_BYTES) {
        await dispatch()
      }
    }
  }
  const start = (chunks: Uint8Array[]): boolean => {
    const first = Buffer.concat(chunks)
    const kind = sniffContainer(first.subarray(0, 2048).toString('latin1'))
    if (!kind) {
      const header = sniffDelimitedHeader(first.subarray(0, 4096).toString('utf8'))
      const table = header && detectPatentsViewTable(header.columns)
      if (header && table) {
        found = { table, header }
        return false
      }
      const rows = header && detectRowParser(header.columns)
      if (header && rows) {
        found = { parser: rows, header }
        return false
      }
      o.summary.skippedFiles.push({
        file: source.display,
        reason: 'no patent documents in a format we read',
      })
      return false
    }
    const rule = splitRule(kind)
    text = rule.text
    splitter = new DocumentSplitter(rule)
    return true
  }

  try {
    for await (const piece of source.stream()) {
      o.onBytes(piece.length)
      let chunk = piece
      if (!splitter) {
        head.push(chunk)
        headBytes += chunk.length
        if (headBytes < 2048) {
          continue
        }
        if (!start(head)) {
          return found
        }
        chunk = Buffer.concat(head)
        head = []
      }
      await take(splitter!.push(chunk))
    }
    if (!splitter && head.length > 0 && !start(head)) {
      return found
    }
    if (splitter && head.length > 0) {
      await take(splitter.push(Buffer.concat(head)))
    }
    if (splitter) {
      await take(splitter.end())
    }
    await dispatch()
    while (inFlight.length > 0) {
      await drainOne()
    }
    // A file with failed documents is not marked complete: the next run reads it again (after a
    // parser fix, say) and reports its failures again; stored documents stay unchanged.
    await writer.flush(o.summary.failed === failedBefore ? 'complete' : 'reread')
    return undefined
  } catch (error) {
    if (!isSourceError(error)) {
      throw error
    }
    // A stream error (corrupt zip entry, unreadable file): keep what parsed before it.
    while (inFlight.length > 0) {
      await drainOne()
    }
    await writer.flush('partial')
    addError(o, { file: source.display, offset: null, id: null, reason: (error as Error).message })
    return undefined
  }
}

async function record(
  p: ParsedDocument,
  source: IngestSource,
  o: SourceIngestOptions,
  writer: RecordWriter,
): Promise<void> {
  const { outcome } = p
  if (outcome.parts || outcome.legal) {
    // A container (DOCDB exchange file, OPS response): every publication in it on its own. Parts
    // do not advance the committed offset (a crash midway re-reads the whole container; upserts
    // are idempotent); the container's end does, once all its parts and legal events are queued.
    writer.addLegal(outcome.legal ?? [])
    for (const part of outcome.parts ?? []) {
      if (part.status === 'ok') {
        await writer.add(part.record, p.offset, 0)
      } else {
        report(part, p, source, o)
      }
    }
    if (outcome.status !== 'ok') {
      report(outcome, p, source, o)
    }
    await writer.add(undefined, p.end, p.end - p.offset)
    return
  }
  if (outcome.status === 'ok') {
    if (p.packed) {
      await writer.add(unpackRecord(p.packed), p.end, p.end - p.offset, p.hash, p.packed.skeleton)
      return
    }
    // A document with several publications: the checkpoint passes it only with its last record,
    // so a crash between batches makes the next run read the whole document again.
    for (const more of outcome.more ?? []) {
      await writer.add(more, p.offset, 0)
    }
    await writer.add(outcome.record, p.end, p.end - p.offset, p.hash)
    return
  }
  report(outcome, p, source, o)
  await writer.add(undefined, p.end, p.end - p.offset)
}

/** Counts a skipped document, or reports a failed one with its file, offset, id and reason. */
function report(
  outcome: ParsedDocument['outcome'],
  p: ParsedDocument,
  source: IngestSource,
  o: SourceIngestOptions,
): void {
  if (outcome.status === 'skipped') {
    addSkippedDocument(
      o.summary,
      {
        file: source.display,
        offset: p.offset,
        reason: outcome.skipped ?? 'not a patent publication',
      },
      o.maxErrors,
    )
    return
  }
  const reason = outcome.issues
    .filter((i) => i.severity === 'error')
    .map((i) => (i.field ? `${i.message} [${i.field}]` : i.message))
    .join('; ')
  addError(o, {
    file: source.display,
    offset: p.offset,
    id: outcome.documentNumber ?? null,
    reason,
  })
}

function isSourceError(error: unknown): boolean {
  return (
    error instanceof ChuhaiError &&
    (error.code === 'ZIP_CORRUPT_ENTRY' ||
      error.code === 'ZIP_CORRUPT' ||
      error.code === 'FILE_UNREADABLE')
  )
}

function addError(o: SourceIngestOptions, error: IngestSummary['errors'][number]): void {
  o.summary.failed++
  if (o.summary.errors.length < o.maxErrors) {
    o.summary.errors.push(error)
  }
}
