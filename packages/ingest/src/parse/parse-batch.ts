import { createHash } from 'node:crypto'
import { contentHash, parseDocument } from '@chuhai/core/ingest'
import type { DocumentInput, ParsedDocument } from './parse-job.js'

const sha1 = (): ReturnType<typeof createHash> => createHash('sha1')

/**
 * Parses a batch of documents in order and hashes each record's content (`contentHash`), so
 * that the store's writer thread need not. Used by workers and by the in-thread pool.
 */
export function parseBatch(docs: readonly DocumentInput[]): ParsedDocument[] {
  return docs.map((d) => {
    const outcome = parseDocument(d.bytes, { file: d.file, offset: d.offset, text: d.text })
    return {
      offset: d.offset,
      end: d.offset + d.bytes.length,
      outcome,
      hash:
        outcome.status === 'ok' && outcome.record ? contentHash(outcome.record, sha1) : undefined,
    }
  })
}
