// @chuhai/store-sqlite — the embedded store. Explicit re-exports only (house style R11).
export { type SqliteStoreOptions } from './connection.js'
export type { SqliteDb, SqliteRunResult, SqliteStatement } from './driver.js'
export {
  createStoreError,
  SqliteStoreError,
  STORE_ERROR_MESSAGES,
  type StoreErrorCode,
} from './errors.js'
export { FTS_TABLE, FTS_TOKENIZE } from './fts.js'
export { MIGRATIONS, SCHEMA_VERSION, type Migration } from './schema/migrations.js'
export type { Database } from './schema/tables.js'
export {
  ftsAnyOf,
  NOVELTY_BM25_WEIGHTS,
  quoteFtsTerm,
  SqliteNoveltyHints,
  type SqliteNoveltyHintsOptions,
} from './sqlite-novelty-hints.js'
export { createSqliteStore, SqlitePatentStore } from './sqlite-patent-store.js'
export { DOCKET_MIGRATIONS } from './schema/docket-migrations.js'
export type { DocketDatabase } from './schema/docket-tables.js'
export { createSqliteDocketStore, SqliteDocketStore } from './sqlite-docket-store.js'
export { openSqliteDatabase } from './workspace/open-database.js'
export { queryToFts } from './workspace/query-to-fts.js'
export { SqliteJobStore } from './workspace/sqlite-job-store.js'
export { SqlitePatentSearch, spansOf } from './workspace/sqlite-patent-search.js'
export {
  SqlitePatentRelations,
  type RelatedPublication,
} from './workspace/sqlite-patent-relations.js'
export { SqliteWorkspaceStore } from './workspace/sqlite-workspace-store.js'
export { WORKSPACE_MIGRATIONS } from './schema/workspace-migrations.js'
export { SqliteChartStore } from './workspace/sqlite-chart-store.js'
