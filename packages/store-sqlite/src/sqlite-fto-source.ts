import type { FamilyStore } from '@chuhai/core/family'
import { matchRule, type PatentRecord } from '@chuhai/core/ingest'
import type {
  CandidateResult,
  CandidateSource,
  DataSourceInfo,
  FtoRecordSource,
  LegalEvent,
  TermStatistics,
  WeightedQuery,
} from '@chuhai/core/fto'
import { familyRecords } from '@chuhai/core/fto'
import type { SqliteDb } from './driver.js'
import { FTS_TABLE } from './fts.js'
import { readLegalEvents } from './read/legal-status.js'
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
 * the query's most weighted concepts, optionally only documents dated before a date. FTO and
 * invalidity use the search engine (`searchBackendCandidates`); this remains for comparisons
 * (`ftoSources(name, { candidates: 'fts5' })`) and stores searched without the search index.
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
      readonly beforeOn?: 'priority' | 'publication'
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
      `WHERE ${FTS_TABLE} MATCH ?${options.before === undefined ? '' : ` AND ${options.beforeOn === 'publication' ? 'p.pub_date' : 'coalesce(p.priority_date, p.app_date, p.pub_date)'} < ?`} ORDER BY rank LIMIT ?`
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

/**
 * The records FTO reads, from the store: records by id; family members through the families
 * service (`familyRecords` over `SqliteFamilyStore`: DOCDB family ids and the families computed
 * from shared priorities) plus US continuity (parents and children of continuations and
 * divisions, which claim no priority); term statistics from the FTS5 index (document frequencies
 * counted up to `DF_CAP`, cached); the stored legal events a status rule maps to a lapse, grant,
 * expiry or SPC; and the store's description for the report.
 */
export class SqliteFtoRecords implements FtoRecordSource {
  readonly #db: SqliteDb
  readonly #get: (id: string) => Promise<PatentRecord | undefined>
  readonly #families: FamilyStore | undefined
  readonly #index: (() => Promise<IndexStatistics>) | undefined
  #indexStats: IndexStatistics | undefined
  readonly #df = new Map<string, number>()
  readonly #name: string
  #total: number | undefined
  #described: DataSourceInfo | undefined

  readonly statistics: TermStatistics

  constructor(
    db: SqliteDb,
    get: (id: string) => Promise<PatentRecord | undefined>,
    name: string,
    families?: FamilyStore,
    index?: () => Promise<IndexStatistics>,
  ) {
    this.#db = db
    this.#get = get
    this.#name = name
    this.#families = families
    this.#index = index
    const total = (): number => this.total()
    this.statistics = {
      documentFrequency: (stem: string) => this.#documentFrequency(stem),
      get totalDocuments(): number {
        return total()
      },
    }
  }

  /** Loads the search index's statistics (when given), so that charts need no FTS5 counts. */
  async prepare(): Promise<void> {
    if (this.#index && !this.#indexStats) {
      this.#indexStats = await this.#index()
    }
  }

  #documentFrequency(stem: string): number | undefined {
    if (!/^[\p{L}\p{N}]+$/u.test(stem) || CJK.test(stem)) {
      return undefined
    }
    if (this.#indexStats) {
      return this.#indexStats.documentFrequency(stem)
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
    this.#total ??=
      this.#indexStats?.documents ??
      (this.#db.prepare('SELECT count(*) AS n FROM publications').get() as { n: number }).n
    return this.#total
  }

  async familyMembers(record: PatentRecord): Promise<PatentRecord[]> {
    const members = this.#families ? await familyRecords(this.#families, record) : [record]
    const have = new Set(members.map((m) => m.id))
    for (const id of this.#continuity(record)) {
      if (!have.has(id)) {
        const found = await this.#get(id)
        if (found) {
          members.push(found)
          have.add(id)
        }
      }
    }
    return members
  }

  /** Publications of US applications the record continues or that continue it (no shared priority). */
  #continuity(record: PatentRecord): string[] {
    const applications: { country: string; number: string }[] = []
    if (record.application) {
      applications.push(record.application)
    }
    for (const r of record.relatedDocuments) {
      if (r.relation !== 'provisional' && r.relation !== 'related-publication') {
        applications.push(r.document)
      }
    }
    const byApp = this.#db.prepare(
      'SELECT p.id FROM publications p WHERE app_country = ? AND app_number IN (?, ?)',
    )
    const children = this.#db.prepare(
      'SELECT p.id FROM related_documents r JOIN publications p ON p.doc = r.doc WHERE r.country = ? AND r.number IN (?, ?)',
    )
    const ids = new Set<string>()
    for (const app of applications) {
      const digits = app.number.replace(/[^0-9A-Z]/giu, '')
      for (const stmt of [byApp, children]) {
        for (const r of stmt.all(app.country, app.number, digits) as { id: string }[]) {
          ids.add(r.id)
        }
      }
    }
    return [...ids].sort()
  }

  async legalEvents(id: string): Promise<readonly LegalEvent[]> {
    const out: LegalEvent[] = []
    for (const e of readLegalEvents(this.#db, id)) {
      const date = e.effectiveDate ?? e.date
      const match = date ? matchRule(e) : undefined
      if (!date || !match) {
        continue
      }
      const status = match.rule.status
      const type =
        status === 'granted'
          ? 'grant'
          : status === 'expired'
            ? 'expiry'
            : status === 'pending'
              ? undefined
              : 'lapse'
      if (!type) {
        continue
      }
      const state = e.state ?? (match.rule.scope === 'state' ? e.country : undefined)
      out.push({
        date,
        type,
        ...(state && state !== id.slice(0, 2) ? { state } : {}),
        source: `${e.code}${e.description ? ` ${e.description}` : ''}${e.date ? ` (${e.date})` : ''}`,
      })
    }
    return Promise.resolve(out)
  }

  async describe(): Promise<DataSourceInfo> {
    this.#described ??= this.#describe()
    return Promise.resolve(this.#described)
  }

  #describe(): DataSourceInfo {
    // min/max read the ends of the publication-date index (migration 120); counts per country
    // scan the (country, number) index.
    const row = this.#db
      .prepare(
        `SELECT (SELECT min(pub_date) FROM publications WHERE pub_date IS NOT NULL) AS earliest,
                (SELECT max(pub_date) FROM publications) AS latest`,
      )
      .get() as { earliest: string | null; latest: string | null }
    const countries = this.#db
      .prepare(
        'SELECT country AS key, count(*) AS count FROM publications GROUP BY country ORDER BY count DESC',
      )
      .all() as { key: string; count: number }[]
    return {
      name: this.#name,
      documents: countries.reduce((sum, c) => sum + c.count, 0),
      ...(row.earliest ? { earliest: row.earliest } : {}),
      ...(row.latest ? { latest: row.latest } : {}),
      countries,
    }
  }
}

/** The search index's corpus statistics (`SqliteSearchBackend.statistics`). */
export interface IndexStatistics {
  readonly documents: number
  documentFrequency(key: string): number
}
