import {
  buildCandidateQuery,
  elementTerms,
  rankHints,
  scoreDisclosure,
  type HintDocument,
  type NoveltyHintProvider,
  type NoveltyHintRequest,
  type NoveltyHintResult,
} from '@chuhai/core/novelty'
import type { SqliteDb } from './driver.js'
import { FTS_TABLE } from './fts.js'

/** bm25 column weights (title, abstract, claims, description): claims and abstract count most. */
export const NOVELTY_BM25_WEIGHTS = [2, 3, 3, 1] as const

/** Options of `SqliteNoveltyHints`. */
export interface SqliteNoveltyHintsOptions {
  /** Candidates fetched by bm25 and re-scored per element: `limit` × this. Default `4`, at least 20. */
  readonly candidateFactor?: number
}

/**
 * An FTS5 string for one term: a double-quoted string, inner quotes doubled, so that no input
 * (`"`, `*`, `:`, `^`, `NEAR`, `AND`, parentheses, column names) is read as query syntax.
 */
export function quoteFtsTerm(term: string): string {
  return `"${term.replaceAll('"', '""')}"`
}

/** An FTS5 expression matching any of `terms`; `''` for none. */
export function ftsAnyOf(terms: readonly string[]): string {
  return terms.map(quoteFtsTerm).join(' OR ')
}

interface CandidateRow {
  readonly doc: number
  readonly id: string
  readonly date: string | null
  readonly rank: number
}

interface TextRow {
  readonly doc: number
  readonly title: string | null
  readonly abstract: string | null
  readonly claims: string | null
  readonly description: string | null
}

/**
 * Novelty hints over the store's FTS5 index: the claim's candidate query (an OR of its rarest key
 * terms, document frequencies from the index) ranked by bm25 with `NOVELTY_BM25_WEIGHTS`, the
 * optional cut-off on the publication date, then each candidate's text scored element by element
 * with the core logic. Chinese, Japanese and Korean terms are not searchable until the index
 * segments CJK text (ADR 0004), so they are left out of the query (still scored).
 */
export class SqliteNoveltyHints implements NoveltyHintProvider {
  readonly id = 'sqlite-fts5'
  readonly #db: SqliteDb
  readonly #factor: number

  /** Use `SqlitePatentStore.noveltyHints()`, which checks the store is open. */
  constructor(db: SqliteDb, options: SqliteNoveltyHintsOptions = {}) {
    this.#db = db
    this.#factor = options.candidateFactor ?? 4
  }

  async hints(request: NoveltyHintRequest): Promise<NoveltyHintResult> {
    const elements = elementTerms(request.elements)
    const searchable = elements.flatMap((e) => e.terms).filter((t) => !t.cjk)
    const df = new Map(searchable.map((t) => [t.stem, this.#documentFrequency(t.surface)]))
    const searched = this.#count()
    const query = buildCandidateQuery(elements, { documentFrequency: df, totalDocuments: searched })
    if (query.terms.length === 0 || request.limit <= 0) {
      return Promise.resolve({ hints: [], query, searched })
    }
    const rows = this.#candidates(
      ftsAnyOf(query.terms.map((t) => t.surface)),
      Math.min(200, Math.max(20, request.limit * this.#factor)),
      request.before,
    )
    const texts = this.#texts(rows.map((r) => r.doc))
    const hints = rows.map((row) => scoreDisclosure(elements, document(row, texts.get(row.doc))))
    return Promise.resolve({ hints: rankHints(hints).slice(0, request.limit), query, searched })
  }

  #documentFrequency(term: string): number {
    const row = this.#db
      .prepare(`SELECT count(*) AS n FROM ${FTS_TABLE} WHERE ${FTS_TABLE} MATCH ?`)
      .get(quoteFtsTerm(term)) as { n: number }
    return row.n
  }

  #count(): number {
    return (this.#db.prepare('SELECT count(*) AS n FROM publications').get() as { n: number }).n
  }

  #candidates(match: string, limit: number, before: string | undefined): CandidateRow[] {
    const rank = `bm25(${FTS_TABLE}, ${NOVELTY_BM25_WEIGHTS.join(', ')})`
    const sql =
      `SELECT f.rowid AS doc, p.id AS id, p.pub_date AS date, ${rank} AS rank ` +
      `FROM ${FTS_TABLE} f JOIN publications p ON p.doc = f.rowid ` +
      `WHERE ${FTS_TABLE} MATCH ?${before === undefined ? '' : ' AND p.pub_date < ?'} ` +
      'ORDER BY rank LIMIT ?'
    const params = before === undefined ? [match, limit] : [match, before, limit]
    return this.#db.prepare(sql).all(...params) as CandidateRow[]
  }

  #texts(docs: readonly number[]): Map<number, TextRow> {
    if (docs.length === 0) {
      return new Map()
    }
    const rows = this.#db
      .prepare(
        'SELECT doc, title, abstract, claims, description FROM fts_source ' +
          `WHERE doc IN (${docs.map(() => '?').join(', ')})`,
      )
      .all(...docs) as TextRow[]
    return new Map(rows.map((r) => [r.doc, r]))
  }
}

/** A candidate as the core scoring reads it; bm25 is negated so that higher is better. */
function document(row: CandidateRow, text: TextRow | undefined): HintDocument {
  const title = text?.title?.split('\n')[0]
  return {
    publicationNumber: row.id,
    ...(title ? { title } : {}),
    ...(row.date ? { date: row.date } : {}),
    relevance: Math.round(-row.rank * 1000) / 1000,
    texts: {
      title: text?.title ?? '',
      abstract: text?.abstract ?? '',
      claims: text?.claims ?? '',
      description: text?.description ?? '',
    },
  }
}
