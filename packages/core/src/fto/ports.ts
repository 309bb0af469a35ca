import type { PatentRecord } from '../model/patent.js'
import type { WeightedQuery } from '../search/weighted-query.js'
import type { TermStatistics } from './claim-chart.js'
import type { LegalEvent } from './patent-term.js'

/** A candidate document found by the search engine. */
export interface CandidateHit {
  /** Canonical publication id, `US-7864166-B2`. */
  readonly id: string
  /** The backend's relevance, higher is better (only the order matters). */
  readonly relevance: number
}

/** What a candidate search returns. */
export interface CandidateResult {
  readonly hits: readonly CandidateHit[]
  /** Documents searched (the store's size). */
  readonly searched: number
  /** The query as the backend ran it (for the report's search strategy). */
  readonly expression: string
}

/**
 * Candidate retrieval for FTO and invalidity: a weighted query in, ranked publication ids out.
 * `searchBackendCandidates` puts the search engine's `SearchBackend` (which ranks the same
 * `WeightedQuery`) behind it; the FTS5 adapter of `@chuhai/store-sqlite` remains for stores
 * searched without the search index.
 */
export interface CandidateSource {
  readonly id: string
  search(
    query: WeightedQuery,
    options: {
      readonly limit: number
      /** Only documents dated before this (`YYYY-MM-DD`), on the date `beforeOn` names. */
      readonly before?: string
      /** `priority` (earliest priority, else filing, else publication; the default) or `publication`. */
      readonly beforeOn?: 'priority' | 'publication'
      /** Publication ids never to return (the asserted patent's own family). */
      readonly exclude?: readonly string[]
      /** Family ids whose members are never returned. */
      readonly excludeFamilies?: readonly string[]
    },
  ): Promise<CandidateResult>
}

/** What the report says about the data searched. */
export interface DataSourceInfo {
  readonly name: string
  readonly documents: number
  /** Earliest and latest publication dates held. */
  readonly earliest?: string
  readonly latest?: string
  /** Documents per publication country. */
  readonly countries?: readonly { readonly key: string; readonly count: number }[]
}

/**
 * The records FTO reads: publications by id, their family members (the store's family ids,
 * shared priority claims and US continuity data until the families service lands), corpus term
 * statistics, and legal events where a register connector provides them.
 */
export interface FtoRecordSource {
  /**
   * Called once before a run: an adapter loads what its statistics need (the search index's
   * document frequencies) so that `statistics` can answer synchronously.
   */
  prepare?(): Promise<void>
  get(id: string): Promise<PatentRecord | undefined>
  /** Every publication of the record's family in the store, the record included. */
  familyMembers(record: PatentRecord): Promise<PatentRecord[]>
  readonly statistics: TermStatistics
  /** Legal events of a publication; empty when none are known. */
  legalEvents(id: string): Promise<readonly LegalEvent[]>
  describe(): Promise<DataSourceInfo>
}
