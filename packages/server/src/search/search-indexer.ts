import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { SqliteSearchBackend, type SqliteDb } from '@chuhai/store-sqlite'

const WORKER = fileURLToPath(new URL('./index-worker.js', import.meta.url))

/** What the indexer is doing, for readiness and the import page. */
export interface IndexState {
  readonly building: boolean
  /** Whether an index exists at all (a stale one is still searched). */
  readonly built: boolean
  readonly current: boolean
  readonly lastError: string | null
}

/**
 * Keeps the search engine's index in step with the store, off the request path: `refresh()`
 * rebuilds it when the store changed (on its own worker thread and connection where the compiled
 * worker exists, else inline), one build at a time, then calls `onBuilt` so the searchers load
 * the new index. Searches meanwhile use the previous index.
 */
export class SearchIndexer {
  readonly #db: SqliteDb
  readonly #path: string
  readonly #onBuilt: () => Promise<void>
  #chain: Promise<void> = Promise.resolve()
  #building = false
  #lastError: string | null = null
  #worker: Worker | undefined

  constructor(db: SqliteDb, path: string, onBuilt: () => Promise<void>) {
    this.#db = db
    this.#path = path
    this.#onBuilt = onBuilt
  }

  state(): IndexState {
    const backend = new SqliteSearchBackend(this.#db, { autoRefresh: false })
    const built =
      (
        this.#db
          .prepare("SELECT count(*) AS n FROM search_index_info WHERE key = 'stamp'")
          .get() as {
          n: number
        }
      ).n > 0
    return {
      building: this.#building,
      built,
      current: backend.isCurrent(),
      lastError: this.#lastError,
    }
  }

  /**
   * Rebuilds the index if the store changed since it was built; resolves when it is current
   * (builds queue behind each other). An aborted `signal` stops this caller's build.
   */
  refresh(signal?: AbortSignal): Promise<void> {
    const next = this.#chain.then(() => this.#buildIfStale(signal))
    this.#chain = next.catch(() => undefined)
    return next
  }

  async #buildIfStale(signal: AbortSignal | undefined): Promise<void> {
    signal?.throwIfAborted()
    if (new SqliteSearchBackend(this.#db, { autoRefresh: false }).isCurrent()) {
      return
    }
    this.#building = true
    try {
      if (this.#path !== ':memory:' && existsSync(WORKER)) {
        await this.#inWorker(signal)
      } else {
        await new SqliteSearchBackend(this.#db).refresh()
      }
      this.#lastError = null
      await this.#onBuilt()
    } catch (error) {
      this.#lastError = error instanceof Error ? error.message : String(error)
      throw error
    } finally {
      this.#building = false
    }
  }

  /** Stops a build in progress (its transaction rolls back); the next start builds again. */
  async close(): Promise<void> {
    await this.#worker?.terminate()
  }

  #inWorker(signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(WORKER, { workerData: { path: this.#path } })
      this.#worker = worker
      worker.once('exit', () => {
        this.#worker = undefined
      })
      const abort = () => {
        void worker.terminate()
        reject(signal?.reason instanceof Error ? signal.reason : new Error('index build cancelled'))
      }
      signal?.addEventListener('abort', abort, { once: true })
      worker.once('message', (m: { documents?: number; error?: string }) => {
        signal?.removeEventListener('abort', abort)
        void worker.terminate()
        if (m.error) {
          reject(new Error(`search index build failed: ${m.error}`))
        } else {
          resolve()
        }
      })
      worker.once('error', (error) => {
        signal?.removeEventListener('abort', abort)
        reject(error)
      })
      worker.once('exit', (code) => {
        signal?.removeEventListener('abort', abort)
        reject(new Error(`search index build stopped (exit ${code})`))
      })
    })
  }
}
