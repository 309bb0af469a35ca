import type {
  FacetValue,
  Highlight,
  PatentHit,
  PatentSearch,
  PatentSearchPage,
  PatentSearchRequest,
} from '@chuhai/core/workspace'
import type { SqliteDb, SqliteStatement } from '../driver.js'
import { FTS_TABLE } from '../fts.js'
import { FtsSnippets } from '../fts/fts-snippets.js'
import { queryToFts } from './query-to-fts.js'

/** Matches counted exactly up to this many; beyond, facets come from the best-ranked ones. */
const FACET_SAMPLE = 1000
const OPEN = '\u0002'
const CLOSE = '\u0003'
const FIELDS = ['title', 'abstract', 'claims'] as const
/** BM25 with column weights title 10, abstract 5, claims 2, description 1. */
const RANKING = 'bm25(10.0, 5.0, 2.0, 1.0)'

interface Filter {
  readonly sql: string
  readonly params: unknown[]
}

function filters(r: PatentSearchRequest): Filter {
  const parts: string[] = []
  const params: unknown[] = []
  if (r.country && r.country.length > 0) {
    parts.push(`p.country IN (${r.country.map(() => '?').join(',')})`)
    params.push(...r.country)
  }
  if (r.kind && r.kind.length > 0) {
    parts.push(`p.kind IN (${r.kind.map(() => '?').join(',')})`)
    params.push(...r.kind)
  }
  if (r.yearFrom !== undefined) {
    parts.push('p.pub_date >= ?')
    params.push(`${r.yearFrom}-01-01`)
  }
  if (r.yearTo !== undefined) {
    parts.push('p.pub_date <= ?')
    params.push(`${r.yearTo}-12-31`)
  }
  if (r.cpc) {
    // Range scan on the symbol index: `G06N` matches `G06N 3/08`.
    const prefix = r.cpc.trim().toUpperCase()
    parts.push(
      'EXISTS (SELECT 1 FROM classifications c WHERE c.doc = p.doc AND c.symbol >= ? AND c.symbol < ? || char(65535))',
    )
    params.push(prefix, prefix)
  }
  if (r.applicant) {
    parts.push(
      "EXISTS (SELECT 1 FROM parties a WHERE a.doc = p.doc AND a.role IN ('applicant', 'assignee') AND a.name LIKE ? ESCAPE '\\')",
    )
    params.push(`%${r.applicant.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params }
}

/** Plain text plus [start, end) spans from a snippet with OPEN/CLOSE markers. */
export function spansOf(marked: string): { text: string; spans: [number, number][] } {
  let text = ''
  const spans: [number, number][] = []
  let start = -1
  for (const ch of marked) {
    if (ch === OPEN) {
      start = text.length
    } else if (ch === CLOSE) {
      if (start >= 0) {
        spans.push([start, text.length])
      }
      start = -1
    } else {
      text += ch
    }
  }
  return { text, spans }
}

interface RankedRow {
  doc: number
  score: number
}

interface DocRow {
  doc: number
  id: string
  country: string
  kind: string | null
  pub_date: string | null
  title: string | null
  applicants: string | null
  cpc: string | null
}

/**
 * The embedded search over the FTS5 index (ADR 0004): BM25 with title and abstract weighted above
 * claims and description, filters on the publication columns, highlighted passages from
 * `snippet()` and facet counts (country, kind, year, CPC subclass, applicant). One ranked query
 * fetches the best `FACET_SAMPLE` ids; the page, its snippets and the facets are read for those.
 */
export class SqlitePatentSearch implements PatentSearch {
  readonly id = 'sqlite-fts5'
  readonly #db: SqliteDb
  readonly #docs: SqliteStatement
  readonly #snippets: FtsSnippets
  readonly #rankedOnly: SqliteStatement
  readonly #count: SqliteStatement

  constructor(db: SqliteDb) {
    this.#db = db
    this.#docs = db.prepare(
      `SELECT p.doc, p.id, p.country, p.kind, p.pub_date,
        (SELECT t.text FROM texts t WHERE t.doc = p.doc AND t.field = 'title' ORDER BY t.seq LIMIT 1) AS title,
        (SELECT json_group_array(name) FROM (SELECT a.name FROM parties a WHERE a.doc = p.doc
           AND a.role IN ('applicant', 'assignee') ORDER BY a.role, a.seq LIMIT 3)) AS applicants,
        (SELECT json_group_array(symbol) FROM (SELECT c.symbol FROM classifications c
           WHERE c.doc = p.doc AND c.scheme = 'cpc' ORDER BY c.seq LIMIT 4)) AS cpc
       FROM publications p WHERE p.doc IN (SELECT value FROM json_each(?))`,
    )
    this.#rankedOnly = db.prepare(
      `SELECT rowid AS doc, rank AS score FROM ${FTS_TABLE}
       WHERE ${FTS_TABLE} MATCH ? AND rank MATCH '${RANKING}' ORDER BY rank LIMIT ?`,
    )
    this.#count = db.prepare(`SELECT count(*) AS n FROM ${FTS_TABLE} WHERE ${FTS_TABLE} MATCH ?`)
    // The index file holds no text: snippets come from the stored text (ADR 0018).
    this.#snippets = new FtsSnippets(db)
  }

  async search(request: PatentSearchRequest): Promise<PatentSearchPage> {
    const started = performance.now()
    const match = queryToFts(request.q)
    const limit = Math.min(100, Math.max(1, request.limit ?? 20))
    const offset = Math.max(0, request.offset ?? 0)
    const f = filters(request)
    const sample = Math.max(FACET_SAMPLE, offset + limit)
    // `rank MATCH` lets FTS5 rank inside the virtual table (cheaper than bm25() per joined row);
    // the publications join is only there when a filter needs it.
    const ranked = (
      f.sql === ''
        ? this.#rankedOnly.all(match, sample)
        : this.#db
            .prepare(
              `SELECT f.rowid AS doc, f.rank AS score FROM ${FTS_TABLE} f JOIN publications p ON p.doc = f.rowid
               WHERE ${FTS_TABLE} MATCH ? AND f.rank MATCH '${RANKING}'${f.sql} ORDER BY f.rank LIMIT ?`,
            )
            .all(match, ...f.params, sample)
    ) as RankedRow[]
    const total =
      ranked.length < sample
        ? ranked.length
        : f.sql === ''
          ? (this.#count.get(match) as { n: number }).n
          : (
              this.#db
                .prepare(
                  `SELECT count(*) AS n FROM ${FTS_TABLE} f JOIN publications p ON p.doc = f.rowid
                   WHERE ${FTS_TABLE} MATCH ?${f.sql}`,
                )
                .get(match, ...f.params) as { n: number }
            ).n
    const pageRows = ranked.slice(offset, offset + limit)
    const ids = JSON.stringify(pageRows.map((r) => r.doc))
    const docs = new Map((this.#docs.all(ids) as DocRow[]).map((d) => [d.doc, d] as const))
    const snippets = new Map(
      this.#snippets
        .snippets(
          match,
          pageRows.map((r) => r.doc),
          FIELDS.map((_, i) => i),
          OPEN,
          CLOSE,
        )
        .map((s) => [s.doc as number, s]),
    )
    const hits: PatentHit[] = pageRows.flatMap((r) => {
      const d = docs.get(r.doc)
      if (!d) {
        return []
      }
      const s = snippets.get(r.doc) ?? {}
      const highlights: Highlight[] = FIELDS.flatMap((field, i) => {
        const marked = typeof s[`s${i}`] === 'string' ? (s[`s${i}`] as string) : ''
        const h = spansOf(marked)
        return h.spans.length > 0 ? [{ field, ...h }] : []
      })
      return [
        {
          id: d.id,
          title: d.title ?? '',
          pubDate: d.pub_date,
          country: d.country,
          kind: d.kind,
          applicants: JSON.parse(d.applicants ?? '[]') as string[],
          cpc: JSON.parse(d.cpc ?? '[]') as string[],
          score: -r.score,
          highlights,
        },
      ]
    })
    return Promise.resolve({
      total,
      hits,
      facets: this.#facets(ranked.map((r) => r.doc)),
      facetSample: total > ranked.length ? ranked.length : null,
      tookMs: Math.round((performance.now() - started) * 10) / 10,
      backend: this.id,
    })
  }

  #facets(docs: readonly number[]): PatentSearchPage['facets'] {
    const ids = JSON.stringify(docs)
    const q = (sql: string): FacetValue[] =>
      (this.#db.prepare(sql).all(ids) as { value: string | null; count: number }[])
        .filter((r) => r.value !== null && r.value !== '')
        .map((r) => ({ value: r.value!, count: r.count }))
    const inDocs = 'doc IN (SELECT value FROM json_each(?))'
    const group = (expr: string, table: string, extra = '', top = 10): FacetValue[] =>
      q(
        `SELECT ${expr} AS value, count(DISTINCT doc) AS count FROM ${table} WHERE ${inDocs}${extra}
         GROUP BY value ORDER BY count DESC, value LIMIT ${top}`,
      )
    return {
      country: group('country', 'publications'),
      kind: group('kind', 'publications'),
      year: group('substr(pub_date, 1, 4)', 'publications', '', 30).sort((a, b) =>
        a.value.localeCompare(b.value),
      ),
      cpc: group('substr(symbol, 1, 4)', 'classifications', " AND scheme = 'cpc'"),
      applicant: group('name', 'parties', " AND role IN ('applicant', 'assignee')"),
    }
  }
}
