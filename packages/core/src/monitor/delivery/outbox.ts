import type { Alert } from '../watch/alert.js'
import type { WebhookTarget } from '../watch/watch.js'

/** One pending delivery of the outbox: an alert to send on one channel. */
export interface PendingDelivery {
  /** `alert:<id>` or `policy:<id>`. */
  readonly ref: string
  /** `email:<address>` or `webhook:<url>`. */
  readonly channel: string
  readonly attempts: number
  readonly alert: Alert
  /** The webhook's signing secret, for webhook channels. */
  readonly webhook?: WebhookTarget
}

/**
 * The delivery outbox port (ADR 0015): rows are written in the transaction that raises the
 * alert; a sender reads the due ones, sends, and marks each delivered or failed. Delivery is at
 * least once; receivers de-duplicate on the alert's idempotency key.
 */
export interface DeliveryOutbox {
  /** Deliveries due at `now` (ms), oldest alert first. Default `limit` 500. */
  pendingDeliveries(now: number, limit?: number): Promise<PendingDelivery[]>
  deliveryDone(ref: string, channel: string, now: number): Promise<void>
  /** Records a failed attempt; with `nextAttemptAt` undefined the delivery is given up. */
  deliveryFailed(
    ref: string,
    channel: string,
    error: string,
    nextAttemptAt: number | undefined,
  ): Promise<void>
}

/** Persistent retry schedule after failed attempts: 1 min, 5 min, 30 min, 2 h, 12 h, then give up. */
export const RETRY_DELAYS_MS: readonly number[] = [
  60_000, 300_000, 1_800_000, 7_200_000, 43_200_000,
]

/** When to try again after `attempts` failed attempts, or `undefined` to give up. */
export function nextAttemptAt(attempts: number, now: number): number | undefined {
  const delay = RETRY_DELAYS_MS[attempts - 1]
  return delay === undefined ? undefined : now + delay
}
