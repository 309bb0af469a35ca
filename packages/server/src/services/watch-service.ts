import type { Alert } from '@chuhai/core/monitor'
import { SqliteMonitorStore, type StoredWatch } from '@chuhai/store-sqlite'
import type { AlertView, CreateWatchRequest, WatchDetail, WatchView } from '@chuhai/api-client'
import type { Principal } from '../auth/principal.js'
import type { AppContext } from '../context.js'
import { createServerError } from '../errors.js'
import { audit } from './audit.js'

/**
 * The organisation's watchlists (ADR 0026): every call works on a monitor store scoped to the
 * caller's organisation, so another organisation's watch of the same name is answered exactly
 * like a name that does not exist (404). Installation-level watches (made by the local CLI) are
 * not reachable through the API. Creations and removals are audited; webhook secrets never leave.
 */
export class WatchService {
  readonly #ctx: AppContext

  constructor(ctx: AppContext) {
    this.#ctx = ctx
  }

  /** The monitor store of the caller's organisation. */
  store(p: Pick<Principal, 'orgId'>): SqliteMonitorStore {
    return new SqliteMonitorStore(this.#ctx.db, p.orgId)
  }

  async list(p: Principal): Promise<WatchView[]> {
    return (await this.store(p).listWatches()).map(presentWatch)
  }

  async create(p: Principal, r: CreateWatchRequest): Promise<WatchView> {
    const watch = await this.store(p).addWatch(r, Date.now())
    await audit(this.#ctx, p, 'create', 'watch', watch.definition.name)
    return presentWatch(watch)
  }

  async get(p: Principal, name: string, limit: number): Promise<WatchDetail> {
    const store = this.store(p)
    const watch = await store.getWatch(name)
    if (!watch) {
      throw createServerError('NOT_FOUND', `watch ${name}`)
    }
    const alerts = await store.alerts({ watch: name, limit, newest: true })
    return { ...presentWatch(watch), alerts: alerts.map(presentAlert) }
  }

  async remove(p: Principal, name: string): Promise<void> {
    if (!(await this.store(p).removeWatch(name))) {
      throw createServerError('NOT_FOUND', `watch ${name}`)
    }
    await audit(this.#ctx, p, 'delete', 'watch', name)
  }
}

function presentWatch(w: StoredWatch): WatchView {
  const d = w.definition
  return {
    name: d.name,
    applicant: d.applicant ?? null,
    cpc: d.cpc,
    query: d.query ?? null,
    publications: d.publications,
    families: d.families,
    cites: d.cites,
    countries: d.countries,
    cron: d.cron,
    timezone: d.timezone,
    expiryDays: d.expiryDays,
    email: d.email,
    webhooks: d.webhooks.map((h) => h.url),
    createdAt: w.createdAt,
    lastRunAt: w.lastRunAt,
    baselineAt: w.baselineAt,
  }
}

/** One alert as the API shows it. */
export function presentAlert(a: Alert): AlertView {
  return {
    id: a.id,
    watch: a.watch,
    kind: a.kind,
    publicationNumber: a.publication_number,
    date: a.date,
    summary: a.summary,
    createdAt: a.created_at,
  }
}
