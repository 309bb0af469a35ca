import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { parseBatch } from './parse-batch.js'
import type { DocumentInput, ParsedDocument, ParseReply, ParseRequest } from './parse-job.js'

/** Parses batches of documents, on worker threads or in this thread. */
export interface ParsePool {
  /** Resolves with the batch's outcomes in input order. */
  parse(docs: readonly DocumentInput[]): Promise<ParsedDocument[]>
  /** How many batches may usefully be in flight at once. */
  readonly concurrency: number
  close(): Promise<void>
}

/**
 * A pool of `workers` parse threads, so that parsing uses the cores the SQLite writer on the
 * main thread does not. `workers: 0` parses in this thread (tests, tiny inputs), as does a
 * build without the compiled worker file (e.g. running from TypeScript sources).
 */
export function createParsePool(workers: number): ParsePool {
  const script = new URL('./parse-worker.js', import.meta.url)
  if (workers <= 0 || !existsSync(fileURLToPath(script))) {
    return {
      concurrency: 1,
      parse: (docs) => Promise.resolve(parseBatch(docs)),
      close: () => Promise.resolve(),
    }
  }
  return new WorkerParsePool(script, workers)
}

/**
 * Young-generation size of a parse worker. Parsing makes many short-lived strings and nodes; a
 * larger nursery lets more of them die young instead of being scavenged and promoted.
 */
const WORKER_YOUNG_MB = 64

class WorkerParsePool implements ParsePool {
  readonly concurrency: number
  readonly #workers: Worker[]
  readonly #pending = new Map<
    number,
    { resolve: (p: ParsedDocument[]) => void; reject: (e: Error) => void }
  >()
  #next = 0

  constructor(script: URL, count: number) {
    this.concurrency = count * 12
    this.#workers = Array.from({ length: count }, () => {
      const worker = new Worker(script, {
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
      })
      worker.on('message', (reply: ParseReply) => {
        const waiter = this.#pending.get(reply.id)
        this.#pending.delete(reply.id)
        waiter?.resolve(reply.parsed as ParsedDocument[])
      })
      worker.on('error', (error) => this.#failAll(error))
      return worker
    })
  }

  parse(docs: readonly DocumentInput[]): Promise<ParsedDocument[]> {
    const id = this.#next++
    const worker = this.#workers[id % this.#workers.length]
    if (!worker) {
      return Promise.reject(new Error('parse pool has no workers'))
    }
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject })
      const request: ParseRequest = { id, docs }
      // Transfer the byte buffers instead of copying them.
      worker.postMessage(
        request,
        docs.map((d) => d.bytes.buffer as ArrayBuffer),
      )
    })
  }

  #failAll(error: Error): void {
    for (const waiter of this.#pending.values()) {
      waiter.reject(error)
    }
    this.#pending.clear()
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()))
  }
}
