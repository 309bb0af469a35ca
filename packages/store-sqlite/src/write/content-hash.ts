import { createHash } from 'node:crypto'
import type { PatentRecord } from '@chuhai/core/ingest'
import { blankTexts, recordTexts } from '../record-codec.js'

/**
 * JSON with object keys sorted at every level and `undefined` members dropped. Written directly
 * as a string (no sorted copy of the object graph): this runs on the ingest writer thread for
 * every record, where allocation showed up in profiles.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value) ?? 'null'
  }
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      out += (i > 0 ? ',' : '') + (item === undefined ? 'null' : canonicalJson(item))
    }
    return `${out}]`
  }
  const source = value as Record<string, unknown>
  let out = '{'
  for (const key of Object.keys(source).sort()) {
    const member = source[key]
    if (member !== undefined) {
      out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(member)}`
    }
  }
  return `${out}}`
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
