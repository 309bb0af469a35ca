import type { FastifyBaseLogger } from 'fastify'
import { isDue } from '@chuhai/core/monitor'
import { FINAL_JOB_STATUSES } from '@chuhai/core/workspace'
import { SqliteMonitorStore, watchOwners } from '@chuhai/store-sqlite'
import type { AppContext } from '../context.js'

/** The creator recorded on the watch runs the scheduler queues (no account has this id). */
export const SCHEDULER_USER = 'scheduler'

/**
 * Starts organisations' scheduled watch runs (ADR 0026). Every `intervalMs`, each organisation
 * with a watch whose cron fired since its last run (or that never ran) gets a `watch` job with
 * `due` and `deliver`: it runs only that organisation's due watches, exactly as a member's run
 * would, and delivers only its alerts. No second run is queued while the scheduler's last one
 * for that organisation is still queued or running. Installation-level watches (the CLI's) stay
 * with `chuhai watch run --due`.
 */
export class WatchScheduler {
  readonly #ctx: AppContext
  readonly #intervalMs: number
  readonly #log: FastifyBaseLogger
  #timer: NodeJS.Timeout | undefined
  #ticking = false

  constructor(ctx: AppContext, intervalMs: number, log: FastifyBaseLogger) {
    this.#ctx = ctx
    this.#intervalMs = intervalMs
    this.#log = log
  }

  /** Ticks every `intervalMs` (none when it is 0); the timer does not keep the process alive. */
  start(): void {
    if (this.#intervalMs > 0 && this.#timer === undefined) {
      this.#timer = setInterval(() => {
        this.tick().catch((error: unknown) => {
          this.#log.error({ err: error }, 'watch schedule failed')
        })
      }, this.#intervalMs)
      this.#timer.unref()
    }
  }

  stop(): void {
    clearInterval(this.#timer)
    this.#timer = undefined
  }

  /** One pass at `now`; resolves to the organisations whose run it queued. */
  async tick(now = Date.now()): Promise<string[]> {
    if (this.#ticking) {
      return []
    }
    this.#ticking = true
    try {
      const queued: string[] = []
      for (const org of watchOwners(this.#ctx.db)) {
        const watches = await new SqliteMonitorStore(this.#ctx.db, org).listWatches()
        const due = watches.some((w) =>
          isDue(
            w.definition.cron,
            w.lastRunAt === null ? undefined : Date.parse(w.lastRunAt),
            now,
            w.definition.timezone,
          ),
        )
        if (!due || (await this.#pending(org))) {
          continue
        }
        await this.#ctx.runner.submit(org, SCHEDULER_USER, 'watch', { due: true, deliver: true })
        queued.push(org)
      }
      return queued
    } finally {
      this.#ticking = false
    }
  }

  // Whether the scheduler's last watch run of `org` has not finished yet.
  async #pending(org: string): Promise<boolean> {
    const jobs = await this.#ctx.jobs.list(org, { limit: 20, userId: SCHEDULER_USER })
    return jobs.some((j) => j.kind === 'watch' && !FINAL_JOB_STATUSES.has(j.status))
  }
}
