import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Alert, DeliveryOutbox, PendingDelivery } from '@chuhai/core/monitor'
import { SMTPServer } from 'smtp-server'
import { afterEach, describe, expect, it } from 'vitest'
import { deliverPending } from './deliver.js'
import { IDEMPOTENCY_HEADER, SIGNATURE_HEADER, verifyWebhook } from './webhook-signature.js'

const SECRET = 'a-very-secret-signing-key'

const alert = (id: number, watch = 'nv-ai'): Alert => ({
  id,
  watch,
  kind: 'new_publication',
  publication_number: `US-1100000${id}-B2`,
  date: '2021-09-07',
  summary: `New granted patent US-1100000${id}-B2 — NVIDIA CORPORATION: Neural network pruning`,
  key: `1:new_publication:US-1100000${id}-B2:new`,
  created_at: '2026-12-01T08:00:00.000Z',
})

/** The port implemented over an array, recording what the sender marks. */
class ArrayOutbox implements DeliveryOutbox {
  done: string[] = []
  failed: { channel: string; error: string; next: number | undefined }[] = []
  constructor(readonly rows: PendingDelivery[]) {}
  pendingDeliveries(): Promise<PendingDelivery[]> {
    return Promise.resolve(this.rows)
  }
  deliveryDone(ref: string, channel: string): Promise<void> {
    this.done.push(`${ref} ${channel}`)
    return Promise.resolve()
  }
  deliveryFailed(
    _ref: string,
    channel: string,
    error: string,
    next: number | undefined,
  ): Promise<void> {
    this.failed.push({ channel, error, next })
    return Promise.resolve()
  }
}

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()))
})

async function smtpServer(): Promise<{ port: number; messages: { to: string[]; raw: string }[] }> {
  const messages: { to: string[]; raw: string }[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        messages.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  closers.push(() => new Promise<void>((r) => server.close(() => r())))
  return { port: (server.server.address() as AddressInfo).port, messages }
}

async function webhookServer(statuses: number[]): Promise<{
  url: string
  received: { verified: boolean; key: string | undefined; body: string }[]
}> {
  const received: { verified: boolean; key: string | undefined; body: string }[] = []
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const header = req.headers[SIGNATURE_HEADER] as string | undefined
      received.push({
        verified: verifyWebhook(SECRET, header, body, Math.floor(Date.now() / 1000)),
        key: req.headers[IDEMPOTENCY_HEADER] as string | undefined,
        body,
      })
      res.statusCode = statuses.shift() ?? 200
      res.end()
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  closers.push(() => new Promise<void>((r) => server.close(() => r())))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received }
}

describe('deliverPending', () => {
  it('sends one e-mail digest per recipient through a real SMTP server', async () => {
    const smtp = await smtpServer()
    const outbox = new ArrayOutbox([
      { ref: 'alert:1', channel: 'email:ip@example.com', attempts: 0, alert: alert(1) },
      { ref: 'alert:2', channel: 'email:ip@example.com', attempts: 0, alert: alert(2) },
    ])
    const report = await deliverPending(outbox, {
      smtp: { url: `smtp://127.0.0.1:${smtp.port}`, from: 'monitor@chuhai.test' },
    })
    expect(report).toMatchObject({ delivered: 2, failed: 0 })
    expect(smtp.messages).toHaveLength(1)
    const { to, raw } = smtp.messages[0]!
    expect(to).toEqual(['ip@example.com'])
    expect(raw).toMatch(/^Subject: Chuhai: 2 new alerts \(nv-ai\)/m)
    expect(raw).toContain('US-11000001-B2')
    expect(raw).toContain('US-11000002-B2')
    expect(raw).toMatch(/^Message-ID: <digest-[0-9a-f]{40}@chuhai>/im)
    expect(outbox.done).toEqual(['alert:1 email:ip@example.com', 'alert:2 email:ip@example.com'])
  })

  it('signs webhooks (HMAC-SHA256 with timestamp) and retries a 503', async () => {
    const hook = await webhookServer([503])
    const outbox = new ArrayOutbox([
      {
        ref: 'alert:3',
        channel: `webhook:${hook.url}`,
        attempts: 0,
        alert: alert(3),
        webhook: { url: hook.url, secret: SECRET },
      },
    ])
    const report = await deliverPending(outbox, { webhook: { backoffMs: 10 } })
    expect(report.delivered).toBe(1)
    expect(hook.received).toHaveLength(2)
    expect(hook.received.every((r) => r.verified)).toBe(true)
    expect(hook.received[1]!.key).toBe(alert(3).key)
    expect(JSON.parse(hook.received[1]!.body)).toEqual({ alert: alert(3) })
    // A tampered body or a wrong key does not verify.
    expect(verifyWebhook(SECRET, 't=1,v1=00', hook.received[0]!.body, 1)).toBe(false)
    expect(verifyWebhook('another-secret-key-123', undefined, '{}', 1)).toBe(false)
  })

  it('reschedules a refused webhook and leaves e-mail pending without SMTP', async () => {
    const hook = await webhookServer([400])
    const outbox = new ArrayOutbox([
      {
        ref: 'alert:4',
        channel: `webhook:${hook.url}`,
        attempts: 0,
        alert: alert(4),
        webhook: { url: hook.url, secret: SECRET },
      },
      { ref: 'alert:4', channel: 'email:ip@example.com', attempts: 0, alert: alert(4) },
    ])
    const report = await deliverPending(outbox, { now: () => 1_000_000 })
    expect(report).toMatchObject({ delivered: 0, failed: 1, waiting: 1 })
    expect(hook.received).toHaveLength(1) // 4xx is not retried within the pass
    expect(outbox.failed).toEqual([
      { channel: `webhook:${hook.url}`, error: 'HTTP 400', next: 1_060_000 },
    ])
  })
})
