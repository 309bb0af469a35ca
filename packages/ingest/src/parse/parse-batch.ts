import { createHash } from 'node:crypto'
import {
  contentHash,
  packRecord,
  parseDocument,
  skeletonContentHash,
  type DocumentOutcome,
} from '@chuhai/core/ingest'
import type { DocumentInput, ParsedDocument } from './parse-job.js'

const sha1 = (): ReturnType<typeof createHash> => createHash('sha1')

/**
 * Parses a batch of documents in order and hashes each record's content (`contentHash`), so
 * that the store's writer thread need not. The record of a plain document goes back packed
 * (skeleton JSON and texts, ADR 0023): the skeleton serves the hash, the transfer and the store's
 * `record` column at once. Used by workers and by the in-thread pool.
 */
export function parseBatch(docs: readonly DocumentInput[]): ParsedDocument[] {
  return docs.map((d) => {
    const outcome = parseDocument(d.bytes, { file: d.file, offset: d.offset, text: d.text })
    const where = { offset: d.offset, end: d.offset + d.bytes.length }
    const record = outcome.status === 'ok' ? outcome.record : undefined
    if (!record) {
      return { ...where, outcome }
    }
    if (!packable(outcome)) {
      return { ...where, outcome, hash: contentHash(record, sha1) }
    }
    const packed = packRecord(record)
    return {
      ...where,
      // The record travels packed; the outcome keeps everything else (number, issues, parser).
      outcome: { ...outcome, record: undefined },
      packed,
      hash: skeletonContentHash(packed.skeleton, record, packed.texts, sha1),
    }
  })
}

/** One full publication: no further records, container parts, legal events or partial data. */
function packable(outcome: DocumentOutcome): boolean {
  return (
    outcome.more === undefined &&
    outcome.parts === undefined &&
    outcome.legal === undefined &&
    outcome.record?.source.partial !== true
  )
}
