import {
  normaliseLegalStatus,
  parsePublicationNumber,
  type LegalEvent,
  type LegalEventSet,
  type LegalStatus,
} from '@chuhai/core/ingest'
import type { SqliteDb, SqliteStatement } from '../driver.js'
import { legalEventFromRow, type LegalEventRow } from '../read/legal-status.js'

/**
 * Writes legal events (merged: an event already stored is kept once) and recomputes the status
 * of every publication that received events. Runs inside the caller's transaction.
 */
export class LegalWriter {
  readonly #insert: SqliteStatement
  readonly #events: SqliteStatement
  readonly #stage: SqliteStatement
  readonly #saveStatus: SqliteStatement
  readonly #dropStatus: SqliteStatement

  constructor(db: SqliteDb) {
    this.#insert = db.prepare(
      `INSERT OR IGNORE INTO legal_events (publication_id, event_key, code, date, effective_date,
  country, state, description, text, influence, app_country, app_number, source_format, source_file)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    this.#events = db.prepare('SELECT * FROM legal_events WHERE publication_id = ?')
    this.#stage = db.prepare('SELECT stage FROM publications WHERE id = ?')
    this.#saveStatus = db.prepare(
      `INSERT OR REPLACE INTO legal_status (publication_id, status, since, basis, rule,
  rules_version, event, lapsed_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    this.#dropStatus = db.prepare('DELETE FROM legal_status WHERE publication_id = ?')
  }

  /** Stores the events of `sets` and refreshes the status of their publications. */
  write(sets: readonly LegalEventSet[]): void {
    const touched = new Set<string>()
    for (const set of sets) {
      touched.add(set.publication)
      for (const e of set.events) {
        this.#insert.run(
          set.publication,
          eventKey(e),
          e.code,
          e.date ?? null,
          e.effectiveDate ?? null,
          e.country ?? null,
          e.state ?? null,
          e.description ?? null,
          e.text ?? null,
          e.influence ?? null,
          set.application?.country ?? null,
          set.application?.number ?? null,
          set.source.format,
          set.source.file ?? null,
        )
      }
    }
    for (const id of touched) {
      this.#refresh(id)
    }
  }

  #refresh(id: string): void {
    const events = (this.#events.all(id) as LegalEventRow[]).map(legalEventFromRow)
    const status = normaliseLegalStatus(
      { publication: id, country: id.slice(0, 2), granted: this.#granted(id) },
      events,
    )
    if (!status) {
      this.#dropStatus.run(id)
      return
    }
    this.#saveStatus.run(
      id,
      status.status,
      status.since ?? null,
      status.basis,
      status.rule ?? null,
      status.rulesVersion,
      status.event ? JSON.stringify(status.event) : null,
      status.lapsedIn ? JSON.stringify(status.lapsedIn) : null,
    )
  }

  /** Whether the publication is a grant: its stored stage, else its kind code (B…, C…; US E, P, S). */
  #granted(id: string): boolean {
    const row = this.#stage.get(id) as { stage: string } | undefined
    if (row) {
      return row.stage === 'grant'
    }
    const kind = parsePublicationNumber(id)?.kind ?? ''
    return /^[BC]/.test(kind) || (id.startsWith('US-') && /^[EPS]/.test(kind))
  }
}

/** Identity of an event within its publication: the same event from two sources is stored once. */
function eventKey(e: LegalEvent): string {
  return JSON.stringify([
    e.code,
    e.date ?? '',
    e.effectiveDate ?? '',
    e.country ?? '',
    e.state ?? '',
    e.text ?? '',
  ])
}

/** Re-exported for the reader. */
export type { LegalStatus }
