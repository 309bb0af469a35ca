import {
  ChuhaiError,
  createError,
  type Clock,
  type HttpClient,
  type HttpRequest,
  type HttpResponse,
  type Sleeper,
} from '@chuhai/core'
import type { DiskCache } from './disk-cache.js'
import { DiskCache as Cache } from './disk-cache.js'
import type { RateLimiter } from './rate-limiter.js'
import { backoffDelay, parseRetryAfter, type RetryPolicy } from './retry-policy.js'
import type { ConnectorEvent } from './connector-event.js'

/** A request to a service, with how to pace, cache and check it. */
export interface ServiceRequest extends HttpRequest {
  /** Rate-limit category (OPS: `search`, `retrieval`, `inpadoc`…). Default is `default`. */
  readonly category?: string
  /** Keep the validated response this long in the disk cache. Default is `0` (not cached). */
  readonly cacheTtlMs?: number
  /**
   * Checks a successful body; returns a problem description when it is not what the service
   * should send. A malformed body is reported and never cached or written.
   */
  readonly validate?: (body: Uint8Array, contentType: string | undefined) => string | undefined
  /** What is asked for, for error messages (`EP1000000 biblio`). Default is the URL. */
  readonly what?: string
}

/** A successful response body. */
export interface FetchedBody {
  readonly status: number
  readonly contentType: string | undefined
  readonly body: Uint8Array
  /** Whether it came from the disk cache (no request was sent). */
  readonly fromCache: boolean
}

/** How a service-specific hook reads a failed response. */
export type Rejection =
  | { readonly kind: 'throttled'; readonly waitMs?: number; readonly reason: string }
  | { readonly kind: 'token-expired' }
  | { readonly kind: 'quota'; readonly detail: string }

/** Service-specific behaviour plugged into the shared retry loop. */
export interface ServiceHooks {
  /** Headers that authenticate a request (API key, bearer token). */
  authorize?(): Promise<Readonly<Record<string, string>>>
  /** Gets a new token after a rejection; `true` to retry once with it. */
  refreshAuth?(): Promise<boolean>
  /** Sees every response (throttling headers, quota counters). */
  observe?(response: HttpResponse, category: string): void
  /** Reads a non-2xx response before the generic rules (OPS fair-use 403s, expired tokens). */
  classify?(
    status: number,
    header: (name: string) => string | undefined,
    body: string,
  ): Rejection | undefined
}

/** Everything a `ServiceClient` needs. */
export interface ServiceClientOptions {
  /** Display name in messages: `EPO OPS`, `USPTO ODP`. */
  readonly service: string
  /** The variables a user sets to fix a credentials problem, named in 401/403 errors. */
  readonly credentialVars: readonly string[]
  readonly http: HttpClient
  readonly clock: Clock
  readonly sleeper: Sleeper
  readonly limiter: RateLimiter
  readonly retry: RetryPolicy
  /** Default is `Math.random`. */
  readonly random?: () => number
  readonly cache?: DiskCache
  /** Skip cache reads (still writes). Default is `false`. */
  readonly refresh?: boolean
  /** Unit of numeric Retry-After values in ms. Default is `1000` (seconds, RFC 9110). */
  readonly retryAfterUnitMs?: number
  readonly hooks?: ServiceHooks
  readonly onEvent?: (event: ConnectorEvent) => void
}

const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504])

/**
 * The shared request loop of every connector: rate limiting, authentication, bounded retries
 * with exponential backoff and jitter on 429, 5xx and network errors (Retry-After honoured),
 * token refresh on 401, a clear error naming the variable to set on rejected credentials,
 * validation before anything is cached, and the disk cache.
 */
export class ServiceClient {
  constructor(private readonly options: ServiceClientOptions) {}

  /** The service's display name. */
  get service(): string {
    return this.options.service
  }

  /** Sends a request and reads its whole body (cached and validated). */
  async fetch(request: ServiceRequest): Promise<FetchedBody> {
    const { cache, refresh } = this.options
    const ttl = request.cacheTtlMs ?? 0
    const key =
      cache && ttl > 0
        ? Cache.key([
            this.options.service,
            request.method,
            request.url,
            request.body,
            request.headers?.accept,
          ])
        : undefined
    if (cache && key && !refresh) {
      const hit = await cache.get(key)
      if (hit && !request.validate?.(hit.body, hit.contentType)) {
        this.options.onEvent?.({ kind: 'cache-hit', service: this.service, url: request.url })
        return { status: hit.status, contentType: hit.contentType, body: hit.body, fromCache: true }
      }
    }
    const fetched = await this.run(request, async (response) => ({
      status: response.status,
      contentType: response.header('content-type'),
      body: await response.bytes(),
      fromCache: false,
    }))
    const problem = request.validate?.(fetched.body, fetched.contentType)
    if (problem !== undefined) {
      throw createError(
        'CONNECTOR_MALFORMED_RESPONSE',
        this.service,
        request.what ?? request.url,
        problem,
      )
    }
    if (cache && key) {
      await cache.put(key, fetched, ttl)
    }
    return fetched
  }

