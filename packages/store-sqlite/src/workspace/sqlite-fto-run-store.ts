import type { ElementFinding, FtoRunRecord, FtoRunStore } from '@chuhai/core/workspace'
import type { SqliteDb } from '../driver.js'

interface RunRow {
  id: string
  org_id: string
  product_id: string
  job_id: string | null
  as_of: string
  countries: string
  report: string
  findings: string
  created_by: string
  created_at: string
  updated_by: string
  updated_at: string
}

function toRun(r: RunRow): FtoRunRecord {
  return {
    id: r.id,
    orgId: r.org_id,
    productId: r.product_id,
    jobId: r.job_id,
    asOf: r.as_of,
    countries: JSON.parse(r.countries) as string[],
    report: JSON.parse(r.report) as unknown,
    findings: JSON.parse(r.findings) as ElementFinding[],
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  }
}

/** `FtoRunStore` on the shared connection (table `fto_runs`, migration 130). */
export class SqliteFtoRunStore implements FtoRunStore {
  readonly #db: SqliteDb

  constructor(db: SqliteDb) {
    this.#db = db
  }

  async save(run: FtoRunRecord): Promise<void> {
    this.#db
      .prepare(
        `INSERT INTO fto_runs (id, org_id, product_id, job_id, as_of, countries, report, findings,
           created_by, created_at, updated_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET report = excluded.report, findings = excluded.findings,
           updated_by = excluded.updated_by, updated_at = excluded.updated_at
         WHERE fto_runs.org_id = excluded.org_id`,
      )
      .run(
        run.id,
        run.orgId,
        run.productId,
        run.jobId,
        run.asOf,
        JSON.stringify(run.countries),
        JSON.stringify(run.report),
        JSON.stringify(run.findings),
        run.createdBy,
        run.createdAt,
        run.updatedBy,
        run.updatedAt,
      )
    return Promise.resolve()
  }

  async get(orgId: string, id: string): Promise<FtoRunRecord | undefined> {
    const row = this.#db
      .prepare('SELECT * FROM fto_runs WHERE org_id = ? AND id = ?')
      .get(orgId, id) as RunRow | undefined
    return Promise.resolve(row ? toRun(row) : undefined)
  }

  async list(orgId: string, productId?: string): Promise<FtoRunRecord[]> {
    const rows = (
      productId === undefined
        ? this.#db
            .prepare('SELECT * FROM fto_runs WHERE org_id = ? ORDER BY created_at DESC, id')
            .all(orgId)
        : this.#db
            .prepare(
              'SELECT * FROM fto_runs WHERE org_id = ? AND product_id = ? ORDER BY created_at DESC, id',
            )
            .all(orgId, productId)
    ) as RunRow[]
    return Promise.resolve(rows.map(toRun))
  }
}
