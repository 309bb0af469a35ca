import type { DocketStore, PatentStore } from '@chuhai/core'
import type { ChartStore, JobStore, PatentSearch, WorkspaceStore } from '@chuhai/core/workspace'
import type { SqliteDb, SqlitePatentRelations } from '@chuhai/store-sqlite'
import type { ServerConfig } from './config/config.js'
import type { JobRunner } from './jobs/job-runner.js'
import type { SearchIndexer } from './search/search-indexer.js'
import type { FtoEngine } from './services/fto-engine.js'

/**
 * The ports the services use, built once by `openContext` (house style R3/R8: routes → services →
 * ports). Swapping an adapter (another search backend, the FTO helper's engine) means building a
 * different context; no route or service changes.
 */
export interface AppContext {
  readonly config: ServerConfig
  readonly db: SqliteDb
  readonly patents: PatentStore
  readonly search: PatentSearch
  /** Keeps the search index in step with the store (rebuilds off the request path). */
  readonly searchIndex: SearchIndexer
  readonly relations: SqlitePatentRelations
  readonly docket: DocketStore
  readonly workspace: WorkspaceStore
  readonly jobs: JobStore
  readonly charts: ChartStore
  readonly fto: FtoEngine
  readonly runner: JobRunner
  /** Releases what the context holds besides the connection (search workers). */
  close(): Promise<void>
}
