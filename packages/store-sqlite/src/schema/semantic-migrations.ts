/**
 * Schema steps of the semantic layer (clir block, versions 40–49): document vectors per
 * embedding model. Appended to `MIGRATIONS`; written structurally like `docket-migrations.ts`.
 */
export const SEMANTIC_MIGRATIONS: readonly {
  readonly version: number
  readonly name: string
  readonly sql: string
}[] = [
  {
    version: 40,
    name: 'create-embeddings',
    // One vector per (model, document), as little-endian float32 bytes. `content_hash` is the
    // publication's hash when embedded: a re-ingested, changed document counts as pending again.
    sql: `
CREATE TABLE embedding_models (
  model TEXT PRIMARY KEY,
  dimensions INTEGER NOT NULL CHECK (dimensions > 0)
) STRICT;
CREATE TABLE embeddings (
  model TEXT NOT NULL REFERENCES embedding_models(model) ON DELETE CASCADE,
  doc INTEGER NOT NULL REFERENCES publications(doc) ON DELETE CASCADE,
  content_hash TEXT NOT NULL,
  vector BLOB NOT NULL,
  PRIMARY KEY (model, doc)
) STRICT, WITHOUT ROWID;
CREATE INDEX embeddings_doc ON embeddings(doc);`,
  },
]
