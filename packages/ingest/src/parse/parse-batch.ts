import { parseDocument } from '@chuhai/core/ingest'
import type { DocumentInput, ParsedDocument } from './parse-job.js'

/** Parses a batch of documents in order. Used by workers and by the in-thread pool. */
export function parseBatch(docs: readonly DocumentInput[]): ParsedDocument[] {
  return docs.map((d) => ({
    offset: d.offset,
    end: d.offset + d.bytes.length,
    outcome: parseDocument(d.bytes, { file: d.file, offset: d.offset, text: d.text }),
  }))
}
