import {
  bestSnippets,
  type DocumentSource,
  type FacetCounts,
  type FacetName,
  type Ranked,
  type SearchHit,
  type SearchPage,
  type WeightedQuery,
} from '@chuhai/core'
import type { SqliteDb } from '../driver.js'
import { readTitles, type DocMeta } from './doc-meta.js'

/** Ranked candidates of one search, before collapsing and paging. */
export interface Candidates {
  readonly ranked: Ranked
  /** Matching documents (an estimate when not `exact`). */
  readonly total: number
  readonly exact: boolean
  /** Index keys to highlight, with weights. */
  readonly keys: ReadonlyMap<string, number>
  readonly rankedQuery?: WeightedQuery
}

/** Page-building options. */
export interface PageOptions {
  readonly limit: number
  readonly offset: number
  readonly collapse: boolean
  readonly snippets: boolean
  readonly facets: readonly FacetName[]
}

const isoOf = (n: number): string | undefined =>
  n > 0 ? `${String(n).slice(0, 4)}-${String(n).slice(4, 6)}-${String(n).slice(6, 8)}` : undefined

/** Collapses families, cuts the page, adds snippets and facets. */
export async function buildPage(
  c: Candidates,
  meta: DocMeta,
  db: SqliteDb,
  source: DocumentSource,
  options: PageOptions,
): Promise<Omit<SearchPage, 'tookMs'>> {
  const kept: number[] = []
  const scores: number[] = []
  const families = new Set<string>()
  c.ranked.docs.forEach((d, i) => {
    const family = meta.family(d) ?? meta.id(d)!
    if (options.collapse && families.has(family)) {
      return
    }
    families.add(family)
    kept.push(d)
    scores.push(c.ranked.scores[i]!)
  })
  const pageDocs = kept.slice(options.offset, options.offset + options.limit)
  const texts = options.snippets ? await source.documents(pageDocs) : []
  const titles = readTitles(db, pageDocs)
  const hits: SearchHit[] = pageDocs.map((d, i) => {
    const text = texts[i]
    const family = meta.family(d)
    const published = isoOf(meta.published[d]!)
    const priority = isoOf(meta.priority[d]!)
    const title = titles[i]
    const kind = meta.kind(d)
    return {
      id: meta.id(d)!,
      ...(family !== undefined ? { familyId: family } : {}),
      score: Number(scores[options.offset + i]!.toFixed(6)),
      ...(title !== undefined ? { title } : {}),
      country: meta.country(d) ?? '',
      ...(kind !== undefined ? { kind } : {}),
      ...(published !== undefined ? { publicationDate: published } : {}),
      ...(priority !== undefined ? { priorityDate: priority } : {}),
      snippets: text ? bestSnippets(text, c.keys) : [],
    }
  })
  const total =
    c.exact && options.collapse
      ? Math.max(kept.length, familyCount(c, meta))
      : c.exact
        ? c.total
        : Math.max(c.total, kept.length)
  const page: Omit<SearchPage, 'tookMs'> = {
    total,
    totalIsExact: c.exact,
    hits,
    ...(options.facets.length > 0 ? { facets: facets(kept, meta, db, options.facets) } : {}),
    ...(c.rankedQuery ? { rankedQuery: c.rankedQuery } : {}),
  }
  return page
}

function familyCount(c: Candidates, meta: DocMeta): number {
  // Exact Boolean totals count families over the ranked pool (the full match when it fits).
  return (
    new Set(c.ranked.docs.map((d) => meta.family(d) ?? meta.id(d))).size +
    Math.max(0, c.total - c.ranked.docs.length)
  )
}

function count(values: Iterable<string | undefined>, top = 20): FacetCounts {
  const m = new Map<string, number>()
  for (const v of values) {
    if (v) {
      m.set(v, (m.get(v) ?? 0) + 1)
    }
  }
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([key, n]) => ({ key, count: n }))
}

/** Facets over the ranked candidates (documents after filters and collapsing). */
function facets(
  docs: readonly number[],
  meta: DocMeta,
  db: SqliteDb,
  names: readonly FacetName[],
): Partial<Record<FacetName, FacetCounts>> {
  const out: Partial<Record<FacetName, FacetCounts>> = {}
  const inList = (sql: string): string[] => {
    const rows: string[] = []
    for (let i = 0; i < docs.length; i += 500) {
      const chunk = docs.slice(i, i + 500)
      rows.push(
        ...(
          db.prepare(sql.replace('?', chunk.map(() => '?').join(','))).all(...chunk) as {
            v: string
          }[]
        ).map((r) => r.v),
      )
    }
    return rows
  }
  for (const name of names) {
    switch (name) {
      case 'country':
        out.country = count(docs.map((d) => meta.country(d)))
        break
      case 'year':
        out.year = count(
          docs.map((d) =>
            (meta.published[d]! || meta.priority[d]!) > 0
              ? String(meta.published[d]! || meta.priority[d]!).slice(0, 4)
              : undefined,
          ),
        )
        break
      case 'cpc':
        // Subclass level (G06N), once per document.
        out.cpc = count(
          inList(
            "SELECT DISTINCT doc, substr(symbol, 1, 4) AS v FROM classifications WHERE scheme = 'cpc' AND doc IN (?)",
          ),
        )
        break
      case 'applicant':
        out.applicant = count(
          inList(
            "SELECT DISTINCT doc, name AS v FROM parties WHERE role IN ('applicant', 'assignee') AND doc IN (?)",
          ),
        )
        break
    }
  }
  return out
}
