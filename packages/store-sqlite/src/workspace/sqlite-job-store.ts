import type { Job, JobStore } from '@chuhai/core/workspace'
import type { SqliteDb } from '../driver.js'
import { toJob, type JobRow } from './rows.js'

const FINAL = "('succeeded', 'failed', 'cancelled', 'interrupted')"

/**
 * `JobStore` on the shared connection. Claiming is one `UPDATE … RETURNING` on the oldest queued
 * row, so two runners (never two processes today, but cheap to get right) cannot take one job.
 */
export class SqliteJobStore implements JobStore {
  readonly #db: SqliteDb

  constructor(db: SqliteDb) {
    this.#db = db
  }

  async create(job: Job): Promise<void> {
    const next = this.#db.prepare('SELECT coalesce(max(seq), 0) + 1 AS n FROM jobs').get() as {
      n: number
    }
    this.#db
      .prepare(
        `INSERT INTO jobs (id, seq, org_id, user_id, kind, status, params, progress, result, error,
         attempts, cancel_requested, created_at, started_at, finished_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        job.id,
        next.n,
        job.orgId,
        job.userId,
        job.kind,
        job.status,
        JSON.stringify(job.params ?? null),
        job.progress ? JSON.stringify(job.progress) : null,
        job.result === null || job.result === undefined ? null : JSON.stringify(job.result),
        job.error,
        job.attempts,
        job.cancelRequested ? 1 : 0,
        job.createdAt,
        job.startedAt,
        job.finishedAt,
      )
    return Promise.resolve()
  }

  async get(orgId: string, id: string): Promise<Job | undefined> {
    const row = this.#db.prepare('SELECT * FROM jobs WHERE org_id = ? AND id = ?').get(orgId, id)
    return Promise.resolve(row ? toJob(row as JobRow) : undefined)
  }

  async list(orgId: string, o: { limit: number; userId?: string }): Promise<Job[]> {
    const rows = (
      o.userId === undefined
        ? this.#db
            .prepare('SELECT * FROM jobs WHERE org_id = ? ORDER BY seq DESC LIMIT ?')
            .all(orgId, o.limit)
        : this.#db
            .prepare(
              'SELECT * FROM jobs WHERE org_id = ? AND user_id = ? ORDER BY seq DESC LIMIT ?',
            )
            .all(orgId, o.userId, o.limit)
    ) as JobRow[]
    return Promise.resolve(rows.map(toJob))
  }

  async claimNext(now: string): Promise<Job | undefined> {
    const row = this.#db
      .prepare(
        `UPDATE jobs SET status = 'running', started_at = ?, progress = NULL
         WHERE id = (SELECT id FROM jobs WHERE status = 'queued' ORDER BY seq LIMIT 1)
         RETURNING *`,
      )
      .get(now) as JobRow | undefined
    return Promise.resolve(row ? toJob(row) : undefined)
  }

  async update(
    id: string,
    patch: Partial<Pick<Job, 'status' | 'progress' | 'result' | 'error' | 'finishedAt'>>,
  ): Promise<void> {
    const sets: string[] = []
    const values: unknown[] = []
    const set = (column: string, value: unknown): void => {
      sets.push(`${column} = ?`)
      values.push(value)
    }
    if (patch.status !== undefined) {
      set('status', patch.status)
    }
    if (patch.progress !== undefined) {
      set('progress', patch.progress === null ? null : JSON.stringify(patch.progress))
    }
    if (patch.result !== undefined) {
      set('result', patch.result === null ? null : JSON.stringify(patch.result))
    }
    if (patch.error !== undefined) {
      set('error', patch.error)
    }
    if (patch.finishedAt !== undefined) {
      set('finished_at', patch.finishedAt)
    }
    if (sets.length > 0) {
      this.#db.prepare(`UPDATE jobs SET ${sets.join(', ')} WHERE id = ?`).run(...values, id)
    }
    return Promise.resolve()
  }

  async requestCancel(orgId: string, id: string): Promise<boolean> {
    const changes = this.#db
      .prepare(
        `UPDATE jobs SET cancel_requested = 1 WHERE org_id = ? AND id = ? AND status NOT IN ${FINAL}`,
      )
      .run(orgId, id).changes
    return Promise.resolve(changes > 0)
  }

  async requeue(orgId: string, id: string): Promise<boolean> {
    const changes = this.#db
      .prepare(
        `UPDATE jobs SET status = 'queued', attempts = attempts + 1, cancel_requested = 0,
         result = NULL, error = NULL, progress = NULL, started_at = NULL, finished_at = NULL
         WHERE org_id = ? AND id = ? AND status IN ('failed', 'cancelled', 'interrupted')`,
      )
      .run(orgId, id).changes
    return Promise.resolve(changes > 0)
  }

  async markInterrupted(now: string): Promise<string[]> {
    const rows = this.#db
      .prepare(
        `UPDATE jobs SET status = 'interrupted', finished_at = ?,
         error = 'the server stopped while this job was running; retry to resume it'
         WHERE status = 'running' RETURNING id`,
      )
      .all(now) as { id: string }[]
    return Promise.resolve(rows.map((r) => r.id))
  }
}
