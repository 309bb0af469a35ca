import { parentPort, workerData } from 'node:worker_threads'
import { ChuhaiError } from '@chuhai/core'
import type { PatentSearchRequest } from '@chuhai/core/workspace'
import { openSqliteDatabase, SqlitePatentSearch } from '@chuhai/store-sqlite'

/**
 * A search worker: its own read-only connection (WAL lets it read while the server writes) and
 * the FTS5 search. better-sqlite3 is synchronous, so a search that ranks many matches would
 * otherwise stop every other request of the server for its duration.
 */
const { path } = workerData as { path: string }
const { db } = openSqliteDatabase({ path, readonly: true })
const search = new SqlitePatentSearch(db)

parentPort?.on('message', (message: { id: number; request: PatentSearchRequest }) => {
  search.search(message.request).then(
    (page) => parentPort?.postMessage({ id: message.id, page }),
    (error: unknown) =>
      parentPort?.postMessage({
        id: message.id,
        error: {
          code: error instanceof ChuhaiError ? error.code : null,
          message: error instanceof Error ? error.message : String(error),
        },
      }),
  )
})
