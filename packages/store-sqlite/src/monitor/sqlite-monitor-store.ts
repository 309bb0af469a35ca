import {
  compileWatchQuery,
  createError,
  isDue,
  parseWatch,
  type Alert,
  type AlertKind,
  type DeliveryOutbox,
  type Landscape,
  type PendingDelivery,
  type ApplicantResolver,
  type LegalStatus,
  type WatchDefinition,
  type WatchInput,
} from '@chuhai/core/monitor'
import { openDatabase, type SqliteStoreOptions } from '../connection.js'
import type { SqliteDb } from '../driver.js'
import { migrate } from '../schema/migrations.js'
import {
  applicantNames,
  entityFilter,
  refreshApplicantIndex,
  type ApplicantEntitySummary,
} from './applicant-index.js'
import { computeLandscape, type LandscapeRequest } from './landscape-query.js'
import { markDelivered, markFailed, ownsRef, readPendingDeliveries } from './outbox-rows.js'
import { runWatchTransaction, type WatchRow, type WatchRunOutcome } from './run-watch.js'
import type { ResolvedCriteria } from './watch-candidates.js'

/** A stored watch. */
export interface StoredWatch {
  readonly id: number
  readonly definition: WatchDefinition
  readonly createdAt: string
  readonly lastRunAt: string | null
  /** The first run (baseline) time, or `null` before it. */
  readonly baselineAt: string | null
}

/** Which alerts to read. */
export interface AlertFilter {
  readonly watch?: string
  /** Only alerts not yet printed by `chuhai watch run`. */
  readonly unreported?: boolean
  /** Only alerts not marked read in the feed. */
  readonly unread?: boolean
  /** Only alerts with an id above this one. */
  readonly afterId?: number
  readonly kinds?: readonly AlertKind[]
  /** Default `1000`. */
  readonly limit?: number
  /** The newest `limit` alerts (still returned oldest first). Default `false`: the oldest. */
  readonly newest?: boolean
}

/** Options of a monitoring run. */
export interface RunOptions {
  /** The applicant resolver with the aliases in force. */
  readonly resolver: ApplicantResolver
  /** Milliseconds since the epoch. */
  readonly now: number
  /** Only these watches (names); default every watch. */
  readonly names?: readonly string[]
  /** Only watches whose cron expression fired since their last run. Default `false`. */
  readonly dueOnly?: boolean
  /** Called after each watch's transaction committed. */
  readonly onWatch?: (outcome: WatchRunOutcome) => void
}

/**
 * Who owns a watch (ADR 0026): an organisation's id, or `null` for the installation (watches made
 * by the local CLI, which has no organisation). A store sees, runs and delivers only the watches,
 * alerts and outbox rows of its owner.
 */
export type WatchOwner = string | null

/**
 * Opens (and migrates) the monitoring tables of a Chuhai database, scoped to `owner` (default
 * the installation, as the CLI uses it).
 */
