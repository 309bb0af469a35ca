import type { LegalStatus, WatchItemState } from '@chuhai/core/monitor'
import type { SqliteDb, SqliteStatement } from '../driver.js'

interface StateRow {
  readonly id: string
  readonly country: string
  readonly stage: string
  readonly pub_date: string | null
  readonly grant_date: string | null
  readonly app_country: string | null
  readonly app_number: string | null
  readonly app_date: string | null
  readonly family: string | null
  readonly document_type: string
  readonly extension: number | null
  readonly title: string | null
  readonly applicant: string | null
  readonly status: string | null
}

/** Reads the watch-relevant state of one publication by doc (prepared once per run). */
export class ItemStateReader {
  readonly #stmt: SqliteStatement

  constructor(db: SqliteDb) {
    this.#stmt = db.prepare(`
      SELECT p.id, p.country, p.stage, p.pub_date, p.grant_date, p.app_country, p.app_number,
        p.app_date, coalesce(p.family_docdb, p.family_inpadoc) AS family, p.document_type,
        json_extract(p.record, '$.term.extensionDays') AS extension,
        (SELECT t.text FROM texts t WHERE t.doc = p.doc AND t.field = 'title' ORDER BY t.seq LIMIT 1) AS title,
        (SELECT pa.name FROM parties pa WHERE pa.doc = p.doc AND pa.role IN ('applicant', 'assignee')
           ORDER BY pa.role DESC, pa.seq LIMIT 1) AS applicant,
        (SELECT s.status || '|' || s.date FROM monitor_legal_status s WHERE s.id = p.id
           ORDER BY s.date DESC, s.status LIMIT 1) AS status
      FROM publications p WHERE p.doc = ?`)
  }

  /** The state and the expiry date (or `null`), or `undefined` when the doc is gone. */
  read(doc: number): { state: WatchItemState; expiry: string | null } | undefined {
    const row = this.#stmt.get(doc) as StateRow | undefined
    if (!row) {
      return undefined
    }
    const [status, statusDate] = row.status ? row.status.split('|') : [null, null]
    const state: WatchItemState = {
      id: row.id,
      country: row.country,
      stage: row.stage,
      pubDate: row.pub_date,
      grantDate: row.grant_date,
      application: row.app_number ? `${row.app_country ?? row.country}:${row.app_number}` : null,
      family: row.family,
      status: (status as LegalStatus | null) ?? null,
      statusDate: statusDate ?? null,
      title: row.title ?? '',
      applicant: row.applicant ?? '',
    }
    return { state, expiry: expiryOf(row) }
  }
}

/**
 * Nominal expiry: 20 years from filing (15 from grant for US designs since 2015, 14 before),
 * plus a recorded US term adjustment. Terminal disclaimers, SPCs and unpaid annuities are not
 * known here; a recorded lapse or expiry status overrides it in the alerts.
 */
function expiryOf(row: StateRow): string | null {
  if (row.stage !== 'grant') {
    return null
  }
  const design = row.document_type === 'design'
  const start = design ? row.grant_date : row.app_date
  if (!start) {
    return null
  }
  const years = design ? (start >= '2015-05-13' ? 15 : 14) : 20
  const date = new Date(`${start}T00:00:00Z`)
  date.setUTCFullYear(date.getUTCFullYear() + years)
  date.setUTCDate(date.getUTCDate() + (design ? 0 : (row.extension ?? 0)))
  return date.toISOString().slice(0, 10)
}
