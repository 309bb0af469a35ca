import type { SqliteDb, SqliteStatement } from '../driver.js'

/** A publication related to the one shown: a family member or a citing document. */
export interface RelatedPublication {
  readonly id: string
  readonly country: string
  readonly kind: string | null
  readonly pubDate: string | null
  readonly stage: string
  readonly title: string | null
  /** Why it is related: `family-id`, `application`, `priority`, `continuity`, `cites`. */
  readonly via: string
}

const COLUMNS = `p.id, p.country, p.kind, p.pub_date AS pubDate, p.stage,
  (SELECT t.text FROM texts t WHERE t.doc = p.doc AND t.field = 'title' ORDER BY t.seq LIMIT 1) AS title`

/**
 * Family and forward citations of a stored publication, from what the store holds: same DOCDB or
 * INPADOC family id, same application (the A1 and the B1 of one application), a shared priority
 * claim, or a continuity link (continuation, division, …) in either direction. Offices' family
 * services (EPO OPS INPADOC) add members the store has not seen; the connectors bring those in.
 */
export class SqlitePatentRelations {
  readonly #family: SqliteStatement
  readonly #citedBy: SqliteStatement
  readonly #existing: SqliteStatement

  constructor(db: SqliteDb) {
    // One indexed branch per relation (an OR across columns would scan the publications).
    this.#family = db.prepare(
      `WITH me AS (SELECT doc, app_country, app_number, family_docdb, family_inpadoc
                   FROM publications WHERE id = ?),
      members(doc, via) AS (
        SELECT p.doc, 'family-id' FROM publications p
          WHERE p.family_docdb = (SELECT family_docdb FROM me)
        UNION SELECT p.doc, 'family-id' FROM publications p
          WHERE p.family_inpadoc = (SELECT family_inpadoc FROM me)
        UNION SELECT p.doc, 'application' FROM publications p
          WHERE p.app_number = (SELECT app_number FROM me)
            AND p.app_country = (SELECT app_country FROM me)
        UNION SELECT q.doc, 'priority' FROM priority_claims mine
          JOIN priority_claims q ON q.number = mine.number AND q.country = mine.country
          WHERE mine.doc = (SELECT doc FROM me)
        UNION SELECT p.doc, 'continuity' FROM related_documents r JOIN publications p
          ON p.app_number = r.number AND p.app_country = r.country
          WHERE r.doc = (SELECT doc FROM me)
        UNION SELECT r.doc, 'continuity' FROM related_documents r
          WHERE r.number = (SELECT app_number FROM me) AND r.country = (SELECT app_country FROM me)
      )
      SELECT ${COLUMNS}, min(m.via) AS via FROM members m JOIN publications p ON p.doc = m.doc
      WHERE p.doc <> (SELECT doc FROM me) GROUP BY p.doc ORDER BY p.country, p.pub_date LIMIT 200`,
    )
    this.#existing = db.prepare(
      'SELECT id FROM publications WHERE id IN (SELECT value FROM json_each(?))',
    )
    this.#citedBy = db.prepare(
      `SELECT ${COLUMNS}, 'cites' AS via FROM citations c JOIN publications p ON p.doc = c.doc
       WHERE c.cited_ref = ? GROUP BY p.doc ORDER BY p.pub_date DESC LIMIT ?`,
    )
  }

  /** Which of these canonical ids the store holds. */
  existing(ids: readonly string[]): Set<string> {
    const rows = this.#existing.all(JSON.stringify(ids)) as { id: string }[]
    return new Set(rows.map((r) => r.id))
  }

  /** Family members of `id` in the store (without `id` itself). */
  family(id: string): RelatedPublication[] {
    return this.#family.all(id) as RelatedPublication[]
  }

  /** Stored publications that cite `id` (forward citations), newest first. Default `limit` 100. */
  citedBy(id: string, limit = 100): RelatedPublication[] {
    return this.#citedBy.all(id, limit) as RelatedPublication[]
  }
}
