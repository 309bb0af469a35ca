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
export {
  createSqliteIngestStore,
  openSqliteStore,
  SqliteStoreBase,
  type OpenedSqliteStore,
} from './sqlite-store-base.js'
export {
  ftsWeightedExpression,
  SqliteCandidateSource,
  SqliteFtoRecords,
} from './sqlite-fto-source.js'
export { DOCKET_MIGRATIONS } from './schema/docket-migrations.js'
export type { DocketDatabase } from './schema/docket-tables.js'
export { createSqliteDocketStore, SqliteDocketStore } from './sqlite-docket-store.js'
export { MONITOR_MIGRATIONS } from './schema/monitor-migrations.js'
export {
  createSqliteMonitorStore,
  SqliteMonitorStore,
  type AlertFilter,
  type RunOptions,
  type StoredWatch,
  type WatchOwner,
  watchOwners,
} from './monitor/sqlite-monitor-store.js'
export type { WatchRunOutcome } from './monitor/run-watch.js'
export type { ApplicantEntitySummary } from './monitor/applicant-index.js'
export type { LandscapeRequest } from './monitor/landscape-query.js'
export { SqliteFamilyStore } from './sqlite-family-store.js'
export { OFFICES_TABLES_MIGRATIONS } from './schema/offices-tables-migrations.js'
export { chineseSearchForm, isChinese, loadChineseSearchForm } from './write/chinese-search-form.js'
export {
  createSqlitePolicyStore,
  SqlitePolicyStore,
  type PolicyAlert,
  type PolicyChange,
  type PolicyItem,
  type StoredSubscription,
} from './monitor/sqlite-policy-store.js'
export { SqliteEmbeddingStore } from './sqlite-embedding-store.js'
export { SEMANTIC_MIGRATIONS } from './schema/semantic-migrations.js'
export { SEARCH_MIGRATIONS } from './schema/search-migrations.js'
export { SqliteSearchBackend, type SqliteSearchOptions } from './search/sqlite-search-backend.js'
export { openSqliteDatabase } from './workspace/open-database.js'
export { SqliteFtoRunStore } from './workspace/sqlite-fto-run-store.js'
export { SqliteJobStore } from './workspace/sqlite-job-store.js'
export {
  SqlitePatentRelations,
  type RelatedPublication,
} from './workspace/sqlite-patent-relations.js'
export { SqliteWorkspaceStore } from './workspace/sqlite-workspace-store.js'
export { WORKSPACE_MIGRATIONS } from './schema/workspace-migrations.js'
