import type { PatentRecord } from './patent.js'

/**
 * The incremental digest that `contentHash` feeds (structurally Node's `crypto.Hash`), so that
 * core stays free of `node:crypto` while the parse workers and the stores hash the same way.
 */
export interface ContentDigest {
  update(data: string): ContentDigest
  digest(encoding: 'hex'): string
}

const blank = <T extends { readonly text: string }>(item: T): T => ({ ...item, text: '' })

/** A copy of the record with every text of titles, abstracts, descriptions and claims emptied. */
export function blankTexts(record: PatentRecord): PatentRecord {
  return {
    ...record,
    titles: record.titles.map(blank),
    abstracts: record.abstracts.map(blank),
    descriptions: record.descriptions.map(blank),
    claims: record.claims.map((set) => ({ ...set, claims: set.claims.map(blank) })),
  }
}

/** Every text `blankTexts` empties, in record order. */
export function* recordTexts(record: PatentRecord): Generator<string> {
  for (const list of [record.titles, record.abstracts, record.descriptions]) {
    for (const item of list) {
      yield item.text
    }
  }
  for (const set of record.claims) {
    for (const claim of set.claims) {
      yield claim.text
    }
  }
}

/**
 * JSON with object keys sorted at every level and `undefined` members dropped. Written directly
 * as a string (no sorted copy of the object graph): this runs for every ingested record, where
 * allocation showed up in profiles.
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
 * Identifies a record's content (hex digest of `createDigest`, sha1 in the Node adapters): the
 * canonical JSON of the record without `source.file` and `source.offset` (so the same document
 * read from a renamed or re-zipped file hashes the same), with every text emptied, followed by
 * each text, length-prefixed, in record order. That is the canonical JSON's information without
 * JSON-escaping ~60 KB of text per record, which cost more than the hashing itself. Stores use it
 * for idempotent upserts; parse workers compute it off the writer thread.
 *
 * @example contentHash(record, () => createHash('sha1'))
 */
export function contentHash(record: PatentRecord, createDigest: () => ContentDigest): string {
  const source = { ...record.source, file: undefined, offset: undefined }
  const digest = createDigest().update(canonicalJson(blankTexts({ ...record, source })))
  for (const text of recordTexts(record)) {
    digest.update(`\n${text.length}\n`).update(text)
  }
  return digest.digest('hex')
}
