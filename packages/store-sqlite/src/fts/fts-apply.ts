import type { PatentRecord } from '@chuhai/core/ingest'
import type { SqliteDb, SqliteStatement } from '../driver.js'
import { FTS_TABLE } from '../fts.js'
import { chineseSearchForm } from '../write/chinese-search-form.js'

/**
 * One publication's change to the index: the texts of its title, abstract, claims and
 * description (each column's texts are joined with newlines when applied, exactly as the
 * `fts_source` view joins the stored rows) or, without `texts`, its removal. The writer thread
 * passes the record's own strings; the index thread joins them.
 */
export interface FtsEntry {
  readonly doc: number
  readonly texts?: readonly [
    readonly string[],
    readonly string[],
    readonly string[],
    readonly string[],
  ]
}

/** The index entry of a publication written from `record`, in its `fts_source` form. */
export function ftsEntryOf(doc: number, record: PatentRecord): FtsEntry {
  // The search form of Chinese text, as the view reads it (migration 11).
  const form = (lang: string, text: string): string => chineseSearchForm(lang, text) ?? text
  const list = (items: readonly { readonly lang: string; readonly text: string }[]): string[] =>
    items.map((t) => form(t.lang, t.text))
  return {
    doc,
    texts: [
      list(record.titles),
      list(record.abstracts),
      record.claims.flatMap((set) => set.claims.map((c) => form(set.lang, c.text))),
      list(record.descriptions),
    ],
  }
}

/** The statements that apply entries to the index in schema `schema`. */
export interface FtsApplyStatements {
  readonly begin: SqliteStatement
  readonly commit: SqliteStatement
  readonly rollback: SqliteStatement
  readonly remove: SqliteStatement
  readonly insert: SqliteStatement
  readonly applied: SqliteStatement
}

/** Prepares the apply statements for the index in `schema`. */
export function prepareFtsApply(db: SqliteDb, schema: string): FtsApplyStatements {
  return {
    // Deferred: the first statement (a write to the index file) takes that file's write lock
    // only. `BEGIN IMMEDIATE` would lock every attached file, the main one included.
    begin: db.prepare('BEGIN'),
    commit: db.prepare('COMMIT'),
    rollback: db.prepare('ROLLBACK'),
    remove: db.prepare(`DELETE FROM ${schema}.${FTS_TABLE} WHERE rowid = ?`),
    insert: db.prepare(
      `INSERT INTO ${schema}.${FTS_TABLE} (rowid, title, abstract, claims, description) ` +
        'VALUES (?, ?, ?, ?, ?)',
    ),
    applied: db.prepare(
      `INSERT INTO ${schema}.fts_state (key, value) VALUES ('applied', ?)
       ON CONFLICT (key) DO UPDATE SET value = max(value, excluded.value)`,
    ),
  }
}

/**
 * Applies the entries of `fts_log` entry `seq` in one transaction of the index file and records
 * `seq` as applied there. Idempotent: each publication's old index row is removed first, so an
 * entry applied twice (after a crash between the two files' commits) leaves the same index.
 */
export function applyFtsEntries(
  db: SqliteDb,
  s: FtsApplyStatements,
  seq: number,
  entries: readonly FtsEntry[],
): void {
  s.begin.run()
  try {
    for (const e of entries) {
      s.remove.run(e.doc)
      if (e.texts) {
        const [title, abstract, claims, description] = e.texts
        s.insert.run(
          e.doc,
          title.join('\n'),
          abstract.join('\n'),
          claims.join('\n'),
          description.join('\n'),
        )
      }
    }
    s.applied.run(seq)
    s.commit.run()
  } catch (error) {
    if (db.inTransaction) {
      s.rollback.run()
    }
    throw error
  }
}
