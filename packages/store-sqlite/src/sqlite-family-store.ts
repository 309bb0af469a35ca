import type { FamilyCandidate, FamilyStore } from '@chuhai/core/family'
import type { PatentRecord } from '@chuhai/core/ingest'
import type { Kysely } from 'kysely'
import type { SqliteDb, SqliteStatement } from './driver.js'
import { getRecord } from './read/records.js'
import type { Database } from './schema/tables.js'

/** Keys per `IN (…)` list: far below SQLite's variable limit, large enough for one round trip. */
const CHUNK = 400

interface CandidateRow {
  readonly id: string
  readonly family_docdb: string | null
  readonly key: string | null
}

/**
 * `FamilyStore` over the `family_keys` table, the DOCDB family index and the citation index
 * (migration 10, ADR 0008). Obtain it from `SqlitePatentStore.families()`; it shares the store's
 * connection and is valid until the store is closed.
 */
export class SqliteFamilyStore implements FamilyStore {
  readonly #db: SqliteDb
  readonly #kysely: Kysely<Database>
  readonly #byDocdb: SqliteStatement
  readonly #exact: SqliteStatement
  readonly #sameNumber: SqliteStatement
  readonly #citing: SqliteStatement

  constructor(db: SqliteDb, kysely: Kysely<Database>) {
    this.#db = db
    this.#kysely = kysely
    this.#byDocdb = db.prepare(
      `SELECT p.id, p.family_docdb, k.key FROM publications p
       LEFT JOIN family_keys k ON k.doc = p.doc WHERE p.family_docdb = ?`,
    )
    this.#exact = db.prepare('SELECT id FROM publications WHERE id = ?')
    this.#sameNumber = db.prepare(
      `SELECT id, kind FROM publications WHERE country = ? AND number = ?
       ORDER BY pub_date DESC, id`,
    )
    // The exact id, the number cited without a kind, and (for a stored id without kind) any kind.
    this.#citing = db.prepare(
      `SELECT DISTINCT p.id FROM citations c JOIN publications p ON p.doc = c.doc
       WHERE c.cited_ref IN (?, ?) OR (? AND c.cited_ref >= ? AND c.cited_ref < ?)
       ORDER BY p.id`,
    )
  }

  async get(id: string): Promise<PatentRecord | undefined> {
    return getRecord(this.#kysely, id)
  }

  async getMany(ids: readonly string[]): Promise<PatentRecord[]> {
    const out: PatentRecord[] = []
    for (const id of ids) {
      const r = await getRecord(this.#kysely, id)
      if (r) {
        out.push(r)
      }
    }
    return out
  }

  async withKeys(keys: readonly string[]): Promise<FamilyCandidate[]> {
    const rows: CandidateRow[] = []
    for (let i = 0; i < keys.length; i += CHUNK) {
      const chunk = keys.slice(i, i + CHUNK)
      rows.push(
        ...(this.#db
          .prepare(
            `SELECT p.id, p.family_docdb, k2.key FROM family_keys k
             JOIN publications p ON p.doc = k.doc
             JOIN family_keys k2 ON k2.doc = p.doc
             WHERE k.key IN (${chunk.map(() => '?').join(', ')})`,
          )
          .all(...chunk) as CandidateRow[]),
      )
    }
    return Promise.resolve(candidates(rows))
  }

  async withDocdbFamily(family: string): Promise<FamilyCandidate[]> {
    return Promise.resolve(candidates(this.#byDocdb.all(family) as CandidateRow[]))
  }

  async resolveIds(ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const out = new Map<string, string>()
    for (const ref of ids) {
      const stored = this.#resolve(ref)
      if (stored) {
        out.set(ref, stored)
      }
    }
    return Promise.resolve(out)
  }

  async citing(id: string): Promise<string[]> {
    const [country = '', number = '', kind] = id.split('-')
    const base = `${country}-${number}`
    const rows = this.#citing.all(id, base, kind ? 0 : 1, `${base}-`, `${base}.`) as {
      id: string
    }[]
    return Promise.resolve(rows.map((r) => r.id).filter((r) => r !== id))
  }

  /** Exact id; else the same number where the reference or the stored id has no kind. */
  #resolve(ref: string): string | undefined {
    const exact = this.#exact.get(ref) as { id: string } | undefined
    if (exact) {
      return exact.id
    }
    const [country = '', number = '', kind] = ref.split('-')
    const rows = this.#sameNumber.all(country, number) as { id: string; kind: string | null }[]
    return (kind ? rows.find((r) => r.kind === null) : rows[0])?.id
  }
}

function candidates(rows: readonly CandidateRow[]): FamilyCandidate[] {
  const byId = new Map<string, { id: string; keys: string[]; docdbFamily?: string }>()
  for (const row of rows) {
    let c = byId.get(row.id)
    if (!c) {
      c = row.family_docdb
        ? { id: row.id, keys: [], docdbFamily: row.family_docdb }
        : { id: row.id, keys: [] }
      byId.set(row.id, c)
    }
    if (row.key && !c.keys.includes(row.key)) {
      c.keys.push(row.key)
    }
  }
  return [...byId.values()]
}
