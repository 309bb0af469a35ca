import { EventEmitter } from 'node:events'
import { randomUUID } from 'node:crypto'
import type { FastifyBaseLogger } from 'fastify'
import {
  FINAL_JOB_STATUSES,
  type Job,
  type JobKind,
  type JobProgress,
  type JobStore,
} from '@chuhai/core/workspace'
import { createServerError } from '../errors.js'
import type { JobHandler } from './job-handler.js'

const PERSIST_MS = 1000

/**
 * Runs persisted jobs in the server process, oldest first, `concurrency` at a time.
 *
 * Restart safety: on `start` every job still marked `running` (the process died under it) becomes
 * `interrupted`; the user retries it, and ingest resumes from its checkpoints. Queued jobs simply
 * run. Cancellation aborts the job's `AbortSignal`; handlers check it between units of work.
 * Every state change is emitted as `job` (the SSE route listens) and persisted; progress is
 * persisted at most once a second and emitted at most every 250 ms.
 */
export class JobRunner extends EventEmitter<{ job: [Job] }> {
  readonly #store: JobStore
  readonly #handlers: ReadonlyMap<JobKind, JobHandler>
  readonly #log: FastifyBaseLogger
  readonly #concurrency: number
  readonly #running = new Map<string, AbortController>()
  #stopped = false
  #pumping = false

  constructor(
    store: JobStore,
    handlers: readonly JobHandler[],
    log: FastifyBaseLogger,
    concurrency = 1,
  ) {
    super()
    this.setMaxListeners(0)
    this.#store = store
    this.#handlers = new Map(handlers.map((h) => [h.kind, h]))
    this.#log = log
    this.#concurrency = concurrency
  }

  /** Kinds this build can run. */
  get kinds(): JobKind[] {
    return [...this.#handlers.keys()]
  }

  handler(kind: JobKind): JobHandler {
    const h = this.#handlers.get(kind)
    if (!h) {
      throw createServerError('JOB_KIND_UNAVAILABLE', kind, this.kinds.join(', '))
    }
    return h
  }

  /** Marks jobs cut off by a previous crash and starts the queue. */
  async start(): Promise<string[]> {
    const interrupted = await this.#store.markInterrupted(new Date().toISOString())
    if (interrupted.length > 0) {
      this.#log.warn({ jobs: interrupted }, 'jobs interrupted by the last shutdown')
    }
    this.kick()
    return interrupted
  }

  /** Validates and queues a job. */
  async submit(orgId: string, userId: string, kind: JobKind, params: unknown): Promise<Job> {
    const parsed = this.handler(kind).schema.safeParse(params)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw createServerError(
        'VALIDATION',
        `params.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
      )
    }
    const job: Job = {
      id: randomUUID(),
      orgId,
      userId,
      kind,
      status: 'queued',
      params: parsed.data,
      progress: null,
      result: null,
      error: null,
      attempts: 1,
      cancelRequested: false,
      createdAt: new Date().toISOString(),
      startedAt: null,
      finishedAt: null,
    }
    await this.#store.create(job)
    this.emit('job', job)
    this.kick()
    return job
  }

  /** Cancels a queued job at once, or asks a running one to stop. */
  async cancel(orgId: string, id: string): Promise<Job> {
    const job = await this.#store.get(orgId, id)
    if (!job) {
      throw createServerError('NOT_FOUND', `job ${id}`)
    }
    if (FINAL_JOB_STATUSES.has(job.status)) {
      throw createServerError('JOB_STATE', id, job.status)
    }
    await this.#store.requestCancel(orgId, id)
    if (job.status === 'queued') {
      await this.#finish(job, { status: 'cancelled', error: 'cancelled before it started' })
    } else {
      this.#running.get(id)?.abort()
    }
    return this.#reload(orgId, id)
  }

  /** Queues a failed, cancelled or interrupted job again with its stored params. */
  async retry(orgId: string, id: string): Promise<Job> {
    const job = await this.#store.get(orgId, id)
    if (!job) {
      throw createServerError('NOT_FOUND', `job ${id}`)
    }
    this.handler(job.kind)
    if (!(await this.#store.requeue(orgId, id))) {
      throw createServerError('JOB_STATE', id, job.status)
    }
    const queued = await this.#reload(orgId, id)
    this.emit('job', queued)
    this.kick()
    return queued
  }

  /** Stops taking jobs and aborts the running ones (they end `cancelled`… or `interrupted`). */
  async stop(): Promise<void> {
    this.#stopped = true
    for (const c of this.#running.values()) {
      c.abort(new Error('server stopping'))
    }
    const deadline = Date.now() + 5000
    while (this.#running.size > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20))
    }
  }

  /** Starts queued jobs while slots are free. */
  kick(): void {
    if (this.#pumping || this.#stopped) {
      return
    }
    this.#pumping = true
    void (async () => {
      try {
        while (!this.#stopped && this.#running.size < this.#concurrency) {
          const job = await this.#store.claimNext(new Date().toISOString())
          if (!job) {
            break
          }
          this.#runOne(job)
        }
      } finally {
        this.#pumping = false
      }
    })()
  }

  #runOne(job: Job): void {
    const controller = new AbortController()
    this.#running.set(job.id, controller)
    this.emit('job', job)
    let lastPersist = 0
    let lastEmit = 0
    let current: Job = job
    const control = {
      signal: controller.signal,
      progress: (progress: JobProgress): void => {
        const now = Date.now()
        current = { ...current, progress }
        if (now - lastEmit >= 250) {
          lastEmit = now
          this.emit('job', current)
        }
        if (now - lastPersist >= PERSIST_MS) {
          lastPersist = now
          void this.#store.update(job.id, { progress })
        }
      },
    }
    void (async () => {
      try {
        const handler = this.handler(job.kind)
        const params = handler.schema.parse(job.params)
        const result = await handler.run(job, params, control)
        if (controller.signal.aborted) {
          await this.#finish(current, this.#abortOutcome(controller))
        } else {
          await this.#finish(current, { status: 'succeeded', result: result ?? null })
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        if (controller.signal.aborted) {
          await this.#finish(current, this.#abortOutcome(controller))
        } else {
          this.#log.error({ err: error, job: job.id, kind: job.kind }, 'job failed')
          await this.#finish(current, { status: 'failed', error: message })
        }
      } finally {
        this.#running.delete(job.id)
        this.kick()
      }
    })()
  }

  #abortOutcome(controller: AbortController): Pick<Job, 'status' | 'error'> {
    return this.#stopped && !(controller.signal.reason instanceof DOMException)
      ? {
          status: 'interrupted',
          error: 'the server stopped while this job was running; retry to resume it',
        }
      : { status: 'cancelled', error: 'cancelled by a user' }
  }

  async #finish(job: Job, patch: Partial<Pick<Job, 'status' | 'result' | 'error'>>): Promise<void> {
    const finishedAt = new Date().toISOString()
    await this.#store.update(job.id, { ...patch, progress: job.progress, finishedAt })
    const done = await this.#store.get(job.orgId, job.id)
    if (done) {
      this.emit('job', done)
    }
  }

  async #reload(orgId: string, id: string): Promise<Job> {
    const job = await this.#store.get(orgId, id)
    if (!job) {
      throw createServerError('NOT_FOUND', `job ${id}`)
    }
    return job
  }
}