  /** Sends a request and returns the response with its body unread (downloads). */
  async open(request: ServiceRequest): Promise<HttpResponse> {
    return this.run(request, (response) => Promise.resolve(response))
  }

  private async run<T>(
    request: ServiceRequest,
    consume: (r: HttpResponse) => Promise<T>,
  ): Promise<T> {
    const { retry, limiter, clock, hooks } = this.options
    const random = this.options.random ?? Math.random
    const category = request.category ?? 'default'
    let refreshed = false
    let lastProblem = ''
    for (let attempt = 0; attempt < retry.maxAttempts; attempt++) {
      await limiter.acquire(category)
      const auth = hooks?.authorize ? await hooks.authorize() : {}
      let response: HttpResponse
      try {
        response = await this.options.http.send({
          ...request,
          headers: { ...request.headers, ...auth },
        })
      } catch (error) {
        lastProblem = `network error: ${describe(error)}`
        await this.backoff(attempt, undefined, lastProblem, random)
        continue
      }
      hooks?.observe?.(response, category)
      if (response.status >= 200 && response.status < 300) {
        try {
          return await consume(response)
        } catch (error) {
          if (error instanceof ChuhaiError) {
            throw error
          }
          lastProblem = `connection lost while reading: ${describe(error)}`
          await this.backoff(attempt, undefined, lastProblem, random)
          continue
        }
      }
      const text = await readText(response)
      const header = (name: string): string | undefined => response.header(name)
      const rejection = hooks?.classify?.(response.status, header, text)
      if (rejection?.kind === 'quota') {
        throw createError('CONNECTOR_QUOTA_EXHAUSTED', this.service, rejection.detail)
      }
      if (rejection?.kind === 'token-expired' || (response.status === 401 && hooks?.refreshAuth)) {
        if (!refreshed && hooks?.refreshAuth && (await hooks.refreshAuth())) {
          refreshed = true
          attempt--
          continue
        }
      }
      if (rejection?.kind === 'throttled') {
        lastProblem = rejection.reason
        await this.backoff(attempt, rejection.waitMs, lastProblem, random)
        continue
      }
      if (response.status === 401 || response.status === 403) {
        throw createError(
          'CONNECTOR_CREDENTIALS_REJECTED',
          this.service,
          response.status,
          this.options.credentialVars,
          snippet(text),
        )
      }
      if (response.status === 404) {
        throw createError('CONNECTOR_NOT_FOUND', this.service, request.what ?? request.url)
      }
      if (RETRYABLE.has(response.status)) {
        const unit = this.options.retryAfterUnitMs ?? 1000
        const wait = parseRetryAfter(header('retry-after'), clock.now(), unit)
        lastProblem = `HTTP ${response.status}${wait === undefined ? '' : `, Retry-After ${header('retry-after')}`}`
        await this.backoff(attempt, wait, lastProblem, random)
        continue
      }
      // Some services (PatentsView PatentSearch) give the reason in a header, not the body.
      const reason = header('x-status-reason')
      throw createError(
        'CONNECTOR_HTTP_FAILED',
        this.service,
        request.what ?? request.url,
        `HTTP ${response.status}${reason ? ` (${reason})` : ''}${text ? `: ${snippet(text)}` : ''}`,
      )
    }
    throw createError(
      'CONNECTOR_UNAVAILABLE',
      this.service,
      `${request.what ?? request.url}: gave up after ${retry.maxAttempts} attempts (${lastProblem})`,
    )
  }

  /** Waits before the next attempt; fails at once when the server asks for too long a pause. */
  private async backoff(
    attempt: number,
    serverWaitMs: number | undefined,
    reason: string,
    random: () => number,
  ): Promise<void> {
    const { retry, limiter, clock, sleeper } = this.options
    if (serverWaitMs !== undefined && serverWaitMs > retry.maxWaitMs) {
      const at = new Date(clock.now() + serverWaitMs).toISOString()
      throw createError(
        'CONNECTOR_RATE_LIMITED',
        this.service,
        `${reason}; the service asks to wait ${Math.ceil(serverWaitMs / 1000)} s (until ${at}), longer than the allowed ${Math.round(retry.maxWaitMs / 1000)} s (CHUHAI_HTTP_MAX_WAIT_S)`,
      )
    }
    if (attempt + 1 >= retry.maxAttempts) {
      return
    }
    const wait = serverWaitMs ?? backoffDelay(attempt, retry, random)
    this.options.onEvent?.({
      kind: 'retry',
      service: this.service,
      reason,
      waitMs: wait,
      attempt: attempt + 1,
    })
    if (serverWaitMs !== undefined) {
      limiter.pauseUntil(clock.now() + wait)
    }
    await sleeper.sleep(wait)
  }
}

async function readText(response: HttpResponse): Promise<string> {
  try {
    return new TextDecoder().decode(await response.bytes())
  } catch {
    return ''
  }
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message
  }
  return String(error)
}
