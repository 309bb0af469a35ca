import {
  detectQueryLanguage,
  parseQuery,
  type QueryTranslation,
  type SearchBackend,
  type SearchFilters,
  type SearchPage as EnginePage,
  type SearchQuery,
  type WeightedQuery,
} from '@chuhai/core'
import {
  SEARCH_FACETS,
  type FacetValue,
  type PatentHit,
  type PatentSearch,
  type PatentSearchPage,
  type PatentSearchRequest,
  type SearchFacet,
} from '@chuhai/core/workspace'
import type { SqliteDb, SqliteStatement } from '@chuhai/store-sqlite'

/** Terms of a ranked prose query shown as "searched as". */
const UNDERSTOOD_TERMS = 12

let translation: Promise<QueryTranslation> | undefined

/**
 * A Chinese prose query (Simplified or Traditional) as weighted English concepts, as
 * `chuhai search` does (ADR 0013); `undefined` for English and for the Boolean query language.
 * The translator (jieba, OpenCC, glossary, CC-CEDICT) is loaded once per thread, on first use.
 */
async function crossLanguage(text: string, mode: string): Promise<WeightedQuery | undefined> {
  if (mode === 'boolean' || detectQueryLanguage(text) !== 'zh') {
    return undefined
  }
  translation ??= import('@chuhai/text-zh').then((m) => m.createQueryTranslation())
  return (await translation).translate(text, 'en', 'zh')
}

interface PartyRow {
  doc: number
  id: string
  applicants: string | null
  cpc: string | null
}

/**
 * The workspace's `PatentSearch` over the search engine's `SearchBackend` (ADR 0011): the query
 * language or prose exactly as `chuhai search` reads it (Chinese prose translated), filters,
 * one hit per family unless `allMembers`, facets (country, year, CPC subclass, applicant) and
 * snippets with highlights. Applicants and CPC symbols of the page's hits come from the store.
 */
export class BackendPatentSearch implements PatentSearch {
  readonly id: string
  readonly #backend: SearchBackend
  readonly #parties: SqliteStatement

  constructor(backend: SearchBackend, db: SqliteDb) {
    this.id = backend.id
    this.#backend = backend
    this.#parties = db.prepare(
      `SELECT p.doc, p.id,
        (SELECT json_group_array(name) FROM (SELECT a.name FROM parties a WHERE a.doc = p.doc
           AND a.role IN ('applicant', 'assignee') ORDER BY a.role, a.seq LIMIT 3)) AS applicants,
        (SELECT json_group_array(symbol) FROM (SELECT c.symbol FROM classifications c
           WHERE c.doc = p.doc AND c.scheme = 'cpc' ORDER BY c.seq LIMIT 4)) AS cpc
       FROM publications p WHERE p.id IN (SELECT value FROM json_each(?))`,
    )
  }

  async search(r: PatentSearchRequest): Promise<PatentSearchPage> {
    const started = performance.now()
    const mode = r.mode ?? 'auto'
    const translated = await crossLanguage(r.q, mode)
    const query: SearchQuery = translated ?? parseQuery(r.q, { mode })
    const page = await this.#backend.search(query, {
      limit: Math.min(100, Math.max(1, r.limit ?? 20)),
      offset: Math.max(0, r.offset ?? 0),
      collapseFamilies: r.allMembers !== true,
      snippets: true,
      facets: SEARCH_FACETS,
      filters: filtersOf(r),
    })
    return {
      total: page.total,
      totalIsExact: page.totalIsExact,
      hits: this.#hits(page),
      facets: facetsOf(page),
      facetSample: page.rankedQuery ? page.total : null,
      mode: translated ? 'translated' : page.rankedQuery ? 'text' : 'boolean',
      understood: understood(page.rankedQuery),
      tookMs: Math.round((performance.now() - started) * 10) / 10,
      backend: this.id,
    }
  }

  #hits(page: EnginePage): PatentHit[] {
    const rows = new Map(
      (this.#parties.all(JSON.stringify(page.hits.map((h) => h.id))) as PartyRow[]).map((p) => [
        p.id,
        p,
      ]),
    )
    return page.hits.map((h) => {
      const p = rows.get(h.id)
      return {
        id: h.id,
        familyId: h.familyId ?? null,
        title: h.title ?? '',
        pubDate: h.publicationDate ?? null,
        priorityDate: h.priorityDate ?? null,
        country: h.country,
        kind: h.kind ?? null,
        applicants: JSON.parse(p?.applicants ?? '[]') as string[],
        cpc: JSON.parse(p?.cpc ?? '[]') as string[],
        score: h.score,
        highlights: h.snippets.map((s) => ({
          field: s.field,
          text: s.text,
          spans: s.highlights,
        })),
      }
    })
  }
}

/** The request's filters in the backend's terms (years on the publication date). */
export function filtersOf(r: PatentSearchRequest): SearchFilters {
  const has = (list: readonly string[] | undefined): list is readonly string[] =>
    list !== undefined && list.length > 0
  return {
    ...(r.yearFrom !== undefined || r.yearTo !== undefined ? { beforeOn: 'publication' } : {}),
    ...(r.yearFrom !== undefined ? { after: `${r.yearFrom}-01-01` } : {}),
    ...(r.yearTo !== undefined ? { before: `${r.yearTo + 1}-01-01` } : {}),
    ...(has(r.country) ? { countries: r.country } : {}),
    ...(has(r.kind) ? { kinds: r.kind } : {}),
    ...(has(r.status)
      ? {
          status: r.status.filter(
            (s): s is 'application' | 'grant' => s === 'application' || s === 'grant',
          ),
        }
      : {}),
    ...(r.cpc ? { classifications: [r.cpc] } : {}),
    ...(r.applicant ? { applicants: [r.applicant] } : {}),
  }
}

function facetsOf(page: EnginePage): Record<SearchFacet, FacetValue[]> {
  const out = {} as Record<SearchFacet, FacetValue[]>
  for (const name of SEARCH_FACETS) {
    const counts = (page.facets?.[name] ?? []).map((c) => ({ value: c.key, count: c.count }))
    // Years read best in order; the others by count.
    out[name] =
      name === 'year' ? counts.sort((a, b) => a.value.localeCompare(b.value)) : counts.slice(0, 10)
  }
  return out
}

function understood(q: WeightedQuery | undefined): { term: string; weight: number }[] {
  if (!q) {
    return []
  }
  const seen = new Set<string>()
  return [...q.concepts]
    .sort((a, b) => b.weight - a.weight)
    .flatMap((c) => {
      const form = [...c.forms].sort((a, b) => b.weight - a.weight)[0]
      const term = form?.text.trim().toLowerCase()
      if (!term || seen.has(term)) {
        return []
      }
      seen.add(term)
      return [{ term: form!.text, weight: Math.round(c.weight * 1000) / 1000 }]
    })
    .slice(0, UNDERSTOOD_TERMS)
}
