import type { SqliteDb } from '../driver.js'
import type { PackedDocMeta } from './doc-meta.js'
import { readParts, writeParts } from './index-blobs.js'

/** Arrays of `PackedDocMeta` stored as blobs (`search_index_parts`, names `meta:…`). */
const ARRAYS = [
  'idBytes',
  'idStarts',
  'familyBytes',
  'familyStarts',
  'codes',
  'priority',
  'published',
] as const

/**
 * What the stored columns were read from: the publications, the highest `fts_log` sequence
 * number (every write transaction that touches publications takes one, ADR 0018, so any
 * insert, update or removal since moves it) and the schema version (a migration may rewrite
 * columns). A different value means the stored columns are stale. `counted`: the publications'
 * count and largest `doc` when the caller has just read them.
 */
export function docMetaStamp(
  db: SqliteDb,
  counted?: { readonly documents: number; readonly maxDoc: number },
): string {
  const pubs =
    counted !== undefined
      ? { n: counted.documents, m: counted.maxDoc }
      : (db.prepare('SELECT count(*) AS n, coalesce(max(doc), 0) AS m FROM publications').get() as {
          n: number
          m: number
        })
  let seq = 0
  try {
    seq =
      (
        db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'fts_log'").get() as
          { seq: number } | undefined
      )?.seq ?? 0
  } catch {
    // No AUTOINCREMENT table yet: nothing was ever written.
  }
  const schema = (
    db.prepare('SELECT coalesce(max(version), 0) AS v FROM schema_migrations').get() as {
      v: number
    }
  ).v
  return JSON.stringify({ documents: pubs.n, maxDoc: pubs.m, seq, schema })
}

/** The stamp of the stored columns, or undefined when none are stored. */
export function savedDocMetaStamp(db: SqliteDb): string | undefined {
  const row = db.prepare("SELECT value FROM search_index_info WHERE key = 'meta'").get() as
    { value: string } | undefined
  return row ? (JSON.parse(row.value) as { stamp: string }).stamp : undefined
}

/** Replaces the stored columns (one transaction). */
export function saveDocMeta(db: SqliteDb, meta: PackedDocMeta, stamp: string): void {
  db.exec('BEGIN')
  try {
    db.exec("DELETE FROM search_index_parts WHERE name LIKE 'meta:%'")
    db.exec("DELETE FROM search_index_info WHERE key = 'meta'")
    for (const name of ARRAYS) {
      const a = meta[name]
      writeParts(db, `meta:${name}`, new Uint8Array(a.buffer, a.byteOffset, a.byteLength))
    }
    db.prepare("INSERT INTO search_index_info (key, value) VALUES ('meta', ?)").run(
      JSON.stringify({ stamp, limit: meta.limit, strings: meta.strings }),
    )
    db.exec('COMMIT')
  } catch (error) {
    db.exec('ROLLBACK')
    throw error
  }
}

/** The stored columns when their stamp is `stamp`, else undefined. */
export function loadDocMeta(db: SqliteDb, stamp: string): PackedDocMeta | undefined {
  const row = db.prepare("SELECT value FROM search_index_info WHERE key = 'meta'").get() as
    { value: string } | undefined
  if (!row) {
    return undefined
  }
  const info = JSON.parse(row.value) as { stamp: string; limit: number; strings: string[] }
  if (info.stamp !== stamp) {
    return undefined
  }
  const bytes = (name: string): Uint8Array => readParts(db, `meta:${name}`)
  const u32 = (b: Uint8Array): Uint32Array => new Uint32Array(b.buffer, 0, b.length / 4)
  const i32 = (b: Uint8Array): Int32Array => new Int32Array(b.buffer, 0, b.length / 4)
  const meta: PackedDocMeta = {
    limit: info.limit,
    strings: info.strings,
    idBytes: bytes('idBytes'),
    idStarts: u32(bytes('idStarts')),
    familyBytes: bytes('familyBytes'),
    familyStarts: u32(bytes('familyStarts')),
    codes: new Uint16Array(bytes('codes').buffer),
    priority: i32(bytes('priority')),
    published: i32(bytes('published')),
  }
  const n = info.limit
  if (
    meta.idStarts.length !== n + 1 ||
    meta.familyStarts.length !== n + 1 ||
    meta.codes.length !== n * 3 ||
    meta.priority.length !== n ||
    meta.published.length !== n ||
    meta.idStarts[n] !== meta.idBytes.length ||
    meta.familyStarts[n] !== meta.familyBytes.length
  ) {
    return undefined // damaged: recomputed by the caller
  }
  return meta
}
