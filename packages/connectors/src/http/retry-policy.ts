/** How a connector retries: bounded attempts, exponential backoff with full jitter. */
export interface RetryPolicy {
  /** Attempts per request, the first included. Default is `5`. */
  readonly maxAttempts: number
  /** Backoff base in milliseconds: attempt n waits up to `base * 2^n`. Default is `1000`. */
  readonly baseDelayMs: number
  /** Upper bound of one backoff wait. Default is `60000`. */
  readonly maxDelayMs: number
  /**
   * The longest single wait a server may ask for (Retry-After, a black OPS service) before the
   * request fails with a message saying when to try again. Default is `600000` (10 minutes).
   */
  readonly maxWaitMs: number
}

/** The default retry policy. */
export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  maxWaitMs: 600_000,
}

/**
 * The wait before retry number `attempt` (0-based): "full jitter", a uniform draw in
 * `[0, min(maxDelay, base * 2^attempt)]`, so that many clients hit by the same outage do not
 * come back in lockstep. `random` is injected for tests.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt)
  return Math.round(random() * ceiling)
}

/**
 * Milliseconds a `Retry-After` header asks for: delta seconds (RFC 9110) or an HTTP date,
 * relative to `now`. `unitMs` is `1` for services that send milliseconds (EPO OPS).
 * `undefined` when absent or unreadable.
 */
export function parseRetryAfter(
  value: string | undefined,
  now: number,
  unitMs = 1000,
): number | undefined {
  if (value === undefined || value.trim() === '') {
    return undefined
  }
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    return Math.round(Number(trimmed) * unitMs)
  }
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
