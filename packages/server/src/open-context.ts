import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  openSqliteDatabase,
  SqliteDocketStore,
  SqliteFtoRunStore,
  SqliteJobStore,
  SqlitePatentRelations,
  SqlitePatentStore,
  SqliteWorkspaceStore,
} from '@chuhai/store-sqlite'
import type { PatentSearch } from '@chuhai/core/workspace'
import type { FastifyBaseLogger } from 'fastify'
import type { ServerConfig } from './config/config.js'
import type { AppContext } from './context.js'
import { jobHandlers } from './jobs/handlers.js'
import { JobRunner } from './jobs/job-runner.js'
import { openPatentSearch } from './search/open-patent-search.js'
import { SearchIndexer } from './search/search-indexer.js'
import { SearchWorkerPool, searchWorkerAvailable } from './search/search-pool.js'

/** packages/web/dist beside this package, when the web app has been built. */
export function defaultWebDist(): string | undefined {
  const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist')
  return existsSync(resolve(dist, 'index.html')) ? dist : undefined
}

/**
 * Opens the database (migrating it), builds every adapter over the one connection and the job
 * runner. The runner is not started: `startServer` starts it after the server listens.
 */
export function openContext(config: ServerConfig, log: FastifyBaseLogger): AppContext {
  const { db, applied } = openSqliteDatabase({ path: config.db })
  if (applied.length > 0) {
    log.info({ migrations: applied }, 'database migrated')
  }
  const patents = new SqlitePatentStore(db, applied)
  // Searches run on worker threads (own read-only connections, the index loaded once per
  // worker) so that ranking never stalls the other requests; in-memory databases and
  // TypeScript sources (tests) search on the main thread.
  const workers =
    config.searchWorkers > 0 && config.db !== ':memory:' && searchWorkerAvailable()
      ? new SearchWorkerPool(config.db, config.searchWorkers)
      : undefined
  let inline = workers ? undefined : openPatentSearch(db)
  const search: PatentSearch = workers ?? {
    id: inline!.id,
    search: (request) => inline!.search(request),
  }
  const searchIndex = new SearchIndexer(db, config.db, async () => {
    if (workers) {
      await workers.reload()
    } else {
      inline = openPatentSearch(db)
    }
  })
  const partial = {
    config,
    db,
    patents,
    search,
    searchIndex,
    relations: new SqlitePatentRelations(db),
    docket: new SqliteDocketStore(db),
    workspace: new SqliteWorkspaceStore(db),
    jobs: new SqliteJobStore(db),
    ftoRuns: new SqliteFtoRunStore(db),
    close: async () => {
      await searchIndex.close()
      await workers?.close()
    },
  }
  const ctx: AppContext = { ...partial, runner: undefined as unknown as JobRunner }
  const runner = new JobRunner(partial.jobs, jobHandlers(ctx), log, config.jobConcurrency)
  ;(ctx as { runner: JobRunner }).runner = runner
  return ctx
}
