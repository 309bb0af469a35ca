import { createHash } from 'node:crypto'
import type { PatentRecord } from '@chuhai/core/ingest'
import { blankTexts, recordTexts } from '../record-codec.js'

/** JSON with object keys sorted at every level and `undefined` members dropped. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortKeys)
  }
  if (value === null || typeof value !== 'object') {
    return value
  }
  const source = value as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(source).sort()) {
    const member = source[key]
    if (member !== undefined) {
      out[key] = sortKeys(member)
    }
  }
  return out
}

/**
 * sha1 (hex) identifying a record's content: the canonical JSON of the record without
 * `source.file` and `source.offset` (so the same document read from a renamed or re-zipped file
 * hashes the same), with every text emptied, followed by each text, length-prefixed, in record
 * order. That is the canonical JSON's information without JSON-escaping ~60 KB of text per
 * record, which cost more than the hashing itself. sha1 identifies content here; nothing relies
 * on collision resistance against an adversary.
 */
export function contentHash(record: PatentRecord): string {
  const source = { ...record.source, file: undefined, offset: undefined }
  const hash = createHash('sha1').update(canonicalJson(blankTexts({ ...record, source })))
  for (const text of recordTexts(record)) {
    hash.update(`\n${text.length}\n`).update(text)
  }
  return hash.digest('hex')
}
