/**
 * The search the workspace needs (issue 9): a query in the query language, filters, one page of
 * hits with highlighted passages, and facet counts. The embedded FTS5 implementation lives in
 * store-sqlite; the search issue's ranked backend plugs in behind the same port. Tenancy: the
 * patent corpus is public data shared by every organisation of an installation, so the port takes
 * no organisation; confidential objects never go through it.
 */
export interface PatentSearchRequest {
  /** Query language: words (AND), `OR`, `NOT`/`-word`, "phrases", `prefix*`, `ti:`/`ab:`/`cl:`. */
  readonly q: string
  readonly country?: readonly string[]
  readonly kind?: readonly string[]
  /** Publication year range, inclusive. */
  readonly yearFrom?: number
  readonly yearTo?: number
  /** CPC prefix, e.g. `G06N` or `B25J 9/16`. */
  readonly cpc?: string
  readonly applicant?: string
  /** Default is `20`, at most 100. */
  readonly limit?: number
  /** Default is `0`. */
  readonly offset?: number
}

/** A highlighted passage: plain text with the matched spans as [start, end) offsets. */
export interface Highlight {
  readonly field: 'title' | 'abstract' | 'claims' | 'description'
  readonly text: string
  readonly spans: readonly (readonly [number, number])[]
}

/** One search hit. */
export interface PatentHit {
  readonly id: string
  readonly title: string
  readonly pubDate: string | null
  readonly country: string
  readonly kind: string | null
  readonly applicants: readonly string[]
  readonly cpc: readonly string[]
  readonly score: number
  readonly highlights: readonly Highlight[]
}

/** One facet value with its count among all matches (or the counted sample, see `facetSample`). */
export interface FacetValue {
  readonly value: string
  readonly count: number
}

/** One page of results. */
export interface PatentSearchPage {
  readonly total: number
  readonly hits: readonly PatentHit[]
  readonly facets: Readonly<
    Record<'country' | 'kind' | 'year' | 'cpc' | 'applicant', readonly FacetValue[]>
  >
  /** Facets were counted over the best `n` matches only (large result sets); null when exact. */
  readonly facetSample: number | null
  readonly tookMs: number
  /** Backend id, e.g. `sqlite-fts5`. */
  readonly backend: string
}

/** The search port of the workspace. */
export interface PatentSearch {
  readonly id: string
  search(request: PatentSearchRequest): Promise<PatentSearchPage>
}
