import type { LegalEvent, LegalStatus } from '@chuhai/core/ingest'
import type { SqliteDb } from '../driver.js'

/** A `legal_events` row. */
export interface LegalEventRow {
  readonly code: string
  readonly date: string | null
  readonly effective_date: string | null
  readonly country: string | null
  readonly state: string | null
  readonly description: string | null
  readonly text: string | null
  readonly influence: string | null
}

interface LegalStatusRow {
  readonly publication_id: string
  readonly status: LegalStatus['status']
  readonly since: string | null
  readonly basis: LegalStatus['basis']
  readonly rule: string | null
  readonly rules_version: string
  readonly event: string | null
  readonly lapsed_in: string | null
}

/** A stored event row as a model `LegalEvent` (absent columns left out). */
export function legalEventFromRow(row: LegalEventRow): LegalEvent {
  const out: LegalEvent = { code: row.code }
  if (row.date) {
    out.date = row.date
  }
  if (row.effective_date) {
    out.effectiveDate = row.effective_date
  }
  if (row.country) {
    out.country = row.country
  }
  if (row.state) {
    out.state = row.state
  }
  if (row.description) {
    out.description = row.description
  }
  if (row.text) {
    out.text = row.text
  }
  if (row.influence) {
    out.influence = row.influence
  }
  return out
}

/** Stored statuses of `ids`, by id (ids without a status are absent). */
export function readLegalStatus(db: SqliteDb, ids: readonly string[]): Map<string, LegalStatus> {
  const out = new Map<string, LegalStatus>()
  const stmt = db.prepare('SELECT * FROM legal_status WHERE publication_id = ?')
  for (const id of new Set(ids)) {
    const row = stmt.get(id) as LegalStatusRow | undefined
    if (!row) {
      continue
    }
    const status: LegalStatus = {
      publication: row.publication_id,
      status: row.status,
      basis: row.basis,
      rulesVersion: row.rules_version,
    }
    if (row.since) {
      status.since = row.since
    }
    if (row.rule) {
      status.rule = row.rule
    }
    if (row.event) {
      status.event = JSON.parse(row.event) as LegalEvent
    }
    if (row.lapsed_in) {
      status.lapsedIn = JSON.parse(row.lapsed_in) as string[]
    }
    out.set(id, status)
  }
  return out
}

/** Stored events of one publication, oldest first (effective date, else gazette date). */
export function readLegalEvents(db: SqliteDb, id: string): LegalEvent[] {
  const rows = db
    .prepare(
      `SELECT * FROM legal_events WHERE publication_id = ?
  ORDER BY coalesce(effective_date, date, ''), date, code`,
    )
    .all(id) as LegalEventRow[]
  return rows.map(legalEventFromRow)
}
