/** One item a fetch could not get; the rest of the batch goes on. */
export interface FetchError {
  /** What was asked for: a publication number, a file name, a query. */
  readonly item: string
  /** Catalogue code (`CONNECTOR_NOT_FOUND`, `CONNECTOR_MALFORMED_RESPONSE`…). */
  readonly code: string
  readonly reason: string
}

/** What one `chuhai fetch` run got before ingest. */
export interface FetchSummary {
  readonly service: string
  /** Files written (complete, renamed into place) for ingest. */
  readonly files: string[]
  /** Responses served from the disk cache. */
  fromCache: number
  /** Requests answered (network and cache). */
  responses: number
  readonly errors: FetchError[]
  /** Service-reported usage (OPS quota counters, Lens remaining requests). */
  readonly usage: Record<string, number | string>
}

/** A fresh summary for a service. */
export function emptyFetchSummary(service: string): FetchSummary {
  return { service, files: [], fromCache: 0, responses: 0, errors: [], usage: {} }
}
