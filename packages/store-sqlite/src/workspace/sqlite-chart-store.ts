import type { ChartStore, ClaimChart } from '@chuhai/core/workspace'
import type { SqliteDb } from '../driver.js'

interface ChartRow {
  id: string
  org_id: string
  product_id: string
  patent_id: string
  claim_number: number
  elements: string
  updated_by: string
  updated_at: string
}

interface StoredElements {
  readonly patentTitle: string
  readonly claimText: string
  readonly elements: ClaimChart['elements']
}

function toChart(r: ChartRow): ClaimChart {
  const stored = JSON.parse(r.elements) as StoredElements
  return {
    id: r.id,
    orgId: r.org_id,
    productId: r.product_id,
    patentId: r.patent_id,
    claimNumber: r.claim_number,
    patentTitle: stored.patentTitle,
    claimText: stored.claimText,
    elements: stored.elements,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  }
}

/** `ChartStore` on the shared connection (table `fto_charts`, migration 70). */
export class SqliteChartStore implements ChartStore {
  readonly #db: SqliteDb

  constructor(db: SqliteDb) {
    this.#db = db
  }

  async save(c: ClaimChart): Promise<void> {
    const stored: StoredElements = {
      patentTitle: c.patentTitle,
      claimText: c.claimText,
      elements: c.elements,
    }
    this.#db
      .prepare(
        `INSERT INTO fto_charts (id, org_id, product_id, patent_id, claim_number, elements,
         updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (product_id, patent_id, claim_number) DO UPDATE SET
         elements = excluded.elements, updated_by = excluded.updated_by,
         updated_at = excluded.updated_at`,
      )
      .run(
        c.id,
        c.orgId,
        c.productId,
        c.patentId,
        c.claimNumber,
        JSON.stringify(stored),
        c.updatedBy,
        c.updatedAt,
      )
    return Promise.resolve()
  }

  async get(orgId: string, id: string): Promise<ClaimChart | undefined> {
    const row = this.#db
      .prepare('SELECT * FROM fto_charts WHERE org_id = ? AND id = ?')
      .get(orgId, id) as ChartRow | undefined
    return Promise.resolve(row ? toChart(row) : undefined)
  }

  async list(orgId: string, productId: string): Promise<ClaimChart[]> {
    const rows = this.#db
      .prepare(
        'SELECT * FROM fto_charts WHERE org_id = ? AND product_id = ? ORDER BY updated_at DESC',
      )
      .all(orgId, productId) as ChartRow[]
    return Promise.resolve(rows.map(toChart))
  }
}