export function createSqliteMonitorStore(
  options: SqliteStoreOptions,
  owner: WatchOwner = null,
): SqliteMonitorStore {
  const db = openDatabase(options)
  try {
    if (!options.readonly) {
      migrate(db)
    }
    return new SqliteMonitorStore(db, owner)
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * Watches, their runs, the alert feed and the delivery outbox on SQLite (ADR 0015), of ONE owner
 * (ADR 0026): every read, run, mark and delivery is limited to the watches of `owner`; another
 * owner's watch of the same name is invisible, exactly like a name that does not exist.
 */
export class SqliteMonitorStore implements DeliveryOutbox {
  readonly id = 'sqlite'
  readonly #db: SqliteDb
  readonly #owner: WatchOwner

  /** Use `createSqliteMonitorStore`, or this on an open connection with the owner to scope to. */
  constructor(db: SqliteDb, owner: WatchOwner = null) {
    this.#db = db
    this.#owner = owner
  }

  /** The owner this store is scoped to (`null`: the installation). */
  get owner(): WatchOwner {
    return this.#owner
  }

  /** The connection, for the landscape and policy readers of this package. */
  get db(): SqliteDb {
    return this.#db
  }

  async addWatch(input: WatchInput, now: number): Promise<StoredWatch> {
    const definition = parseWatch(input)
    if (await this.getWatch(definition.name)) {
      throw createError('MONITOR_DUPLICATE_WATCH', definition.name)
    }
    const created = new Date(now).toISOString()
    const result = this.#db
      .prepare(
        'INSERT INTO monitor_watches (org_id, name, definition, created_at) VALUES (?, ?, ?, ?)',
      )
      .run(this.#owner, definition.name, JSON.stringify(definition), created)
    return {
      id: Number(result.lastInsertRowid),
      definition,
      createdAt: created,
      lastRunAt: null,
      baselineAt: null,
    }
  }

  async listWatches(): Promise<StoredWatch[]> {
    const rows = this.#db
      .prepare('SELECT * FROM monitor_watches WHERE org_id IS ? ORDER BY name')
      .all(this.#owner) as WatchRow[]
    return Promise.resolve(rows.map(toStored))
  }

  async getWatch(name: string): Promise<StoredWatch | undefined> {
    const row = this.#row(name)
    return Promise.resolve(row ? toStored(row) : undefined)
  }

  /** Removes a watch with its snapshot and alerts; returns whether it existed. */
  async removeWatch(name: string): Promise<boolean> {
    const result = this.#db
      .prepare('DELETE FROM monitor_watches WHERE org_id IS ? AND name = ?')
      .run(this.#owner, name)
    return Promise.resolve(result.changes > 0)
  }

  /**
   * Runs watches one after the other, each in its own transaction (see `runWatchTransaction`).
   * A run killed midway leaves the finished watches committed and the others untouched.
   */
  run(options: RunOptions): Promise<{ runId: number; outcomes: WatchRunOutcome[] }> {
    const all = this.#db
      .prepare('SELECT * FROM monitor_watches WHERE org_id IS ? ORDER BY id')
      .all(this.#owner) as WatchRow[]
    if (options.names) {
      const known = all.map((w) => w.name)
      for (const name of options.names) {
        if (!known.includes(name)) {
          return Promise.reject(createError('MONITOR_UNKNOWN_WATCH', name, known))
        }
      }
    }
    const now = new Date(options.now).toISOString()
    const selected = all.filter((w) => {
      if (options.names && !options.names.includes(w.name)) {
        return false
      }
      const def = JSON.parse(w.definition) as WatchDefinition
      const last = w.last_run_at ? Date.parse(w.last_run_at) : undefined
      return !options.dueOnly || isDue(def.cron, last, options.now, def.timezone)
    })
    const resolver = refreshApplicantIndex(this.#db, options.resolver)
    const runId = Number(
      this.#db.prepare('INSERT INTO monitor_runs (started_at) VALUES (?)').run(now).lastInsertRowid,
    )
    const outcomes: WatchRunOutcome[] = []
    for (const row of selected) {
      const definition = JSON.parse(row.definition) as WatchDefinition
      const criteria = this.#criteria(definition, resolver)
      const channels = [
        ...definition.email.map((e) => `email:${e}`),
        ...definition.webhooks.map((w) => `webhook:${w.url}`),
      ]
      const outcome = runWatchTransaction(this.#db, row, definition, criteria, {
        runId,
        now,
        channels,
      })
      outcomes.push(outcome)
      options.onWatch?.(outcome)
    }
    this.#db
      .prepare('UPDATE monitor_runs SET finished_at = ? WHERE id = ?')
      .run(new Date().toISOString(), runId)
    this.#pruneChanges()
    return Promise.resolve({ runId, outcomes })
  }

  /** Alerts, oldest first. */
  async alerts(filter: AlertFilter = {}): Promise<Alert[]> {
    const where: string[] = ['w.org_id IS ?']
    const params: unknown[] = [this.#owner]
    if (filter.watch !== undefined) {
      where.push('w.name = ?')
      params.push(filter.watch)
    }
    if (filter.unreported) {
      where.push('a.reported_at IS NULL')
    }
    if (filter.unread) {
      where.push('a.read_at IS NULL')
    }
    if (filter.afterId !== undefined) {
      where.push('a.id > ?')
      params.push(filter.afterId)
    }
    if (filter.kinds && filter.kinds.length > 0) {
      where.push(`a.kind IN (${filter.kinds.map(() => '?').join(',')})`)
      params.push(...filter.kinds)
    }
    const rows = this.#db
      .prepare(
        `SELECT a.id, w.name AS watch, a.kind, a.publication AS publication_number, a.date, a.summary,
           a.key, a.created_at
         FROM monitor_alerts a JOIN monitor_watches w ON w.id = a.watch_id
         WHERE ${where.join(' AND ')} ORDER BY a.id ${filter.newest ? 'DESC' : ''} LIMIT ?`,
      )
      .all(...params, filter.limit ?? 1000) as Alert[]
    return Promise.resolve(filter.newest ? rows.reverse() : rows)
  }

  /** Marks alerts as printed by `chuhai watch run` (the CLI's own outbox channel). */
  async markReported(ids: readonly number[], now: number): Promise<void> {
    this.#mark('reported_at', ids, now)
    return Promise.resolve()
  }

  /** Marks alerts as read in the in-app feed. */
  async markRead(ids: readonly number[], now: number): Promise<void> {
    this.#mark('read_at', ids, now)
    return Promise.resolve()
  }

  /**
   * Records a legal-status event (from a register, INPADOC legal events or by hand) and logs the
   * publication as changed, so the next run raises a `status_change` alert where it is watched.
   */
  recordLegalStatus(
    id: string,
    status: LegalStatus,
    date: string,
    source: string,
  ): Promise<boolean> {
    const doc = this.#db.prepare('SELECT doc FROM publications WHERE id = ?').get(id) as
      { doc: number } | undefined
    if (!doc) {
      return Promise.resolve(false)
    }
    this.#db.exec('BEGIN IMMEDIATE')
    try {
      const r = this.#db
        .prepare(
          'INSERT OR IGNORE INTO monitor_legal_status (id, date, status, source) VALUES (?, ?, ?, ?)',
        )
        .run(id, date, status, source)
      if (r.changes > 0) {
        this.#db.prepare('INSERT INTO monitor_changes (doc) VALUES (?)').run(doc.doc)
      }
      this.#db.exec('COMMIT')
    } catch (error) {
      this.#db.exec('ROLLBACK')
      throw error
    }
    return Promise.resolve(true)
  }

  /** The normalised applicant a name resolves to, with every stored spelling (`pa:` expansion). */
  applicant(
    resolver: ApplicantResolver,
    query: string,
    subsidiaries = true,
  ): ApplicantEntitySummary | undefined {
    const current = refreshApplicantIndex(this.#db, resolver)
    return applicantNames(this.#db, current, query, subsidiaries)
  }

  /** A patent landscape of the publications matching the request (see `computeLandscape`). */
  landscape(resolver: ApplicantResolver, request: LandscapeRequest): Landscape {
    return computeLandscape(this.#db, resolver, request)
  }

  async pendingDeliveries(now: number, limit = 500): Promise<PendingDelivery[]> {
    return Promise.resolve(readPendingDeliveries(this.#db, now, limit, this.#owner))
  }

  async deliveryDone(ref: string, channel: string, now: number): Promise<void> {
    if (ownsRef(this.#db, ref, this.#owner)) {
      markDelivered(this.#db, ref, channel, now)
    }
    return Promise.resolve()
  }

  async deliveryFailed(
    ref: string,
    channel: string,
    error: string,
    nextAttemptAt: number | undefined,
  ): Promise<void> {
    if (ownsRef(this.#db, ref, this.#owner)) {
      markFailed(this.#db, ref, channel, error, nextAttemptAt)
    }
    return Promise.resolve()
  }

  /**
   * The largest normalised applicants (groups under their top parent), by publications where
   * one of their spellings is applicant or assignee.
   */
  topApplicants(
    resolver: ApplicantResolver,
    limit = 20,
  ): { entity: string; display: string; names: number; documents: number }[] {
    const current = refreshApplicantIndex(this.#db, resolver)
    const rows = this.#db
      .prepare(
        `SELECT n.root AS entity, count(DISTINCT n.name) AS names, count(DISTINCT pa.doc) AS documents,
           (SELECT n2.name FROM monitor_applicant_names n2 WHERE n2.root = n.root ORDER BY n2.seq LIMIT 1) AS first
         FROM monitor_applicant_names n JOIN parties pa ON pa.name = n.name AND pa.role IN ('applicant', 'assignee')
         GROUP BY n.root ORDER BY documents DESC, entity LIMIT ?`,
      )
      .all(limit) as { entity: string; names: number; documents: number; first: string }[]
    return rows.map((r) => ({
      entity: r.entity,
      display: current.aliasEntity(r.entity)?.name ?? r.first,
      names: r.names,
      documents: r.documents,
    }))
  }

  async close(): Promise<void> {
    this.#db.close()
    return Promise.resolve()
  }

  #criteria(definition: WatchDefinition, resolver: ApplicantResolver): ResolvedCriteria {
    let applicant: ResolvedCriteria['applicant']
    if (definition.applicant !== undefined) {
      const ref = resolver.lookup(definition.applicant)
      applicant = ref
        ? entityFilter(resolver, ref.entity, definition.includeSubsidiaries)
        : { column: 'entity', ids: [] }
    }
    const ids = definition.publications
    const known =
      ids.length > 0
        ? (this.#db
            .prepare(
              `SELECT app_country, app_number, coalesce(family_docdb, family_inpadoc) AS family
               FROM publications WHERE id IN (${ids.map(() => '?').join(',')})`,
            )
            .all(...ids) as {
            app_country: string | null
            app_number: string | null
            family: string | null
          }[])
        : []
    return {
      applicant,
      match: definition.query !== undefined ? compileWatchQuery(definition.query) : undefined,
      ids,
      applications: known
        .filter((k) => k.app_number)
        .map((k) => `${k.app_country}:${k.app_number}`),
      families: [
        ...new Set([...definition.families, ...known.flatMap((k) => (k.family ? [k.family] : []))]),
      ],
    }
  }

  #row(name: string): WatchRow | undefined {
    return this.#db
      .prepare('SELECT * FROM monitor_watches WHERE org_id IS ? AND name = ?')
      .get(this.#owner, name) as WatchRow | undefined
  }

  #mark(column: 'reported_at' | 'read_at', ids: readonly number[], now: number): void {
    const stmt = this.#db.prepare(
      `UPDATE monitor_alerts SET ${column} = coalesce(${column}, ?)
       WHERE id = ? AND watch_id IN (SELECT id FROM monitor_watches WHERE org_id IS ?)`,
    )
    const at = new Date(now).toISOString()
    this.#db.exec('BEGIN IMMEDIATE')
    try {
      for (const id of ids) {
        stmt.run(at, id, this.#owner)
      }
      this.#db.exec('COMMIT')
    } catch (error) {
      this.#db.exec('ROLLBACK')
      throw error
    }
  }

  /** Drops change-log rows every watch and the applicant index have read. */
  #pruneChanges(): void {
    const row = this.#db
      .prepare(
        `SELECT min(c) AS low FROM (
           SELECT cursor AS c FROM monitor_watches WHERE cursor IS NOT NULL
           UNION ALL SELECT CAST(value AS INTEGER) FROM monitor_meta WHERE key = 'applicant_index_cursor')`,
      )
      .get() as { low: number | null }
    if (row.low !== null && row.low > 0) {
      this.#db.prepare('DELETE FROM monitor_changes WHERE seq <= ?').run(row.low)
    }
  }
}

function toStored(row: WatchRow): StoredWatch {
  return {
    id: row.id,
    definition: JSON.parse(row.definition) as WatchDefinition,
    createdAt: row.created_at,
    lastRunAt: row.last_run_at,
    baselineAt: row.baseline_at,
  }
}

/** Organisations that own at least one watch (ADR 0026), in id order; the installation not included. */
export function watchOwners(db: SqliteDb): string[] {
  return (
    db
      .prepare(
        'SELECT DISTINCT org_id FROM monitor_watches WHERE org_id IS NOT NULL ORDER BY org_id',
      )
      .all() as { org_id: string }[]
  ).map((r) => r.org_id)
}
