import { existsSync } from 'node:fs'
import type { SqliteDb } from '../driver.js'
import { FTS_AUTOMERGE, FTS_HASH_SIZE, FTS_TABLE, FTS_TOKENIZE } from '../fts.js'

/**
 * The full-text index lives in its own database file next to the main one (ADR 0018), attached
 * to every connection under this schema name. Unqualified `patent_fts` resolves to it for every
 * reader (SQLite searches `main` first, then attached schemas), so queries are unchanged.
 */
export const FTS_SCHEMA = 'chuhai_fts'

/** The index file of a database file: `chuhai.db` → `chuhai.db.fts`; `:memory:` stays in memory. */
export function ftsFilePath(path: string): string {
  return path === ':memory:' ? path : `${path}.fts`
}

/**
 * DDL of the index file, for schema `schema` (`main` on the index worker's own connection).
 * A regular FTS5 table, holding its own copy of the indexed text: `snippet()` and `highlight()`
 * need the text in the FTS table's own database, and an external-content table cannot read a
 * view in another file. `fts_state` holds `applied` (the last `fts_log` entry of the main file
 * written here) and `main` (the id of the main file this index belongs to).
 */
export function ftsFileSql(schema: string): string {
  return `
CREATE VIRTUAL TABLE IF NOT EXISTS ${schema}.${FTS_TABLE} USING fts5(
  title, abstract, claims, description,
  tokenize = '${FTS_TOKENIZE}'
);
INSERT INTO ${schema}.${FTS_TABLE}(${FTS_TABLE}, rank) VALUES ('hashsize', ${FTS_HASH_SIZE});
INSERT INTO ${schema}.${FTS_TABLE}(${FTS_TABLE}, rank) VALUES ('automerge', ${FTS_AUTOMERGE});
CREATE TABLE IF NOT EXISTS ${schema}.fts_state (key TEXT PRIMARY KEY, value ANY NOT NULL) STRICT;
`
}

/**
 * Attaches the index file of `path` as `FTS_SCHEMA` and, on a writable connection, creates its
 * schema. A read-only connection whose index file does not exist yet attaches nothing.
 */
export function attachFtsFile(db: SqliteDb, path: string, readonly: boolean): void {
  const file = ftsFilePath(path)
  if (readonly && file !== ':memory:' && !existsSync(file)) {
    return
  }
  db.prepare(`ATTACH DATABASE ? AS ${FTS_SCHEMA}`).run(file)
  if (readonly) {
    return
  }
  if (file !== ':memory:') {
    db.pragma(`${FTS_SCHEMA}.journal_mode = WAL`)
  }
  db.pragma(`${FTS_SCHEMA}.synchronous = NORMAL`)
  db.exec(ftsFileSql(FTS_SCHEMA))
}

/** Whether the connection has the index file attached. */
export function hasFtsFile(db: SqliteDb): boolean {
  return (db.pragma('database_list') as { name: string }[]).some((d) => d.name === FTS_SCHEMA)
}
