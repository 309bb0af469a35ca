import { createHash } from 'node:crypto'
import { alertDigest, type Alert } from '@chuhai/core/monitor'
import nodemailer from 'nodemailer'

/** SMTP settings of the e-mail digests. */
export interface SmtpSettings {
  /** `smtp://user:pass@host:port` or `smtps://…` (CHUHAI_SMTP_URL). */
  readonly url: string
  /** Sender address (CHUHAI_SMTP_FROM), default `chuhai@localhost`. */
  readonly from?: string
}

/**
 * Sends one digest of alerts to one recipient over SMTP (nodemailer). The Message-ID is derived
 * from the alerts' keys, so a digest resent after a crash carries the same id and mail systems
 * can drop the copy.
 */
export async function sendDigest(
  settings: SmtpSettings,
  to: string,
  alerts: readonly Alert[],
): Promise<{ messageId: string }> {
  const transport = nodemailer.createTransport(settings.url)
  try {
    const digest = alertDigest(alerts)
    const keys = createHash('sha256')
      .update(alerts.map((a) => a.key).join('\n'))
      .digest('hex')
    const messageId = `<digest-${keys.slice(0, 40)}@chuhai>`
    const info = (await transport.sendMail({
      from: settings.from ?? 'chuhai@localhost',
      to,
      subject: digest.subject,
      text: digest.text,
      html: digest.html,
      messageId,
    })) as { messageId: string }
    return { messageId: info.messageId }
  } finally {
    transport.close()
  }
}
