import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { ChuhaiError, type ErrorCode } from '@chuhai/core'
import type { PatentSearch, PatentSearchPage, PatentSearchRequest } from '@chuhai/core/workspace'

interface Pending {
  resolve(page: PatentSearchPage): void
  reject(error: Error): void
}

interface Slot {
  readonly worker: Worker
  readonly pending: Map<number, Pending>
}

const WORKER = fileURLToPath(new URL('./search-worker.js', import.meta.url))

/** Whether the compiled worker exists (it does in `dist`; not when running TypeScript sources). */
export function searchWorkerAvailable(): boolean {
  return existsSync(WORKER)
}

/**
 * `PatentSearch` on `size` worker threads, each with its own read-only connection, least busy
 * first. Results and errors cross back as plain data; catalogue errors keep their code.
 */
export class SearchWorkerPool implements PatentSearch {
  readonly id = 'sqlite-fts5'
  readonly #slots: Slot[]
  #next = 0

  constructor(path: string, size: number) {
    this.#slots = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER, { workerData: { path } })
      const slot: Slot = { worker, pending: new Map() }
      worker.on(
        'message',
        (m: {
          id: number
          page?: PatentSearchPage
          error?: { code: string | null; message: string }
        }) => {
          const p = slot.pending.get(m.id)
          slot.pending.delete(m.id)
          if (!p) {
            return
          }
          if (m.error) {
            p.reject(
              m.error.code
                ? new ChuhaiError(m.error.code as ErrorCode, m.error.message)
                : new Error(m.error.message),
            )
          } else {
            p.resolve(m.page!)
          }
        },
      )
      worker.on('error', (error) => {
        for (const p of slot.pending.values()) {
          p.reject(error)
        }
        slot.pending.clear()
      })
      worker.unref()
      return slot
    })
  }

  search(request: PatentSearchRequest): Promise<PatentSearchPage> {
    const slot = this.#slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a))
    const id = this.#next++
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject })
      slot.worker.postMessage({ id, request })
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.#slots.map((s) => s.worker.terminate()))
  }
}
