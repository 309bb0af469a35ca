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

/** The layout of the index file's table; a file with another one is rebuilt on open. */
export const FTS_FORMAT = 'contentless-delete-1'

/**
 * DDL of the index file, for schema `schema` (`main` on the index worker's own connection).
 * A contentless-delete FTS5 table: the index only, no copy of the text (an external-content
 * table cannot read the `fts_source` view of another file, and a regular one would store every
 * text a second time); rows are replaced and deleted by rowid. `snippet()` is served by
 * `FtsSnippets` from the stored text. `fts_state` holds `applied` (the last `fts_log` entry of the
 * main file written here), `main` (the id of the main file this index belongs to) and `format`
 * (`FTS_FORMAT`; another value means the index is rebuilt).
 */
export function ftsFileSql(schema: string): string {
  return `
CREATE VIRTUAL TABLE IF NOT EXISTS ${schema}.${FTS_TABLE} USING fts5(
  title, abstract, claims, description,
  content = '', contentless_delete = 1,
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
