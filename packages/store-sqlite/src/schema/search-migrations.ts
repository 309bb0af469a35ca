/**
 * Schema steps of the search index (issue 4, versions 30–39). Appended to `MIGRATIONS`; released
 * steps are never edited. Structural type, so that this file does not import `migrations.ts`.
 *
 * The impact index (ADR 0011) is stored as a handful of large blobs, each array of the index cut
 * into parts below SQLite's blob limit, plus a small key/value table saying which publications
 * and parameters it was built from.
 */
export const SEARCH_MIGRATIONS: readonly {
  readonly version: number
  readonly name: string
  readonly sql: string
}[] = [
  {
    version: 30,
    name: 'create-search-index',
    sql: `
CREATE TABLE search_index_parts (
  name TEXT NOT NULL,
  part INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (name, part)
) STRICT;
CREATE TABLE search_index_info (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;`,
  },
]
