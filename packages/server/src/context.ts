import type { DocketStore } from '@chuhai/core'
import type { FtoRunStore, JobStore, PatentSearch, WorkspaceStore } from '@chuhai/core/workspace'
import type { SqliteDb, SqlitePatentRelations, SqlitePatentStore } from '@chuhai/store-sqlite'
import type { ServerConfig } from './config/config.js'
import type { JobRunner } from './jobs/job-runner.js'
import type { SearchIndexer } from './search/search-indexer.js'

/**
 * The ports the services use, built once by `openContext` (house style R3/R8: routes → services →
 * ports). Swapping an adapter (another search backend, the FTO helper's engine) means building a
 * different context; no route or service changes.
 */
export interface AppContext {
  readonly config: ServerConfig
  readonly db: SqliteDb
  readonly patents: SqlitePatentStore
  readonly search: PatentSearch
  /** Keeps the search index in step with the store (rebuilds off the request path). */
  readonly searchIndex: SearchIndexer
  readonly relations: SqlitePatentRelations
  readonly docket: DocketStore
  readonly workspace: WorkspaceStore
  readonly jobs: JobStore
  /** FTO runs with the findings people recorded (confidential). */
  readonly ftoRuns: FtoRunStore
  readonly runner: JobRunner
  /** Releases what the context holds besides the connection (search workers). */
  close(): Promise<void>
}
