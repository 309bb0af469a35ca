/**
 * Schema steps of the forward index (issue 4, Boolean speed; block 150–159, ADR 0020). Appended
 * to `MIGRATIONS`; released steps are never edited. Structural type, so that this file does not
 * import `migrations.ts`.
 *
 * One row per document: its index keys per field as varint-coded vocabulary ids (the format is
 * `@chuhai/core`'s `encodeForward`), read per candidate when a phrase or `NEAR/n` is checked. The
 * info table holds the vocabulary and the stamp of the impact index the records belong to.
 */
export const BOOLEAN_MIGRATIONS: readonly {
  readonly version: number
  readonly name: string
  readonly sql: string
}[] = [
  {
    version: 150,
    name: 'create-search-forward-index',
    sql: `
CREATE TABLE search_forward (
  doc INTEGER PRIMARY KEY,
  tokens BLOB NOT NULL
) STRICT;
CREATE TABLE search_forward_info (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;`,
  },
]
