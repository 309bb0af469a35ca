import type { Alert, PendingDelivery, WatchDefinition } from '@chuhai/core/monitor'
import type { SqliteDb } from '../driver.js'

interface Row extends Alert {
  readonly ref: string
  readonly channel: string
  readonly attempts: number
  readonly definition: string
}

/**
 * Due outbox rows of the watch alerts of `owner` (an organisation's id, or `null`: the
 * installation), with the alert and, for webhooks, the target's secret. The IP policy tracker's
 * rows are the installation's and are read only for it (ADR 0026).
 */
export function readPendingDeliveries(
  db: SqliteDb,
  now: number,
  limit: number,
  owner: string | null = null,
): PendingDelivery[] {
  const rows = db
    .prepare(
      `SELECT d.ref, d.channel, d.attempts, a.id, w.name AS watch, a.kind, a.publication AS publication_number,
         a.date, a.summary, a.key, a.created_at, w.definition
       FROM monitor_deliveries d
       JOIN monitor_alerts a ON d.ref = 'alert:' || a.id
       JOIN monitor_watches w ON w.id = a.watch_id
       WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND w.org_id IS ?
       ORDER BY a.id, d.channel LIMIT ?`,
    )
    .all(new Date(now).toISOString(), owner, limit) as Row[]
  if (owner !== null) {
    return rows.map(toPending)
  }
  const policy = db
    .prepare(
      `SELECT d.ref, d.channel, d.attempts, a.id, 'policy:' || s.name AS watch, a.kind,
         coalesce(a.url, '') AS publication_number, coalesce(a.date, substr(a.created_at, 1, 10)) AS date,
         a.title || ' [' || a.jurisdiction || '; ' || a.topics || ']' AS summary, a.key, a.created_at,
         json_object('webhooks', json(s.webhooks)) AS definition
       FROM monitor_deliveries d
       JOIN policy_alerts a ON d.ref = 'policy:' || a.id
       JOIN policy_subscriptions s ON s.id = a.subscription_id
       WHERE d.status = 'pending' AND d.next_attempt_at <= ?
       ORDER BY a.id, d.channel LIMIT ?`,
    )
    .all(new Date(now).toISOString(), limit) as Row[]
  return [...rows, ...policy].map(toPending)
}

function toPending(r: Row): PendingDelivery {
  const { ref, channel, attempts, definition, ...alert } = r
  const url = channel.startsWith('webhook:') ? channel.slice('webhook:'.length) : undefined
  const webhook =
    url === undefined
      ? undefined
      : (JSON.parse(definition) as WatchDefinition).webhooks.find((w) => w.url === url)
  return { ref, channel, attempts, alert, ...(webhook ? { webhook } : {}) }
}

/**
 * Whether an outbox row's `ref` belongs to `owner`: `alert:<id>` through its watch, `policy:<id>`
 * to the installation only. A store never marks another owner's deliveries.
 */
export function ownsRef(db: SqliteDb, ref: string, owner: string | null): boolean {
  if (ref.startsWith('policy:')) {
    return owner === null
  }
  const id = /^alert:(\d+)$/.exec(ref)?.[1]
  if (id === undefined) {
    return false
  }
  return (
    db
      .prepare(
        `SELECT 1 FROM monitor_alerts a JOIN monitor_watches w ON w.id = a.watch_id
         WHERE a.id = ? AND w.org_id IS ?`,
      )
      .get(Number(id), owner) !== undefined
  )
}

/** Marks one delivery done. */
export function markDelivered(db: SqliteDb, ref: string, channel: string, now: number): void {
  db.prepare(
    `UPDATE monitor_deliveries SET status = 'delivered', attempts = attempts + 1, delivered_at = ?, last_error = NULL
     WHERE ref = ? AND channel = ?`,
  ).run(new Date(now).toISOString(), ref, channel)
}

/** Records a failed attempt: retried at `next`, or given up (`failed`) without one. */
export function markFailed(
  db: SqliteDb,
  ref: string,
  channel: string,
  error: string,
  next: number | undefined,
): void {
  db.prepare(
    `UPDATE monitor_deliveries SET attempts = attempts + 1, last_error = ?,
       status = ?, next_attempt_at = coalesce(?, next_attempt_at)
     WHERE ref = ? AND channel = ?`,
  ).run(
    error.slice(0, 2000),
    next === undefined ? 'failed' : 'pending',
    next === undefined ? null : new Date(next).toISOString(),
    ref,
    channel,
  )
}
