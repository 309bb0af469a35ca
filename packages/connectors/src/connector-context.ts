import type { Clock, HttpClient, Sleeper } from '@chuhai/core'
import type { ConnectorsConfig } from './config/connectors-config.js'
import type { ConnectorEvent } from './http/connector-event.js'
import { DiskCache } from './http/disk-cache.js'
import { createFetchHttpClient } from './http/fetch-http-client.js'
import { RateLimiter } from './http/rate-limiter.js'
import { ServiceClient, type ServiceHooks } from './http/service-client.js'

/** The side effects a connector uses, injected (house style R3); defaults are the real ones. */
export interface ConnectorDeps {
  /** Default is `fetch` (undici). */
  readonly http?: HttpClient
  /** Default is the system clock. */
  readonly clock?: Clock
  /** Default is a real timer. */
  readonly sleeper?: Sleeper
  /** Jitter source. Default is `Math.random`. */
  readonly random?: () => number
  /** Ignore cached responses (they are still refreshed). Default is `false`. */
  readonly refresh?: boolean
  readonly onEvent?: (event: ConnectorEvent) => void
}

/** Resolved dependencies plus the configuration. */
export interface ConnectorContext {
  readonly config: ConnectorsConfig
  readonly http: HttpClient
  readonly clock: Clock
  readonly sleeper: Sleeper
  readonly deps: ConnectorDeps
  readonly cache: DiskCache | undefined
}

/** Builds the context shared by one run's connectors. */
export function connectorContext(
  config: ConnectorsConfig,
  deps: ConnectorDeps = {},
): ConnectorContext {
  const clock = deps.clock ?? { now: () => Date.now() }
  return {
    config,
    http: deps.http ?? createFetchHttpClient(),
    clock,
    sleeper: deps.sleeper ?? {
      sleep: (ms) => (ms <= 0 ? Promise.resolve() : new Promise((r) => setTimeout(r, ms))),
    },
    deps,
    cache: config.cacheTtlHours > 0 ? new DiskCache(config.cacheDir, clock) : undefined,
  }
}

/** A `ServiceClient` for one service of the context. */
export function serviceClient(
  context: ConnectorContext,
  spec: {
    readonly service: string
    readonly credentialVars: readonly string[]
    readonly requestsPerMinute: number
    readonly hooks?: ServiceHooks
    readonly retryAfterUnitMs?: number
    readonly limiter?: RateLimiter
  },
): ServiceClient {
  return new ServiceClient({
    service: spec.service,
    credentialVars: spec.credentialVars,
    http: context.http,
    clock: context.clock,
    sleeper: context.sleeper,
    limiter:
      spec.limiter ?? new RateLimiter(context.clock, context.sleeper, spec.requestsPerMinute),
    retry: context.config.retry,
    random: context.deps.random,
    cache: context.cache,
    refresh: context.deps.refresh,
    retryAfterUnitMs: spec.retryAfterUnitMs,
    hooks: spec.hooks,
    onEvent: context.deps.onEvent,
  })
}

/** Cache lifetime of API responses in milliseconds. */
export function cacheTtlMs(context: ConnectorContext): number {
  return context.config.cacheTtlHours * 3_600_000
}
