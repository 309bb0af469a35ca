import { parentPort, workerData } from 'node:worker_threads'
import { createSqliteStore } from '@chuhai/store-sqlite'

/**
 * Builds the search index of the database at `path` on its own thread and connection (minutes on
 * a large store), then reports the documents it covers. Terminating the thread rolls the write back.
 */
const { path } = workerData as { path: string }
const store = createSqliteStore({ path })
try {
  const documents = await store.search().refresh()
  parentPort?.postMessage({ documents })
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) })
} finally {
  await store.close()
}
