import { ingest, type IngestOptions, type IngestSummary } from '@chuhai/ingest'
import type { FetchSummary } from './fetch-summary.js'

/** A fetch and the ingest of what it wrote. */
export interface FetchAndIngestResult<S extends FetchSummary = FetchSummary> {
  readonly fetch: S
  readonly ingest: IngestSummary
}

/**
 * Runs a fetch, then ingests every file it wrote with the same pipeline as `chuhai ingest`
 * (sniffing, parse workers, checkpointed transactions), so a fetched document is stored exactly
 * as the same file ingested by hand would be. Files no parser reads are listed as skipped files.
 */
export async function fetchAndIngest<S extends FetchSummary>(
  fetch: () => Promise<S>,
  options: IngestOptions,
): Promise<FetchAndIngestResult<S>> {
  const fetched = await fetch()
  const summary = await ingest(fetched.files, options)
  return { fetch: fetched, ingest: summary }
}
