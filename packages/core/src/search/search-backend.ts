import type { QueryNode } from './query/ast.js'
import type { WeightedQuery } from './weighted-query.js'

/**
 * What a backend searches for: a parsed query (Boolean, fielded, or a `text` node of natural
 * language) or a `WeightedQuery` that query understanding (English key terms, Chinese→English
 * translation, feedback) has already produced.
 */
export type SearchQuery = QueryNode | WeightedQuery

/** Whether a search query is a `WeightedQuery` rather than an AST node. */
export function isWeightedQuery(query: SearchQuery): query is WeightedQuery {
  return 'concepts' in query
}

/** Which date a cut-off applies to. */
export type CutoffDateKind = 'priority' | 'publication'

/** Publication status a filter can ask for (the record's `stage`). */
export type PublicationStatus = 'application' | 'grant'

/**
 * Filters applied before ranking. Tenancy and authorisation are not filters: callers apply them
 * before the backend (outline's boundary note, house style R4).
 */
export interface SearchFilters {
  /**
   * Only documents dated strictly before this ISO date (`YYYY-MM-DD`). Prior art for an invention
   * is what was public before its priority date.
   */
  readonly before?: string
  /** The date `before` compares with. Default is `'priority'` (earliest priority date, falling back to the filing and then the publication date). */
  readonly beforeOn?: CutoffDateKind
  /** Only documents dated on or after this ISO date (same date as `beforeOn`). */
  readonly after?: string
  /** Publication countries (`US`, `EP`, `WO`, …). Default: all. */
  readonly countries?: readonly string[]
  /** Kind codes (`B1`, `A1`, …). Default: all. */
  readonly kinds?: readonly string[]
  /** CPC or IPC symbol prefixes (`G06N`, `A61B8/`); a document matches if any symbol starts with one. */
  readonly classifications?: readonly string[]
  /** Applicants or assignees: a document matches if a name contains one (as `pa:`). Default: all. */
  readonly applicants?: readonly string[]
  /** Publication status. Default: both. */
  readonly status?: readonly PublicationStatus[]
  /** Publication ids never to return (canonical `US-10000000-B2` or any spelling the backend normalises). */
  readonly excludePublications?: readonly string[]
  /** Family ids whose members are never returned (e.g. the invention's own family). */
  readonly excludeFamilies?: readonly string[]
}

/** Facets a page can carry. */
export type FacetName = 'country' | 'year' | 'cpc' | 'applicant'

/**
 * An optional dense-vector (embedding) signal fused with the lexical score. The backend asks it
 * to score its lexical candidates, fuses the two min-max-normalised scores as
 * `(1 - weight) · lexical + weight · dense`, and also considers `extraCandidates` that the dense
 * index found on its own.
 */
export interface DenseSignal {
  /** Share of the dense score in the fused score, 0 ≤ weight ≤ 1. */
  readonly weight: number
  /** Cosine similarity (or any score where higher is better) per publication id; missing ids have no vector. */
  score(publicationIds: readonly string[]): Promise<ReadonlyMap<string, number>>
  /** Publication ids the dense index ranks highly, added to the candidate pool. Default none. */
  readonly extraCandidates?: readonly string[]
  /** How many lexical candidates to rescore. Default is `300`. */
  readonly candidates?: number
}

/** Options of one search. */
export interface SearchOptions {
  /** Hits per page. Default is `20`. */
  readonly limit?: number
  /** Hits to skip (paging). Default is `0`. */
  readonly offset?: number
  readonly filters?: SearchFilters
  /** One hit per patent family (the best-ranked member). Default is `true`. */
  readonly collapseFamilies?: boolean
  /** Compute snippets with highlights for the hits. Default is `true`. */
  readonly snippets?: boolean
  /** Facets to count over every matching document (after filters). Default none. */
  readonly facets?: readonly FacetName[]
  /** Optional embedding signal for hybrid ranking. Default none (lexical only). */
  readonly dense?: DenseSignal
}

/** A passage of a hit with the matched words marked by `[start, end)` offsets into `text`. */
export interface Snippet {
  readonly field: 'title' | 'abstract' | 'claims' | 'description'
  readonly text: string
  readonly highlights: readonly (readonly [number, number])[]
}

/** One result. */
export interface SearchHit {
  /** Canonical publication id, `US-10000000-B2`. */
  readonly id: string
  /** Family id (DOCDB simple family where known), or undefined. */
  readonly familyId?: string
  /** Ranking score, higher is better; comparable only within one page. */
  readonly score: number
  readonly title?: string
  readonly country: string
  readonly kind?: string
  /** ISO date. */
  readonly publicationDate?: string
  /** Earliest priority date, ISO. */
  readonly priorityDate?: string
  readonly snippets: readonly Snippet[]
}

/** Counts of one facet, largest first. */
export type FacetCounts = readonly { readonly key: string; readonly count: number }[]

/** One page of results. */
export interface SearchPage {
  /** Matching documents after filters (families when collapsed); may be a lower bound when `totalIsExact` is false. */
  readonly total: number
  /** False when pruning (top-k) stopped counting early. */
  readonly totalIsExact: boolean
  readonly hits: readonly SearchHit[]
  readonly facets?: Partial<Record<FacetName, FacetCounts>>
  /** The weighted query actually ranked (after key-term extraction and feedback), for explanations. */
  readonly rankedQuery?: WeightedQuery
  /** Milliseconds the backend spent. */
  readonly tookMs: number
}

/** What a backend supports (like kysely's `DialectAdapter.supports*` flags). */
export interface SearchCapabilities {
  /** Whether `near` nodes are evaluated. Default is `false`. */
  readonly proximity: boolean
  /** Whether results are ranked; if false, results are ordered by date, newest first. */
  readonly ranking: boolean
  /** Whether hits carry snippets. */
  readonly snippets: boolean
  /** Whether `term` nodes with `prefix: true` are evaluated. */
  readonly truncation: boolean
  /** Whether `text` nodes and `WeightedQuery`s are ranked as natural language. */
  readonly naturalLanguage: boolean
  /** Facets the backend can count. */
  readonly facets: readonly FacetName[]
  /** Whether a `DenseSignal` is fused. */
  readonly hybrid: boolean
}

/**
 * The full-text search port (house style R4). One implementation per backend package
 * (`SqliteSearchBackend` in `@chuhai/store-sqlite`). Every method is async even where the driver
 * is synchronous. Authorisation and tenancy are applied by callers before the backend.
 */
export interface SearchBackend {
  /** Backend id, e.g. `sqlite`. */
  readonly id: string
  readonly capabilities: SearchCapabilities
  /**
   * Runs a query. Throws `SEARCH_UNSUPPORTED` for a node the backend cannot evaluate (see
   * `capabilities`) and `SEARCH_INVALID_QUERY` for a query with no positive clause.
   */
  search(query: SearchQuery, options?: SearchOptions): Promise<SearchPage>
  /** Brings the search index up to date with the store (after ingest); returns documents indexed. */
  refresh(): Promise<number>
  close(): Promise<void>
}
