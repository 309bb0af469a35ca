import type { PatentRecord } from '@chuhai/core/ingest'
import type {
  CandidateResult,
  CandidateSource,
  DataSourceInfo,
  FtoRecordSource,
  LegalEvent,
  TermStatistics,
  WeightedQuery,
} from '@chuhai/core/fto'
import type { SqliteDb } from './driver.js'
import { FTS_TABLE } from './fts.js'
import { NOVELTY_BM25_WEIGHTS, quoteFtsTerm } from './sqlite-novelty-hints.js'

/** Most concepts sent to FTS5: more only slows the OR query on a large store without finding more. */
const MAX_CONCEPTS = 18
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/** Most documents counted for a term's document frequency: beyond it a term is simply "common". */
const DF_CAP = 20_000

/** An FTS5 expression for a weighted query: each concept an OR of its forms (phrases quoted). */
export function ftsWeightedExpression(query: WeightedQuery, max = MAX_CONCEPTS): string {
  return query.concepts
    .slice(0, max)
    .map((c) => {
      const forms = [...new Set(c.forms.map((f) => f.text.trim().toLowerCase()).filter(Boolean))]
      return forms.length === 1
        ? quoteFtsTerm(forms[0]!)
        : `(${forms.map(quoteFtsTerm).join(' OR ')})`
    })
    .filter((s) => s !== '' && s !== '()')
    .join(' OR ')
}

/**
 * Candidate retrieval over the store's FTS5 index (bm25 with `NOVELTY_BM25_WEIGHTS`): an OR of
 * the query's most weighted concepts, optionally only documents published before a date. Stands
 * in for the search engine's `SearchBackend` until it lands; the FTO logic does not change.
 */
export class SqliteCandidateSource implements CandidateSource {
  readonly id = 'sqlite-fts5-bm25'
  readonly #db: SqliteDb

  constructor(db: SqliteDb) {
    this.#db = db
  }

  async search(
    query: WeightedQuery,
    options: {
      readonly limit: number
      readonly before?: string
      readonly exclude?: readonly string[]
    },
  ): Promise<CandidateResult> {
    const expression = ftsWeightedExpression(query)
    const searched = (
      this.#db.prepare('SELECT count(*) AS n FROM publications').get() as { n: number }
    ).n
    if (expression === '' || options.limit <= 0) {
      return Promise.resolve({ hits: [], searched, expression })
    }
    const exclude = new Set(options.exclude ?? [])
    const rank = `bm25(${FTS_TABLE}, ${NOVELTY_BM25_WEIGHTS.join(', ')})`
    const sql =
      `SELECT p.id AS id, ${rank} AS rank FROM ${FTS_TABLE} f JOIN publications p ON p.doc = f.rowid ` +
      `WHERE ${FTS_TABLE} MATCH ?${options.before === undefined ? '' : ' AND p.pub_date < ?'} ORDER BY rank LIMIT ?`
    const params: (string | number)[] = [expression]
    if (options.before !== undefined) {
      params.push(options.before)
    }
    params.push(options.limit + exclude.size)
    const rows = this.#db.prepare(sql).all(...params) as { id: string; rank: number }[]
    const hits = rows
      .filter((r) => !exclude.has(r.id))
      .slice(0, options.limit)
      .map((r) => ({ id: r.id, relevance: Math.round(-r.rank * 1000) / 1000 }))
    return Promise.resolve({ hits, searched, expression })
  }
}

interface FamilyKeyRow {
  readonly doc: number
  readonly family_docdb: string | null
  readonly family_inpadoc: string | null
  readonly app_country: string | null
  readonly app_number: string | null
}

/**
 * The records FTO reads, from the store: records by id, family members (same DOCDB/INPADOC family
 * id; a shared priority claim; the priority application's own publications; US continuity
 * parents and children), term statistics from the FTS5 index (document frequencies counted up to
 * `DF_CAP`, cached) and the store's description for the report. No legal events yet (they come with
 * the offices' register data).
 */
export class SqliteFtoRecords implements FtoRecordSource {
  readonly #db: SqliteDb
  readonly #get: (id: string) => Promise<PatentRecord | undefined>
  readonly #df = new Map<string, number>()
  readonly #name: string
  #total: number | undefined

  readonly statistics: TermStatistics

