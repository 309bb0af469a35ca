import { randomUUID } from 'node:crypto'
import { createError, type PostingsData, type RankParams } from '@chuhai/core'
import type { SqliteDb } from '../driver.js'
import {
  indexFilePath,
  indexFileProblem,
  indexImage,
  openIndexFile,
  openIndexImage,
  writeIndexFile,
  type OpenedIndex,
  type OpenIndexOptions,
} from './index-file.js'

/** Largest blob part written (SQLite's default limit is 1 GB; smaller parts bound peak copies). */
const PART_BYTES = 64 * 1024 * 1024

/** What the stored index was built from, to tell whether it is current. */
export interface IndexStamp {
  /** Publications and the largest `doc` when the index was built. */
  readonly documents: number
  readonly maxDoc: number
  /** Index format version; a different one forces a rebuild. */
  readonly format: number
  /** The ranking parameters (JSON) the impacts were computed with; others force a rebuild. */
  readonly params: string
}

/** The index format written by this build (3: the side file of ADR 0024). */
export const INDEX_FORMAT = 3

/** The format of ADR 0012, whose arrays were blobs in `search_index_parts` (converted on refresh). */
export const LEGACY_INDEX_FORMAT = 2

/** Writes `bytes` as parts `name` (one row per `PART_BYTES`). */
export function writeParts(db: SqliteDb, name: string, bytes: Uint8Array): void {
  const insert = db.prepare('INSERT INTO search_index_parts (name, part, data) VALUES (?, ?, ?)')
  for (let part = 0, at = 0; at < bytes.length || part === 0; part++, at += PART_BYTES) {
    insert.run(
      name,
      part,
      Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(PART_BYTES, bytes.length - at)),
    )
  }
}

/** Reads parts `name` into one fresh (8-aligned) buffer. */
export function readParts(db: SqliteDb, name: string): Uint8Array {
  const parts = db
    .prepare('SELECT data FROM search_index_parts WHERE name = ? ORDER BY part')
    .all(name) as { data: Uint8Array }[]
  const total = parts.reduce((s, p) => s + p.data.length, 0)
  const out = new Uint8Array(new ArrayBuffer(total))
  let at = 0
  for (const p of parts) {
    out.set(p.data, at)
    at += p.data.length
  }
  return out
}

/** Where the current index image is: the side file, or a blob of an in-memory store. */
interface IndexLocation {
  readonly id: string
  readonly image: 'file' | 'blob'
}

/**
 * Replaces the stored index with `data` (ADR 0024): for a store file the side file
 * `<file>.search` is written first (temporary name, flushed, renamed), then one transaction
 * records its id and the stamp, and drops the blobs of an older format; an in-memory store keeps
 * the same image as a blob. The per-document columns (`meta:` parts) are left alone.
 */
export function saveIndex(
  db: SqliteDb,
  data: PostingsData,
  stamp: IndexStamp,
  file: string | undefined,
): void {
  const location: IndexLocation = { id: randomUUID(), image: file ? 'file' : 'blob' }
  if (file) {
    writeIndexFile(indexFilePath(file), data, location.id)
  }
  const info = db.prepare('INSERT INTO search_index_info (key, value) VALUES (?, ?)')
  db.exec('BEGIN')
  try {
    db.exec(`DELETE FROM search_index_parts WHERE name NOT LIKE 'meta:%';
DELETE FROM search_index_info WHERE key <> 'meta';`)
    if (!file) {
      writeParts(db, 'image', indexImage(data, location.id))
    }
    info.run('stamp', JSON.stringify(stamp))
    info.run('location', JSON.stringify(location))
    db.exec('COMMIT')
  } catch (error) {
    db.exec('ROLLBACK')
    throw error
  }
}

function readLocation(db: SqliteDb): IndexLocation | undefined {
  const row = db.prepare("SELECT value FROM search_index_info WHERE key = 'location'").get() as
    { value: string } | undefined
  return row ? (JSON.parse(row.value) as IndexLocation) : undefined
}

/**
 * Why the stored index of the current format cannot be opened (missing, truncated, foreign side
 * file), or undefined when it can. Reads only the side file's header and end.
 */
export function storedIndexProblem(db: SqliteDb, file: string | undefined): string | undefined {
  const location = readLocation(db)
  if (!location) {
    return 'no index is stored'
  }
  if (location.image === 'blob') {
    return undefined
  }
  if (!file) {
    return 'the index is in a side file, but the store has no file'
  }
  return indexFileProblem(indexFilePath(file), location.id)
}

/**
 * Opens the stored index of the current format; throws `SEARCH_INDEX_MISSING` when none is
 * stored and `SEARCH_INDEX_CORRUPT` (naming the side file) when it cannot be used.
 */
export function openStoredIndex(
  db: SqliteDb,
  file: string | undefined,
  options: OpenIndexOptions = {},
): OpenedIndex {
  const location = readLocation(db)
  if (!location) {
    throw createError('SEARCH_INDEX_MISSING', 'run chuhai search --refresh')
  }
  if (location.image === 'blob') {
    return openIndexImage('the stored search index', readParts(db, 'image'), location.id)
  }
  if (!file) {
    throw createError('SEARCH_INDEX_MISSING', 'the index is in a side file of another store')
  }
  return openIndexFile(indexFilePath(file), location.id, options)
}

/** The stamp of the stored index, or undefined when none was built. */
export function readStamp(db: SqliteDb): IndexStamp | undefined {
  const row = db.prepare("SELECT value FROM search_index_info WHERE key = 'stamp'").get() as
    { value: string } | undefined
  return row ? (JSON.parse(row.value) as IndexStamp) : undefined
}

/**
 * Loads a stored index of the legacy format (ADR 0012: one blob per array) into memory, to
 * convert it without tokenising again; undefined when none is stored.
 */
export function loadLegacyIndex(db: SqliteDb): PostingsData | undefined {
  const info = new Map(
    (
      db.prepare('SELECT key, value FROM search_index_info').all() as {
        key: string
        value: string
      }[]
    ).map((r) => [r.key, r.value]),
  )
  if (!info.has('stamp') || !info.has('params') || !info.has('avgLengths')) {
    return undefined
  }
  const read = (name: string): Uint8Array => readParts(db, name)
  const u32 = (bytes: Uint8Array): Uint32Array => new Uint32Array(bytes.buffer, 0, bytes.length / 4)
  const f64 = (bytes: Uint8Array): Float64Array =>
    new Float64Array(bytes.buffer, 0, bytes.length / 8)
  const termsText = new TextDecoder().decode(read('terms'))
  return {
    params: JSON.parse(info.get('params')!) as RankParams,
    docCount: Number(info.get('docCount')),
    avgLengths: JSON.parse(info.get('avgLengths')!) as PostingsData['avgLengths'],
    terms: termsText === '' ? [] : termsText.split('\n'),
    docLimit: Number(info.get('docLimit')),
    offsets: f64(read('offsets')),
    df: u32(read('df')),
    maxImpacts: read('maxImpacts'),
    postings: read('postings'),
  }
}
