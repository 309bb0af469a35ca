import {
  alertKey,
  diffItem,
  expiryAlert,
  stateSignature,
  type AlertDraft,
  type WatchDefinition,
  type WatchItemState,
} from '@chuhai/core/monitor'
import type { SqliteDb } from '../driver.js'
import { ItemStateReader } from './item-state-read.js'
import { candidateSql, type ResolvedCriteria } from './watch-candidates.js'

/** The stored row of a watch. */
export interface WatchRow {
  readonly id: number
  /** The owning organisation; `null`: the installation (ADR 0026). */
  readonly org_id: string | null
  readonly name: string
  readonly definition: string
  readonly created_at: string
  readonly last_run_at: string | null
  readonly cursor: number | null
  readonly baseline_at: string | null
}

/** What one watch run did. */
export interface WatchRunOutcome {
  readonly watch: string
  /** The first run records the snapshot and raises no publication alerts. */
  readonly baseline: boolean
  /** Publications looked at (matching the watch among those changed). */
  readonly examined: number
  /** Alerts newly raised (repeats of stored alerts are not counted). */
  readonly alerts: number
}

interface SnapshotRow {
  readonly state: string
}

/**
 * Runs one watch in ONE transaction: reads what changed since its cursor, diffs each matching
 * publication against the snapshot, writes the new snapshot rows, the alerts (INSERT OR IGNORE on
 * the idempotency key) with one outbox row per delivery channel, and moves the cursor. A crash
 * anywhere rolls all of it back, so the next run does exactly this work again: no alert is lost
 * and none is raised twice (ADR 0015).
 */
export function runWatchTransaction(
  db: SqliteDb,
  watch: WatchRow,
  definition: WatchDefinition,
  criteria: ResolvedCriteria,
  context: { readonly runId: number; readonly now: string; readonly channels: readonly string[] },
): WatchRunOutcome {
  db.exec('BEGIN IMMEDIATE')
  try {
    const head =
      (db.prepare('SELECT max(seq) AS s FROM monitor_changes').get() as { s: number | null }).s ?? 0
    const baseline = watch.cursor === null
    const query = candidateSql(
      definition,
      criteria,
      baseline ? undefined : { from: watch.cursor ?? 0, to: head },
    )
    const docs = db.prepare(query.sql).all(...query.params) as { doc: number }[]
    const reader = new ItemStateReader(db)
    const getItem = db.prepare(
      'SELECT state FROM monitor_watch_items WHERE watch_id = ? AND id = ?',
    )
    const appKnown = db.prepare(
      'SELECT 1 FROM monitor_watch_items WHERE watch_id = ? AND application = ? AND id <> ? LIMIT 1',
    )
    const familyKnown = db.prepare(
      'SELECT 1 FROM monitor_watch_items WHERE watch_id = ? AND family = ? AND id <> ? LIMIT 1',
    )
    const citedOurs = db.prepare(
      'SELECT cited_ref FROM citations WHERE doc = ? AND cited_ref IS NOT NULL',
    )
    const putItem = db.prepare(
      `INSERT INTO monitor_watch_items (watch_id, id, application, family, expiry, state) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(watch_id, id) DO UPDATE SET application = excluded.application,
         family = excluded.family, expiry = excluded.expiry, state = excluded.state`,
    )
    const insertAlert = db.prepare(
      `INSERT OR IGNORE INTO monitor_alerts (key, watch_id, run_id, kind, publication, date, summary, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const insertDelivery = db.prepare(
      `INSERT OR IGNORE INTO monitor_deliveries (ref, channel, status, next_attempt_at) VALUES (?, ?, 'pending', ?)`,
    )
    const watchedFamilies = new Set(criteria.families)
    const ours = definition.cites.map((id) => id.split('-').slice(0, 2).join('-'))
    let alerts = 0
    const raise = (draft: AlertDraft): void => {
      const result = insertAlert.run(
        alertKey(watch.id, draft),
        watch.id,
        context.runId,
        draft.kind,
        draft.publication_number,
        draft.date,
        draft.summary,
        context.now,
      )
      if (result.changes > 0) {
        alerts++
        const ref = `alert:${String(result.lastInsertRowid)}`
        for (const channel of context.channels) {
          insertDelivery.run(ref, channel, context.now)
        }
      }
    }
    const today = context.now.slice(0, 10)
    for (const { doc } of docs) {
      const read = reader.read(doc)
      if (!read) {
        continue
      }
      const { state, expiry } = read
      const stored = getItem.get(watch.id, state.id) as SnapshotRow | undefined
      const previous = stored ? (JSON.parse(stored.state) as WatchItemState) : undefined
      if (!baseline && (!previous || stateSignature(previous) !== stateSignature(state))) {
        const drafts = diffItem(state, {
          previous,
          applicationKnown:
            state.application !== null &&
            appKnown.get(watch.id, state.application, state.id) !== undefined,
          familyKnown:
            state.family !== null &&
            (watchedFamilies.has(state.family) ||
              familyKnown.get(watch.id, state.family, state.id) !== undefined),
          citesOurs:
            ours.length > 0 ? citedBy(citedOurs.all(doc) as { cited_ref: string }[], ours) : [],
        })
        drafts.forEach(raise)
      }
      putItem.run(
        watch.id,
        state.id,
        state.application,
        state.family,
        expiry,
        JSON.stringify(state),
      )
    }
    if (definition.expiryDays > 0 && criteria.ids.length + criteria.families.length > 0) {
      const items = db
        .prepare(
          'SELECT state, expiry FROM monitor_watch_items WHERE watch_id = ? AND expiry IS NOT NULL',
        )
        .all(watch.id) as { state: string; expiry: string }[]
      for (const item of items) {
        const draft = expiryAlert(
          JSON.parse(item.state) as WatchItemState,
          item.expiry,
          today,
          definition.expiryDays,
        )
        if (draft) {
          raise(draft)
        }
      }
    }
    db.prepare(
      `UPDATE monitor_watches SET cursor = ?, last_run_at = ?, baseline_at = coalesce(baseline_at, ?) WHERE id = ?`,
    ).run(head, context.now, context.now, watch.id)
    db.prepare(
      'UPDATE monitor_runs SET watches = watches + 1, alerts = alerts + ? WHERE id = ?',
    ).run(alerts, context.runId)
    db.exec('COMMIT')
    return { watch: watch.name, baseline, examined: docs.length, alerts }
  } catch (error) {
    db.exec('ROLLBACK')
    throw error
  }
}

/** Which of our patents (as `CC-number`) a publication's citations name. */
function citedBy(rows: readonly { cited_ref: string }[], ours: readonly string[]): string[] {
  const hit = new Set<string>()
  for (const { cited_ref } of rows) {
    const base = cited_ref.split('-').slice(0, 2).join('-')
    if (ours.includes(base)) {
      hit.add(base)
    }
  }
  return [...hit].sort()
}
