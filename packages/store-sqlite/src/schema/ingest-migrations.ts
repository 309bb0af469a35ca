/**
 * Schema steps of the ingest work (issue 2, versions 90–99). Appended to `MIGRATIONS`; released
 * steps are never edited. Structural type, so that this file does not import `migrations.ts`.
 *
 * 90 moves the full-text index out of the main file (ADR 0018): the external-content
 * `patent_fts` of migration 3 is dropped; the index now lives in the attached index file
 * (`fts/fts-file.ts`), fed from `fts_log`, which each write transaction appends to. `fts_link`
 * holds the id that pairs this main file with its index file. The index itself is rebuilt from
 * the stored text on the first open after this step (`ensureFtsIndex`).
 */
export const INGEST_MIGRATIONS: readonly {
  readonly version: number
  readonly name: string
  readonly sql: string
}[] = [
  {
    version: 90,
    name: 'move-fts-to-index-file',
    sql: `
DROP TABLE main.patent_fts;
CREATE TABLE fts_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  docs TEXT NOT NULL
) STRICT;
CREATE TABLE fts_link (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
INSERT INTO fts_link (key, value) VALUES ('id', lower(hex(randomblob(16))));`,
  },
]
