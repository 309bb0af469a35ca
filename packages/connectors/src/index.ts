// @chuhai/connectors — live connectors (issue 3 part 3, ADR 0010). Explicit re-exports only.
export {
  ConnectorsFileSchema,
  loadConnectorsConfig,
  type ConfigSources,
  type ConnectorsConfig,
  type ServiceConfig,
} from './config/connectors-config.js'
export { ENV, SERVICE_DEFAULTS } from './config/connector-env.js'
export {
  cacheTtlMs,
  connectorContext,
  serviceClient,
  type ConnectorContext,
  type ConnectorDeps,
} from './connector-context.js'
export type { ConnectorEvent } from './http/connector-event.js'
export { DiskCache, sha256, type CachedResponse } from './http/disk-cache.js'
export { createFetchHttpClient, type FetchHttpClientOptions } from './http/fetch-http-client.js'
export { RateLimiter } from './http/rate-limiter.js'
export {
  backoffDelay,
  DEFAULT_RETRY,
  parseRetryAfter,
  type RetryPolicy,
} from './http/retry-policy.js'
export {
  ServiceClient,
  type FetchedBody,
  type Rejection,
  type ServiceClientOptions,
  type ServiceHooks,
  type ServiceRequest,
} from './http/service-client.js'
export { writeFileAtomic } from './output/atomic-file.js'
export { emptyFetchSummary, type FetchError, type FetchSummary } from './output/fetch-summary.js'
export { fetchAndIngest, type FetchAndIngestResult } from './output/fetch-and-ingest.js'
export {
  fetchFromOps,
  OPS_PARTS,
  type OpsFetchOptions,
  type OpsPart,
} from './epo-ops/ops-connector.js'
export { parseOpsNumber, type OpsNumber } from './epo-ops/ops-number.js'
export {
  opsCategory,
  parseThrottlingControl,
  type OpsThrottling,
} from './epo-ops/ops-throttling.js'
export { classifyOpsRejection } from './epo-ops/ops-rejection.js'
export { fetchFromOdp, type OdpFetchOptions } from './uspto-odp/odp-connector.js'
export {
  fetchFromPatentsView,
  type PatentsViewFetchOptions,
} from './patentsview/patentsview-connector.js'
export { fetchFromLens, type LensFetchOptions } from './lens/lens-connector.js'
export {
  fetchUsptoBulk,
  type UsptoBulkOptions,
  type UsptoBulkSummary,
} from './uspto-bulk/bulk-connector.js'
export {
  BULK_PRODUCTS,
  selectBulkFiles,
  type BulkFile,
  type BulkKind,
} from './uspto-bulk/bulk-listing.js'
export {
  downloadResumable,
  type DownloadResult,
  type DownloadSpec,
} from './uspto-bulk/resumable-download.js'
