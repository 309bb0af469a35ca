/**
 * The environment variables of the connectors (documented in docs/configuration.md). Error
 * messages name them, so a user with a missing or rejected key knows what to set.
 */
export const ENV = {
  config: 'CHUHAI_CONFIG',
  cacheDir: 'CHUHAI_CACHE_DIR',
  cacheTtlHours: 'CHUHAI_CACHE_TTL_HOURS',
  fetchDir: 'CHUHAI_FETCH_DIR',
  maxAttempts: 'CHUHAI_HTTP_MAX_ATTEMPTS',
  maxWaitSeconds: 'CHUHAI_HTTP_MAX_WAIT_S',
  uspto: { key: 'CHUHAI_USPTO_API_KEY', url: 'CHUHAI_USPTO_URL', rpm: 'CHUHAI_USPTO_RPM' },
  epoOps: {
    key: 'CHUHAI_EPO_OPS_KEY',
    secret: 'CHUHAI_EPO_OPS_SECRET',
    url: 'CHUHAI_EPO_OPS_URL',
    rpm: 'CHUHAI_EPO_OPS_RPM',
  },
  patentsView: {
    key: 'CHUHAI_PATENTSVIEW_API_KEY',
    url: 'CHUHAI_PATENTSVIEW_URL',
    rpm: 'CHUHAI_PATENTSVIEW_RPM',
  },
  lens: { key: 'CHUHAI_LENS_TOKEN', url: 'CHUHAI_LENS_URL', rpm: 'CHUHAI_LENS_RPM' },
} as const

/**
 * Base URLs and request rates by default: each service's published limit (or, where none is
 * published, a conservative figure), overridable per deployment.
 */
export const SERVICE_DEFAULTS = {
  // ODP: 60 requests per minute per API key for the patent and dataset APIs.
  uspto: { baseUrl: 'https://api.uspto.gov', requestsPerMinute: 60 },
  // OPS: paced by the X-Throttling-Control header once the first response arrives; this is the
  // starting rate (the lowest per-service figure OPS publishes when idle: search=green:30).
  epoOps: { baseUrl: 'https://ops.epo.org/3.2', requestsPerMinute: 30 },
  // PatentSearch API: 45 requests per minute per API key.
  patentsView: { baseUrl: 'https://search.patentsview.org', requestsPerMinute: 45 },
  // Lens: plan-dependent; 10 per minute is the trial limit. Response headers adjust it.
  lens: { baseUrl: 'https://api.lens.org', requestsPerMinute: 10 },
} as const
