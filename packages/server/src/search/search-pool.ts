import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { ChuhaiError, type ErrorCode } from '@chuhai/core'
import type { PatentSearch, PatentSearchPage, PatentSearchRequest } from '@chuhai/core/workspace'

interface Pending {
  resolve(value: PatentSearchPage | undefined): void
  reject(error: Error): void
}

interface Slot {
  readonly worker: Worker
  readonly pending: Map<number, Pending>
}

interface Reply {
  id: number
  page?: PatentSearchPage
  reloaded?: true
  error?: { code: string | null; message: string }
}

const WORKER = fileURLToPath(new URL('./search-worker.js', import.meta.url))

/**
 * Young generation of a search worker, in MiB (three semi-spaces of 64 MiB). A query allocates
 * decoded postings and score arrays that die with it; with V8's default semi-space they were
 * promoted and collected on GC threads. At 1,000,000 documents a 64 MiB semi-space took the
 * Boolean p95 from 60.5 to 54.6 ms and the natural-language p95 from 248 to 191 ms in the
 * benchmark process, postings in memory (docs/benchmarks.md, lead's quiet measure of 2026-12-02
 * 13:24); the server itself was not measured.
 */
const YOUNG_GENERATION_MB = 192

/** Whether the compiled worker exists (it does in `dist`; not when running TypeScript sources). */
export function searchWorkerAvailable(): boolean {
  return existsSync(WORKER)
}

/**
 * `PatentSearch` on `size` worker threads, each with its own read-only connection to the store
 * and to the index side file (ADR 0024: the key dictionary is read when the worker starts,
 * postings per key as queries need them, with a small cache), least busy first. Results and errors cross back as plain data; catalogue errors keep their code.
 */
export class SearchWorkerPool implements PatentSearch {
  readonly id = 'sqlite'
  readonly #slots: Slot[]
  #next = 0

  constructor(path: string, size: number) {
    this.#slots = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER, {
        workerData: { path },
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      })
      const slot: Slot = { worker, pending: new Map() }
      worker.on('message', (m: Reply) => {
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
          p.resolve(m.page)
        }
      })
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

  /** Requests waiting on or running in the workers. */
  get inFlight(): number {
    return this.#slots.reduce((n, s) => n + s.pending.size, 0)
  }

  #send(slot: Slot, message: object): Promise<PatentSearchPage | undefined> {
    const id = this.#next++
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject })
      slot.worker.postMessage({ id, ...message })
    })
  }

  async search(request: PatentSearchRequest): Promise<PatentSearchPage> {
    const slot = this.#slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a))
    return (await this.#send(slot, { request }))!
  }

  /** Makes every worker load the index again (after a rebuild); resolves when all have. */
  async reload(): Promise<void> {
    await Promise.all(this.#slots.map((s) => this.#send(s, { reload: true })))
  }

  async close(): Promise<void> {
    await Promise.all(this.#slots.map((s) => s.worker.terminate()))
  }
}
