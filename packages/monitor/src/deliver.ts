import { nextAttemptAt, type DeliveryOutbox, type PendingDelivery } from '@chuhai/core/monitor'
import { sendDigest, type SmtpSettings } from './smtp-mailer.js'
import { postWebhook, type WebhookOptions } from './webhook-sender.js'

/** What a delivery pass did. */
export interface DeliveryReport {
  readonly delivered: number
  readonly failed: number
  /** E-mail deliveries left pending because no SMTP server is configured. */
  readonly waiting: number
  readonly errors: readonly { readonly channel: string; readonly error: string }[]
}

/** Options of a delivery pass. */
export interface DeliverOptions {
  /** Without it, e-mail deliveries stay pending. */
  readonly smtp?: SmtpSettings
  readonly webhook?: WebhookOptions
  /** Milliseconds since the epoch, default the system clock. */
  readonly now?: () => number
}

/**
 * Sends what is due in the outbox: one digest per e-mail recipient (all its pending alerts), one
 * signed POST per alert and webhook. Each success is marked at once, so a crash repeats at most
 * the message in flight; failures are rescheduled (`RETRY_DELAYS_MS`) or given up.
 */
export async function deliverPending(
  outbox: DeliveryOutbox,
  options: DeliverOptions = {},
): Promise<DeliveryReport> {
  const now = options.now ?? Date.now
  const pending = await outbox.pendingDeliveries(now())
  let delivered = 0
  let failed = 0
  let waiting = 0
  const errors: { channel: string; error: string }[] = []
  const fail = async (d: PendingDelivery, error: string): Promise<void> => {
    failed++
    errors.push({ channel: d.channel, error })
    await outbox.deliveryFailed(d.ref, d.channel, error, nextAttemptAt(d.attempts + 1, now()))
  }
  const byRecipient = new Map<string, PendingDelivery[]>()
  for (const d of pending) {
    if (d.channel.startsWith('email:')) {
      const to = d.channel.slice('email:'.length)
      byRecipient.set(to, [...(byRecipient.get(to) ?? []), d])
    }
  }
  for (const [to, list] of byRecipient) {
    if (!options.smtp) {
      waiting += list.length
      continue
    }
    try {
      await sendDigest(
        options.smtp,
        to,
        list.map((d) => d.alert),
      )
      for (const d of list) {
        await outbox.deliveryDone(d.ref, d.channel, now())
        delivered++
      }
    } catch (error) {
      for (const d of list) {
        await fail(d, error instanceof Error ? error.message : String(error))
      }
    }
  }
  for (const d of pending.filter((p) => p.channel.startsWith('webhook:'))) {
    if (!d.webhook) {
      await fail(d, 'the watch no longer has this webhook')
      continue
    }
    try {
      await postWebhook(d.webhook, d.alert, options.webhook)
      await outbox.deliveryDone(d.ref, d.channel, now())
      delivered++
    } catch (error) {
      await fail(d, error instanceof Error ? error.message : String(error))
    }
  }
  return { delivered, failed, waiting, errors }
}
