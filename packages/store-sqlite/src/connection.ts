import Database from 'better-sqlite3'
import type { SqliteDb } from './driver.js'
import { attachFtsFile } from './fts/fts-file.js'

/** Where the database lives and how it is opened. */
export interface SqliteStoreOptions {
  /** A file path, or `':memory:'` for a private in-memory database. */
  readonly path: string
  /** Open without write access; the schema must already be current. Default is `false`. */
  readonly readonly?: boolean
  /**
   * Write the full-text index on a worker thread with its own connection to the index file
   * (bulk ingest, ADR 0018). Default is `false`: the writer indexes on its own connection.
   * Ignored for `:memory:` and read-only stores.
   */
  readonly indexInBackground?: boolean
}

/** Page cache per connection, in KiB (negative `cache_size`): large enough for a write batch. */
const CACHE_KIB = 64 * 1024
/** Memory-mapped I/O window: reads skip a copy through the page cache. */
const MMAP_BYTES = 256 * 1024 * 1024
/** WAL pages before an automatic checkpoint. A write batch is ~15 MB, so 4 MB (1000) is too small. */
const WAL_AUTOCHECKPOINT_PAGES = 16384

/** Opens the connection and sets the pragmas every Chuhai connection uses. */
export function openDatabase(options: SqliteStoreOptions): SqliteDb {
  const readonly = options.readonly ?? false
  const memory = options.path === ':memory:'
  const db: SqliteDb = new Database(options.path, { readonly, fileMustExist: readonly })
  if (!memory && !readonly) {
    // WAL: readers (the server, `chuhai search`) never block the ingest writer, and a commit
    // costs one append. NORMAL sync is durable across process crashes; a power cut can lose the
    // last commits but never corrupts the file — resumable ingest covers the loss.
    db.pragma('journal_mode = WAL')
    db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`)
  }
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  db.pragma(`cache_size = -${CACHE_KIB}`)
  db.pragma('temp_store = MEMORY')
  if (!memory) {
    db.pragma(`mmap_size = ${MMAP_BYTES}`)
  }
  // The full-text index file (ADR 0018), under the name every FTS query uses.
  attachFtsFile(db, options.path, readonly)
  return db
}
