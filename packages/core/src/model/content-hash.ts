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

/** Prefix of a `contentHash`; a stored hash without it was made by `legacyContentHash`. */
export const CONTENT_HASH_PREFIX = 'v2:'

/**
 * The record as JSON with every text emptied (`blankTexts`), keys in the record's own order: what
 * a store keeps beside the texts, and what a parse worker sends instead of the record object
 * (`packRecord`).
 */
export function recordSkeleton(record: PatentRecord): string {
  return JSON.stringify(blankTexts(record))
}

/**
 * Identifies a record's content for change detection (ADR 0023): `v2:` and the hex digest of
 * `createDigest` (sha1 in the Node adapters) over the record's skeleton (`recordSkeleton`) with
 * `source.file` and `source.offset` left out (so the same document read from a renamed or
 * re-zipped file hashes the same), followed by each text, length-prefixed, in record order.
 * Equal records built the same way (same parser, or read back from a store) hash the same; the
 * skeleton keeps the record's key order, so the hash costs one `JSON.stringify` instead of a
 * canonical serialisation. Stores use it for idempotent upserts; parse workers compute it off the
 * writer thread.
 *
 * @example contentHash(record, () => createHash('sha1'))
 */
export function contentHash(record: PatentRecord, createDigest: () => ContentDigest): string {
  return skeletonContentHash(recordSkeleton(record), record, recordTexts(record), createDigest)
}

/**
 * `contentHash` of a record whose skeleton (`recordSkeleton`) and texts (`recordTexts`) are
 * already at hand, without serialising it again.
 */
export function skeletonContentHash(
  skeleton: string,
  record: Pick<PatentRecord, 'source'>,
  texts: Iterable<string>,
  createDigest: () => ContentDigest,
): string {
  const digest = createDigest()
  const own = `"source":${JSON.stringify(record.source)}`
  const at = skeleton.indexOf(own)
  if (at >= 0) {
    const neutral = { ...record.source, file: undefined, offset: undefined }
    digest
      .update(skeleton.slice(0, at))
      .update(`"source":${JSON.stringify(neutral)}`)
      .update(skeleton.slice(at + own.length))
  } else {
    // Not this record's skeleton: still a deterministic digest of what was given.
    digest.update(skeleton)
  }
  for (const text of texts) {
    digest.update(`\n${text.length}\n`).update(text)
  }
  return CONTENT_HASH_PREFIX + digest.digest('hex')
}

/**
 * The content hash of the first design (canonical JSON with sorted keys; no prefix). Stores keep
 * hashes of this form from databases written before `contentHash` changed, and compare an
 * incoming record with it so that re-ingesting an old file stays a no-op.
 */
export function legacyContentHash(record: PatentRecord, createDigest: () => ContentDigest): string {
  const source = { ...record.source, file: undefined, offset: undefined }
  const digest = createDigest().update(canonicalJson(blankTexts({ ...record, source })))
  for (const text of recordTexts(record)) {
    digest.update(`\n${text.length}\n`).update(text)
  }
  return digest.digest('hex')
}

/**
 * A record as a parse worker sends it to the writer thread: its skeleton and its texts. Strings
 * cross threads much more cheaply than an object graph (structured clone walks every property),
 * and the skeleton is what the store writes anyway.
 */
export interface PackedRecord {
  readonly skeleton: string
  readonly texts: readonly string[]
}

/** Packs a record for another thread (`unpackRecord` rebuilds it). */
export function packRecord(record: PatentRecord): PackedRecord {
  return { skeleton: recordSkeleton(record), texts: [...recordTexts(record)] }
}

/**
 * Rebuilds a packed record: the skeleton's JSON with each text put back in record order. Equal to
 * the packed record except that members whose value was `undefined` are absent, as after any
 * JSON round trip.
 */
export function unpackRecord(packed: PackedRecord): PatentRecord {
  const record = JSON.parse(packed.skeleton) as PatentRecord
  const texts = packed.texts
  let i = 0
  for (const list of [record.titles, record.abstracts, record.descriptions]) {
    for (const item of list) {
      item.text = texts[i++] ?? ''
    }
  }
  for (const set of record.claims) {
    for (const claim of set.claims) {
      claim.text = texts[i++] ?? ''
    }
  }
  if (i !== texts.length) {
    throw new Error(`packed record ${record.id}: ${texts.length} texts for ${i} text fields`)
  }
  return record
}
