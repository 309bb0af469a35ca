import type { Rejection } from '../http/service-client.js'
import { parseRetryAfter } from '../http/retry-policy.js'

/**
 * Reads an OPS error response. OPS answers fair-use violations with 403 and an
 * `X-Rejection-Reason` (recorded: `IndividualQuotaPerHour`, `AnonymousQuotaPerMinute`), a
 * throttled service with 403 `ThrottlingControlQuota` plus Retry-After (milliseconds), suspected
 * robots with 403 `CLIENT.RobotDetected`, and an expired token with 400/401
 * `invalid_access_token`. Weekly quota exhaustion is final; the others wait and retry.
 */
export function classifyOpsRejection(
  status: number,
  header: (name: string) => string | undefined,
  body: string,
  now: number,
): Rejection | undefined {
  const reason = header('x-rejection-reason')
  const retryAfter = parseRetryAfter(header('retry-after'), now, 1)
  if (
    (status === 400 || status === 401) &&
    /invalid_access_token|InvalidAccessToken|invalid_token/i.test(
      `${body} ${header('www-authenticate') ?? ''}`,
    )
  ) {
    return { kind: 'token-expired' }
  }
  if (reason && /QuotaPerWeek|QuotaPerDay/i.test(reason)) {
    return {
      kind: 'quota',
      detail: `${reason} (used: ${header('x-registeredquotaperweek-used') ?? header('x-anonymousquotaperday-used') ?? 'unknown'} bytes); OPS resets it at the start of the next period`,
    }
  }
  if (reason) {
    const fallback = /PerMinute/i.test(reason)
      ? 60_000
      : /PerHour/i.test(reason)
        ? 600_000
        : undefined
    return { kind: 'throttled', waitMs: retryAfter ?? fallback, reason: `rejected: ${reason}` }
  }
  if (status === 403 && /RobotDetected|Fair Use/i.test(body)) {
    return {
      kind: 'throttled',
      waitMs: retryAfter ?? 60_000,
      reason: 'rejected under the fair-use policy',
    }
  }
  return undefined
}
