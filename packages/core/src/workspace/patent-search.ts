/**
 * The search the workspace needs (issue 9): a query in the query language or prose, filters, one
 * page of hits with highlighted passages, and facet counts. The adapter in the server runs the
 * search engine's `SearchBackend` (ADR 0011) behind this port, on worker threads. Tenancy: the
 * patent corpus is public data shared by every organisation of an installation, so the port takes
 * no organisation; confidential objects never go through it.
 */
export interface PatentSearchRequest {
  /**
   * The query language (`AND` `OR` `NOT`, "phrases", `NEAR/5`, `comput*`, `ti:` `ab:` `cl:` `de:`
   * `cpc:` `pa:` `in:` `pn:` `cc:` `pd:[2018 TO 2022]` `prd:`) or prose (English or Chinese).
   */
  readonly q: string
  /** How `q` is read: `auto` (default) decides from the operators it uses. */
  readonly mode?: 'auto' | 'boolean' | 'text'
  /** Every family member instead of one hit per family. Default is `false`. */
  readonly allMembers?: boolean
  readonly country?: readonly string[]
  readonly kind?: readonly string[]
  /** Publication status: `application`, `grant`. */
  readonly status?: readonly string[]
  /** Publication year range, inclusive. */
  readonly yearFrom?: number
  readonly yearTo?: number
  /** Only documents whose earliest priority date is before this ISO date (prior-art cut-off). */
  readonly before?: string
  /** CPC/IPC prefix, e.g. `G06N` or `B25J9/16`. */
  readonly cpc?: string
  /** Applicant or assignee (words of the name, as `pa:`). */
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
  readonly familyId: string | null
  readonly title: string
  readonly pubDate: string | null
  readonly priorityDate: string | null
  readonly country: string
  readonly kind: string | null
  readonly applicants: readonly string[]
  readonly cpc: readonly string[]
  readonly score: number
  readonly highlights: readonly Highlight[]
}

/** One facet value with its count among the matches counted (see `facetSample`). */
export interface FacetValue {
  readonly value: string
  readonly count: number
}

/** The facets a page carries. */
export const SEARCH_FACETS = ['country', 'year', 'cpc', 'applicant'] as const
export type SearchFacet = (typeof SEARCH_FACETS)[number]

/** One page of results. */
export interface PatentSearchPage {
  /** Matches (families unless `allMembers`); a lower bound when `totalIsExact` is false. */
  readonly total: number
  readonly totalIsExact: boolean
  readonly hits: readonly PatentHit[]
  readonly facets: Readonly<Record<SearchFacet, readonly FacetValue[]>>
  /** Facets were counted over the best-ranked matches only (prose queries); null when over all. */
  readonly facetSample: number | null
  /** How the query was read: the query language, prose, or prose translated from Chinese. */
  readonly mode: 'boolean' | 'text' | 'translated'
  /** The weighted terms prose was ranked with (after key terms, translation, feedback), best first. */
  readonly understood: readonly { readonly term: string; readonly weight: number }[]
  readonly tookMs: number
  /** Backend id, e.g. `sqlite`. */
  readonly backend: string
}

/** The search port of the workspace. */
export interface PatentSearch {
  readonly id: string
  search(request: PatentSearchRequest): Promise<PatentSearchPage>
}
