import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { SqliteDb } from '../driver.js'
import {
  applyFtsEntries,
  prepareFtsApply,
  type FtsApplyStatements,
  type FtsEntry,
} from './fts-apply.js'
import { FTS_SCHEMA } from './fts-file.js'
import { catchUpFts } from './fts-log.js'

/**
 * Where committed `fts_log` entries go to be indexed: on this connection at once, or to an index
 * worker thread with its own connection to the index file (ADR 0018).
 */
export interface FtsSink {
  /** Indexes the entries of `fts_log` entry `seq`, whose main transaction has committed. */
  push(seq: number, entries: readonly FtsEntry[]): void
  /** Resolves when the sink can take more (the worker has at most a few batches queued). */
  ready(): Promise<void>
  /** Waits until everything pushed is indexed (or the worker failed). */
  drain(): Promise<void>
  /** Drains, then stops the worker. */
  close(): Promise<void>
}

/**
 * Indexes on the writer's own connection, right after each main commit. The main transaction
 * has committed by then, so a failure here (the index file busy or full) is not thrown: the entry
 * stays pending in `fts_log` and is applied by the next push or by the store's close.
 */
export class SyncFtsSink implements FtsSink {
  readonly #db: SqliteDb
  #s: FtsApplyStatements | undefined
  #behind = false

  constructor(db: SqliteDb) {
    this.#db = db
  }

  push(seq: number, entries: readonly FtsEntry[]): void {
    try {
      if (this.#behind) {
        catchUpFts(this.#db)
        this.#behind = false
        return
      }
      this.#s ??= prepareFtsApply(this.#db, FTS_SCHEMA)
      applyFtsEntries(this.#db, this.#s, seq, entries)
    } catch {
      this.#behind = true
    }
  }

  ready(): Promise<void> {
    return Promise.resolve()
  }

  drain(): Promise<void> {
    return Promise.resolve()
  }

  close(): Promise<void> {
    return Promise.resolve()
  }
}

/** Batches the index worker may hold before `ready` waits: bounds the memory of queued text. */
const MAX_QUEUED = 3

/** Young-generation size of the index worker: fewer scavenges of its short-lived strings. */
const WORKER_YOUNG_MB = 48

/** A message from the index worker: `seq` applied, or the error that stopped it. */
export interface FtsWorkerReply {
  readonly seq: number
  readonly error?: string
}

/**
 * Indexes on a worker thread with its own connection to the index file, so that FTS5 tokenising
 * and segment writes run on another core than the main file's writer. If the worker fails, its
 * pending entries stay in `fts_log`; the store applies them on this connection when it closes.
 */
export class WorkerFtsSink implements FtsSink {
  readonly #worker: Worker
  #queued = 0
  #failure: Error | undefined
  #exited = false
  #wake: (() => void)[] = []

  constructor(script: URL, file: string) {
    this.#worker = new Worker(script, {
      workerData: { file },
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    })
    this.#worker.on('message', (reply: FtsWorkerReply) => {
      this.#queued--
      if (reply.error && !this.#failure) {
        this.#failure = new Error(`full-text index worker: ${reply.error}`)
      }
      this.#notify()
    })
    this.#worker.on('error', (error) => {
      this.#failure ??= error
      this.#notify()
    })
    this.#worker.on('exit', () => {
      this.#exited = true
      this.#failure ??= new Error('full-text index worker exited')
      this.#notify()
    })
  }

  /** The compiled worker script, or `undefined` when running from sources (tests). */
  static script(): URL | undefined {
    const script = new URL('./fts-index-worker.js', import.meta.url)
    return existsSync(fileURLToPath(script)) ? script : undefined
  }

  push(seq: number, entries: readonly FtsEntry[]): void {
    if (this.#failure) {
      // The entry stays pending in fts_log; the store's close applies it.
      return
    }
    this.#queued++
    this.#worker.postMessage({ seq, entries })
  }

  async ready(): Promise<void> {
    while (this.#queued >= MAX_QUEUED && !this.#failure) {
      await new Promise<void>((r) => this.#wake.push(r))
    }
  }

  async drain(): Promise<void> {
    while (this.#queued > 0 && !this.#failure) {
      await new Promise<void>((r) => this.#wake.push(r))
    }
  }

  async close(): Promise<void> {
    await this.drain()
    if (!this.#exited) {
      await this.#worker.terminate()
    }
  }

  /** The first failure of the worker, if any. */
  get failure(): Error | undefined {
    return this.#failure
  }

  #notify(): void {
    const waiting = this.#wake
    this.#wake = []
    for (const w of waiting) {
      w()
    }
  }
}
