import { can, seesAssignedOnly, type Job, type JobKind } from '@chuhai/core/workspace'
import type { Principal } from '../auth/principal.js'
import type { AppContext } from '../context.js'
import { createServerError } from '../errors.js'
import { audit } from './audit.js'

/** Jobs of the caller's organisation (attorneys: their own), submitted with permission checks. */
export class JobService {
  readonly #ctx: AppContext

  constructor(ctx: AppContext) {
    this.#ctx = ctx
  }

  async submit(p: Principal, kind: JobKind, params: unknown): Promise<Job> {
    const handler = this.#ctx.runner.handler(kind)
    if (!can(p.role, handler.permission)) {
      throw createServerError('FORBIDDEN', `run ${kind} jobs`)
    }
    const parsed = handler.schema.safeParse(params)
    if (parsed.success && handler.check) {
      await handler.check(p, parsed.data)
    }
    const job = await this.#ctx.runner.submit(p.orgId, p.userId, kind, params)
    await audit(this.#ctx, p, 'create', 'job', job.id, kind)
    return job
  }

  list(p: Principal, limit: number): Promise<Job[]> {
    return this.#ctx.jobs.list(p.orgId, {
      limit,
      ...(seesAssignedOnly(p.role) ? { userId: p.userId } : {}),
    })
  }

  async get(p: Principal, id: string): Promise<Job> {
    const job = await this.#ctx.jobs.get(p.orgId, id)
    if (!job || (seesAssignedOnly(p.role) && job.userId !== p.userId)) {
      throw createServerError('NOT_FOUND', `job ${id}`)
    }
    return job
  }

  /** Cancel or retry: the job's owner, or a member allowed to control every job. */
  async control(p: Principal, id: string, action: 'cancel' | 'retry'): Promise<Job> {
    const job = await this.get(p, id)
    if (job.userId !== p.userId && !can(p.role, 'jobs.control')) {
      throw createServerError('FORBIDDEN', `${action} other members' jobs`)
    }
    const next =
      action === 'cancel'
        ? await this.#ctx.runner.cancel(p.orgId, id)
        : await this.#ctx.runner.retry(p.orgId, id)
    await audit(this.#ctx, p, action, 'job', id)
    return next
  }
}
