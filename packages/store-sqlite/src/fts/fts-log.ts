import type { SqliteDb, SqliteStatement } from '../driver.js'
import { FTS_TABLE } from '../fts.js'
import { applyFtsEntries, prepareFtsApply, type FtsEntry } from './fts-apply.js'
import { FTS_FORMAT, FTS_SCHEMA, ftsFileSql, hasFtsFile } from './fts-file.js'

/**
 * The main file's side of the index (ADR 0018): every write transaction that changes
 * publications also appends one `fts_log` row (the `doc`s it touched), in the same transaction.
 * The index file records the last entry it applied; everything after it is pending. A crash
 * between the two files' commits, or an index writer that died, therefore leaves pending entries
 * that `catchUpFts` applies from the stored text (`fts_source`).
 */
export class FtsLog {
  readonly #open: SqliteStatement
  readonly #fill: SqliteStatement
  readonly #drop: SqliteStatement
  readonly #prune: SqliteStatement

  constructor(db: SqliteDb) {
    this.#open = db.prepare("INSERT INTO fts_log (docs) VALUES ('[]') RETURNING seq")
    this.#fill = db.prepare('UPDATE fts_log SET docs = ? WHERE seq = ?')
    this.#drop = db.prepare('DELETE FROM fts_log WHERE seq = ?')
    this.#prune = db.prepare(
      `DELETE FROM fts_log WHERE seq <= (SELECT value FROM ${FTS_SCHEMA}.fts_state WHERE key = 'applied')`,
    )
  }

  /**
   * Opens this transaction's entry. Run it first in a deferred transaction: as the first write it
   * takes the main file's write lock (waiting on `busy_timeout`), and no other file's.
   */
  open(): number {
    return (this.#open.get() as { seq: number }).seq
  }

  /** Closes the entry with the publications it touched (none: the entry is dropped). */
  close(seq: number, entries: readonly FtsEntry[]): void {
    if (entries.length === 0) {
      this.#drop.run(seq)
    } else {
      this.#fill.run(JSON.stringify(entries.map((e) => e.doc)), seq)
    }
    this.#prune.run()
  }
}

const state = (db: SqliteDb, key: string): unknown =>
  (
    db.prepare(`SELECT value FROM ${FTS_SCHEMA}.fts_state WHERE key = ?`).get(key) as
      { value: unknown } | undefined
  )?.value

/** Publications per log entry when the whole store is queued for indexing. */
const REINDEX_CHUNK = 2000

/**
 * Makes the index file belong to this main file and brings it up to date. The index is rebuilt
 * from the stored text when it belongs to another main file, is new (a first open, migration 90,
 * a deleted index file), is ahead of the main file's log (a main file restored from a backup) or
 * has another layout (`FTS_FORMAT`).
 * Then every pending log entry is applied. Needs a writable connection with the index attached.
 */
export function ensureFtsIndex(db: SqliteDb): void {
  if (db.readonly || !hasFtsFile(db)) {
    return
  }
  const id = (db.prepare("SELECT value FROM fts_link WHERE key = 'id'").get() as { value: string })
    .value
  const issued =
    (
      db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'fts_log'").get() as
        { seq: number } | undefined
    )?.seq ?? 0
  const applied = Number(state(db, 'applied') ?? 0)
  if (state(db, 'main') !== id || applied > issued || state(db, 'format') !== FTS_FORMAT) {
    // Two transactions, main file first: a crash between them leaves the index owned by no one,
    // so the next open starts over.
    transaction(db, () =>
      db.exec(`DELETE FROM fts_log;
INSERT INTO fts_log (docs)
  SELECT json_group_array(doc) FROM (SELECT doc FROM publications ORDER BY doc)
  GROUP BY doc / ${REINDEX_CHUNK} ORDER BY min(doc);`),
    )
    transaction(db, () => {
      db.exec(`DROP TABLE ${FTS_SCHEMA}.${FTS_TABLE};`)
      db.exec(ftsFileSql(FTS_SCHEMA))
      db.prepare(
        `INSERT OR REPLACE INTO ${FTS_SCHEMA}.fts_state (key, value)
         VALUES ('main', ?), ('applied', ?), ('format', ?)`,
      ).run(id, issued, FTS_FORMAT)
    })
  }
  catchUpFts(db)
}

/** Runs `work` in a deferred transaction: each file is locked by its first write. */
function transaction(db: SqliteDb, work: () => void): void {
  db.exec('BEGIN')
  try {
    work()
    db.exec('COMMIT')
  } catch (error) {
    if (db.inTransaction) {
      db.exec('ROLLBACK')
    }
    throw error
  }
}

/**
 * Applies every pending `fts_log` entry to the index from the stored text, in order, then drops
 * the applied entries. Returns how many entries it applied.
 */
export function catchUpFts(db: SqliteDb): number {
  if (db.readonly || !hasFtsFile(db)) {
    return 0
  }
  const applied = Number(state(db, 'applied') ?? 0)
  const pending = db
    .prepare('SELECT seq, docs FROM fts_log WHERE seq > ? ORDER BY seq')
    .all(applied) as { seq: number; docs: string }[]
  const source = db.prepare(
    'SELECT title, abstract, claims, description FROM fts_source WHERE doc = ?',
  )
  const s = prepareFtsApply(db, FTS_SCHEMA)
  for (const { seq, docs } of pending) {
    const entries = (JSON.parse(docs) as number[]).map((doc): FtsEntry => {
      const row = source.get(doc) as Record<string, string | null> | undefined
      return row
        ? {
            doc,
            texts: [
              [row.title ?? ''],
              [row.abstract ?? ''],
              [row.claims ?? ''],
              [row.description ?? ''],
            ],
          }
        : { doc }
    })
    applyFtsEntries(db, s, seq, entries)
  }
  db.prepare(
    `DELETE FROM fts_log WHERE seq <= (SELECT value FROM ${FTS_SCHEMA}.fts_state WHERE key = 'applied')`,
  ).run()
  return pending.length
}
