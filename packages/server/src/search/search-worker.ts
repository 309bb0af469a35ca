import { parentPort, workerData } from 'node:worker_threads'
import { ChuhaiError } from '@chuhai/core'
import type { PatentSearchRequest } from '@chuhai/core/workspace'
import { openSqliteDatabase } from '@chuhai/store-sqlite'
import { openPatentSearch } from './open-patent-search.js'

/**
 * A search worker: its own read-only connection (WAL lets it read while the server writes) and
 * the search engine's index, loaded into memory once when the worker starts and again only when
 * the server says the index was rebuilt (`reload`). Ranking is CPU work; on the main thread it
 * would stop every other request for its duration.
 */
const { path } = workerData as { path: string }
const { db } = openSqliteDatabase({ path, readonly: true })
let search = openPatentSearch(db)
void search.warm()

type Message = { id: number; request: PatentSearchRequest } | { id: number; reload: true }

parentPort?.on('message', (message: Message) => {
  if ('reload' in message) {
    search = openPatentSearch(db)
    void search.warm().then(() => parentPort?.postMessage({ id: message.id, reloaded: true }))
    return
  }
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
