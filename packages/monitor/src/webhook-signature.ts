import { createHmac, timingSafeEqual } from 'node:crypto'

/** Header with `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = 'x-chuhai-signature'
/** Header with the alert's idempotency key; receivers drop a key they have seen. */
export const IDEMPOTENCY_HEADER = 'idempotency-key'

/**
 * The signature header value for a body sent at `timestamp` (unix seconds). Signing the timestamp
 * with the body lets a receiver refuse replays older than its tolerance.
 */
export function signWebhook(secret: string, body: string, timestamp: number): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
  return `t=${timestamp},v1=${mac}`
}

/**
 * Verifies a signature header against the raw body: the MAC must match (constant-time compare)
 * and the timestamp be within `toleranceSeconds` (default 300) of `now` (unix seconds).
 */
export function verifyWebhook(
  secret: string,
  header: string | undefined,
  body: string,
  now: number,
  toleranceSeconds = 300,
): boolean {
  const parts = Object.fromEntries(
    (header ?? '').split(',').map((p) => p.trim().split('=', 2) as [string, string]),
  )
  const t = Number(parts.t)
  const given = parts.v1
  if (!Number.isInteger(t) || typeof given !== 'string' || Math.abs(now - t) > toleranceSeconds) {
    return false
  }
  const expected = signWebhook(secret, body, t).split('v1=')[1]!
  const a = Buffer.from(given, 'hex')
  const b = Buffer.from(expected, 'hex')
  return a.length === b.length && timingSafeEqual(a, b)
}
