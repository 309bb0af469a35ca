import type { Alert, WebhookTarget } from '@chuhai/core/monitor'
import { IDEMPOTENCY_HEADER, SIGNATURE_HEADER, signWebhook } from './webhook-signature.js'

/** How a webhook POST is retried within one delivery pass. */
export interface WebhookOptions {
  /** Attempts per pass, default 3. */
  readonly attempts?: number
  /** Delay before the 2nd attempt, doubled each time; default 500 ms. */
  readonly backoffMs?: number
  /** Per-request timeout, default 10 s. */
  readonly timeoutMs?: number
  /** Unix seconds, injectable for tests; default the system clock. */
  readonly now?: () => number
}

/**
 * POSTs one alert as JSON `{"alert": {...}}` with the HMAC signature and idempotency headers.
 * 2xx is success; 408, 429 and 5xx and network errors are retried with exponential backoff;
 * another 4xx fails at once (the receiver refused it). Throws the last error after the attempts.
 */
export async function postWebhook(
  target: WebhookTarget,
  alert: Alert,
  options: WebhookOptions = {},
): Promise<{ status: number; attempts: number }> {
  const attempts = options.attempts ?? 3
  const body = JSON.stringify({ alert })
  let delay = options.backoffMs ?? 500
  let last = ''
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const timestamp = options.now?.() ?? Math.floor(Date.now() / 1000)
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Chuhai-Webhook/1',
          [SIGNATURE_HEADER]: signWebhook(target.secret, body, timestamp),
          [IDEMPOTENCY_HEADER]: alert.key,
        },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      })
      await response.arrayBuffer()
      if (response.ok) {
        return { status: response.status, attempts: attempt }
      }
      last = `HTTP ${response.status}`
      const retryable = response.status === 408 || response.status === 429 || response.status >= 500
      if (!retryable) {
        break
      }
    } catch (error) {
      last = error instanceof Error ? error.message : String(error)
    }
    if (attempt < attempts) {
      await new Promise((r) => setTimeout(r, delay))
      delay *= 2
    }
  }
  throw new Error(last)
}
