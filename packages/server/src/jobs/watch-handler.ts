import { ApplicantResolver, defaultAliases } from '@chuhai/core/monitor'
import { deliverPending } from '@chuhai/monitor'
import { SqliteMonitorStore } from '@chuhai/store-sqlite'
import { WatchRunRequest } from '@chuhai/api-client'
import type { z } from 'zod'
import type { AppContext } from '../context.js'
import { createServerError } from '../errors.js'
import type { JobHandler } from './job-handler.js'

type Params = z.infer<typeof WatchRunRequest>

/**
 * `watch` jobs: the monitoring runs of `chuhai watch run` (ADR 0015), one watch at a time, each
 * committed in its own transaction with idempotency keys (a cancelled or interrupted run loses
 * and duplicates nothing; its retry continues), then the delivery of e-mail and webhooks when
 * `deliver`. The result lists each watch's outcome and the alerts this run raised.
 *
 * Everything is scoped to the job's organisation (ADR 0026): it runs, reports and delivers only
 * that organisation's watches and outbox rows. Another organisation's watch name is refused
 * exactly like an unknown one; installation-level watches (the local CLI's) never run here.
 */
export function watchHandler(ctx: AppContext): JobHandler {
  const storeOf = (orgId: string): SqliteMonitorStore => new SqliteMonitorStore(ctx.db, orgId)
  return {
    kind: 'watch',
    schema: WatchRunRequest,
    permission: 'analysis.run',
    async check(principal, params) {
      const p = params as Params
      const known = (await storeOf(principal.orgId).listWatches()).map((w) => w.definition.name)
      const unknown = (p.names ?? []).filter((n) => !known.includes(n))
      if (unknown.length > 0) {
        throw createServerError(
          'NOT_FOUND',
          `watch ${unknown.join(', ')} (known: ${known.join(', ') || 'none'})`,
        )
      }
    },
    async run(job, raw, control) {
      const p = raw as Params
      const store = storeOf(job.orgId)
      const resolver = new ApplicantResolver(defaultAliases())
      const names = p.names ?? (await store.listWatches()).map((w) => w.definition.name)
      const before = new Set((await store.alerts({ limit: 1_000_000 })).map((a) => a.id))
      const outcomes = []
      for (const [i, name] of names.entries()) {
        control.signal.throwIfAborted()
        control.progress({
          fraction: i / Math.max(1, names.length),
          message: `watch ${name}`,
          detail: { done: i, total: names.length },
        })
        const { outcomes: done } = await store.run({
          resolver,
          now: Date.now(),
          names: [name],
          dueOnly: p.due,
        })
        outcomes.push(...done)
      }
      const delivery = p.deliver
        ? await deliverPending(store, {
            ...(process.env.CHUHAI_SMTP_URL
              ? {
                  smtp: {
                    url: process.env.CHUHAI_SMTP_URL,
                    ...(process.env.CHUHAI_SMTP_FROM ? { from: process.env.CHUHAI_SMTP_FROM } : {}),
                  },
                }
              : {}),
          })
        : null
      const alerts = (await store.alerts({ limit: 1_000_000 }))
        .filter((a) => !before.has(a.id) && names.includes(a.watch))
        .slice(0, 500)
      return {
        watches: outcomes,
        alerts: alerts.map((a) => ({
          watch: a.watch,
          kind: a.kind,
          publicationNumber: a.publication_number,
          date: a.date,
          summary: a.summary,
        })),
        delivery,
      }
    },
  }
}
