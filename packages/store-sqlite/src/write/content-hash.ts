import { createHash } from 'node:crypto'
import type { PatentRecord } from '@chuhai/core'

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
 * sha1 (hex) of the record's canonical JSON without `source.file` and `source.offset`: the same
 * document read from a renamed or re-zipped file hashes the same, so re-ingest writes nothing.
 * sha1 identifies content here; nothing relies on collision resistance against an adversary.
 */
export function contentHash(record: PatentRecord): string {
  const { file: _file, offset: _offset, ...source } = record.source
  return createHash('sha1')
    .update(canonicalJson({ ...record, source }))
    .digest('hex')
}