  constructor(db: SqliteDb, get: (id: string) => Promise<PatentRecord | undefined>, name: string) {
    this.#db = db
    this.#get = get
    this.#name = name
    const total = (): number => this.total()
    this.statistics = {
      documentFrequency: (stem: string) => this.#documentFrequency(stem),
      get totalDocuments(): number {
        return total()
      },
    }
  }

  #documentFrequency(stem: string): number | undefined {
    if (!/^[\p{L}\p{N}]+$/u.test(stem) || CJK.test(stem)) {
      return undefined
    }
    const cached = this.#df.get(stem)
    if (cached !== undefined) {
      return cached
    }
    const row = this.#db
      .prepare(
        `SELECT count(*) AS n FROM (SELECT 1 FROM ${FTS_TABLE} WHERE ${FTS_TABLE} MATCH ? LIMIT ${DF_CAP})`,
      )
      .get(quoteFtsTerm(stem)) as { n: number }
    this.#df.set(stem, row.n)
    return row.n
  }

  async get(id: string): Promise<PatentRecord | undefined> {
    return this.#get(id)
  }

  /** Documents in the store (the statistics' N). */
  total(): number {
    this.#total ??= (
      this.#db.prepare('SELECT count(*) AS n FROM publications').get() as { n: number }
    ).n
    return this.#total
  }

  async familyMembers(record: PatentRecord): Promise<PatentRecord[]> {
    const docs = new Set<number>()
    const own = this.#db
      .prepare(
        'SELECT doc, family_docdb, family_inpadoc, app_country, app_number FROM publications WHERE id = ?',
      )
      .get(record.id) as FamilyKeyRow | undefined
    if (own) {
      docs.add(own.doc)
    }
    const family = (
      column: 'family_docdb' | 'family_inpadoc',
      value: string | null | undefined,
    ): void => {
      if (value) {
        for (const r of this.#db
          .prepare(`SELECT doc FROM publications WHERE ${column} = ?`)
          .all(value) as { doc: number }[]) {
          docs.add(r.doc)
        }
      }
    }
    family('family_docdb', record.family?.docdb)
    family('family_inpadoc', record.family?.inpadoc)
    // Applications the record stems from or shares: its own, its priorities, its US parents.
    const applications: { country: string; number: string }[] = []
    if (record.application) {
      applications.push(record.application)
    }
    applications.push(
      ...record.priorityClaims.map((p) => ({ country: p.country, number: p.number })),
    )
    for (const r of record.relatedDocuments) {
      if (r.relation !== 'provisional' && r.relation !== 'related-publication') {
        applications.push(r.document)
      }
    }
    const byApp = this.#db.prepare(
      'SELECT doc FROM publications WHERE app_country = ? AND app_number IN (?, ?)',
    )
    const claiming = this.#db.prepare(
      'SELECT doc FROM priority_claims WHERE country = ? AND number IN (?, ?)',
    )
    const children = this.#db.prepare(
      'SELECT doc FROM related_documents WHERE country = ? AND number IN (?, ?)',
    )
    for (const app of applications) {
      const digits = app.number.replace(/[^0-9A-Z]/giu, '')
      for (const stmt of [byApp, claiming, children]) {
        for (const r of stmt.all(app.country, app.number, digits) as { doc: number }[]) {
          docs.add(r.doc)
        }
      }
    }
    const ids = [...docs].map(
      (doc) =>
        (this.#db.prepare('SELECT id FROM publications WHERE doc = ?').get(doc) as { id: string })
          .id,
    )
    const records: PatentRecord[] = []
    for (const id of ids) {
      const found = id === record.id ? record : await this.#get(id)
      if (found) {
        records.push(found)
      }
    }
    return records
  }

  async legalEvents(): Promise<readonly LegalEvent[]> {
    return Promise.resolve([])
  }

  async describe(): Promise<DataSourceInfo> {
    const row = this.#db
      .prepare(
        'SELECT count(*) AS n, min(pub_date) AS earliest, max(pub_date) AS latest FROM publications',
      )
      .get() as { n: number; earliest: string | null; latest: string | null }
    const countries = this.#db
      .prepare(
        'SELECT country AS key, count(*) AS count FROM publications GROUP BY country ORDER BY count DESC',
      )
      .all() as { key: string; count: number }[]
    return Promise.resolve({
      name: this.#name,
      documents: row.n,
      ...(row.earliest ? { earliest: row.earliest } : {}),
      ...(row.latest ? { latest: row.latest } : {}),
      countries,
    })
  }
}
