// @chuhai/store-sqlite/ingest-store — the patent store alone, without the search, semantic,
// family and FTO modules that the package root loads: a bulk ingest starts faster (ADR 0018).
export type { SqliteStoreOptions } from './connection.js'
export { createSqliteIngestStore, SqliteStoreBase } from './sqlite-store-base.js'
