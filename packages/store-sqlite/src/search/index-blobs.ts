import type { PostingsData, RankParams } from '@chuhai/core'
import type { SqliteDb } from '../driver.js'

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

/** The index format written by this build. */
export const INDEX_FORMAT = 2

function bytesOf(array: Uint8Array | Uint32Array | Float64Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength)
}

/** Replaces the stored index with `data` (one transaction). */
export function saveIndex(db: SqliteDb, data: PostingsData, stamp: IndexStamp): void {
  const insert = db.prepare('INSERT INTO search_index_parts (name, part, data) VALUES (?, ?, ?)')
  const info = db.prepare('INSERT INTO search_index_info (key, value) VALUES (?, ?)')
  const write = (name: string, bytes: Uint8Array): void => {
    for (let part = 0, at = 0; at < bytes.length || part === 0; part++, at += PART_BYTES) {
      insert.run(
        name,
        part,
        Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(PART_BYTES, bytes.length - at)),
      )
    }
  }
  db.exec('BEGIN')
  try {
    db.exec('DELETE FROM search_index_parts; DELETE FROM search_index_info;')
    write('terms', new TextEncoder().encode(data.terms.join('\n')))
    write('offsets', bytesOf(data.offsets))
    write('df', bytesOf(data.df))
    write('maxImpacts', data.maxImpacts)
    write('postings', data.postings)
    info.run('stamp', JSON.stringify(stamp))
    info.run('params', JSON.stringify(data.params))
    info.run('docCount', String(data.docCount))
    info.run('docLimit', String(data.docLimit))
    info.run('avgLengths', JSON.stringify(data.avgLengths))
    db.exec('COMMIT')
  } catch (error) {
    db.exec('ROLLBACK')
    throw error
  }
}

/** The stamp of the stored index, or undefined when none was built. */
export function readStamp(db: SqliteDb): IndexStamp | undefined {
  const row = db.prepare("SELECT value FROM search_index_info WHERE key = 'stamp'").get() as
    { value: string } | undefined
  return row ? (JSON.parse(row.value) as IndexStamp) : undefined
}

/** Loads the stored index into memory. */
export function loadIndex(db: SqliteDb): PostingsData | undefined {
  const info = new Map(
    (
      db.prepare('SELECT key, value FROM search_index_info').all() as {
        key: string
        value: string
      }[]
    ).map((r) => [r.key, r.value]),
  )
  if (!info.has('stamp')) {
    return undefined
  }
  const read = (name: string): Uint8Array => {
    const parts = db
      .prepare('SELECT data FROM search_index_parts WHERE name = ? ORDER BY part')
      .all(name) as { data: Uint8Array }[]
    const total = parts.reduce((s, p) => s + p.data.length, 0)
    // A fresh, aligned buffer, so 32-bit views can be taken on it.
    const out = new Uint8Array(new ArrayBuffer(total))
    let at = 0
    for (const p of parts) {
      out.set(p.data, at)
      at += p.data.length
    }
    return out
  }
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
