import { Q } from '@chuhai/core'
import type { PatentSearch } from '@chuhai/core/workspace'
import { SqliteSearchBackend, type SqliteDb } from '@chuhai/store-sqlite'
import { BackendPatentSearch } from './backend-patent-search.js'

/** The workspace search over a connection, with `warm()` to load the index before requests come. */
export interface WarmPatentSearch extends PatentSearch {
  /** Loads the index and the per-document columns into memory (errors, e.g. no index yet, ignored). */
  warm(): Promise<void>
}

/**
 * The search engine's backend over `db` as the workspace's `PatentSearch`. It never builds the
 * index (the server's `SearchIndexer` does, off the request path) and searches a stale index
 * while a rebuild runs, so new documents appear when the rebuild is done.
 */
export function openPatentSearch(db: SqliteDb): WarmPatentSearch {
  const backend = new SqliteSearchBackend(db, { autoRefresh: false, allowStale: true })
  const search = new BackendPatentSearch(backend, db)
  return {
    id: search.id,
    search: (request) => search.search(request),
    async warm() {
      try {
        await backend.search(Q.keyword('cc', 'US'), { limit: 1, snippets: false })
        // One prose and one Boolean search through the whole path (ranking, feedback, facets,
        // snippets), so the first users do not pay for compiling it; their answers are not kept.
        await search.search({ q: 'a system and method for processing a signal', limit: 20 })
        await search.search({ q: 'ti:(device OR apparatus) AND method', limit: 20 })
      } catch {
        // No index yet: the first search says so; the indexer builds it.
      }
    },
  }
}
