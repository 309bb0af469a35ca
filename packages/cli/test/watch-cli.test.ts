import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { parseXmlTree } from '@chuhai/core'
import { verifyWebhook } from '@chuhai/monitor'
import { parseFeed } from 'htmlparser2'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { miniGrant } from './helpers/mini-grant.js'
import { CLI, ingestJson, runCli, tempDir } from './helpers/run-cli.js'

const SECRET = 'webhook-secret-of-the-test'

/** Runs the CLI without blocking the event loop (the SMTP and HTTP servers live in this process). */
function runAsync(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
  })
}

const mails: string[] = []
const hooks: { verified: boolean; key: string; body: string }[] = []
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, _session, callback) {
    let raw = ''
    stream.on('data', (c: Buffer) => (raw += c.toString()))
    stream.on('end', () => {
      mails.push(raw)
      callback()
    })
  },
})
const http = createServer((req, res) => {
  let body = ''
  req.on('data', (c: Buffer) => (body += c.toString()))
  req.on('end', () => {
    hooks.push({
      verified: verifyWebhook(
        SECRET,
        req.headers['x-chuhai-signature'] as string,
        body,
        Math.floor(Date.now() / 1000),
      ),
      key: String(req.headers['idempotency-key']),
      body,
    })
    res.end('ok')
  })
})
let smtpUrl = ''
let hookUrl = ''
beforeAll(async () => {
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r))
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r))
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
  hookUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}/chuhai`
})
afterAll(async () => {
  await new Promise<void>((r) => smtp.close(() => r()))
  await new Promise<void>((r) => http.close(() => r()))
})

describe('chuhai watch (CLI, real SMTP and HTTP servers)', () => {
  const dir = tempDir('chuhai-watch-cli-')
  const db = join(dir, 'w.db')
  const file = (name: string, numbers: string[]) => {
    const path = join(dir, name)
    // Each grant its own application (the helper gives them all one, which reads as a re-grant).
    writeFileSync(
      path,
      numbers.map((n) => miniGrant(n).replace('13123456', `13${n.slice(-6)}`)).join(''),
    )
    return path
  }

  it('adds, lists, runs, delivers by e-mail and signed webhook, and serves an Atom feed', async () => {
    expect(ingestJson([file('a.xml', ['09000001', '09000002']), '--db', db]).summary.inserted).toBe(
      2,
    )
    const add = runCli([
      'watch',
      'add',
      '--db',
      db,
      '--name',
      'robots',
      '--applicant',
      'EXAMPLE ROBOTICS CO LTD',
      '--query',
      'harmonic drive',
      '--email',
      'ip@example.com',
      '--webhook',
      hookUrl,
      '--webhook-secret',
      SECRET,
    ])
    expect(add.stderr).toBe('')
    const list = JSON.parse(runCli(['watch', 'list', '--db', db, '--json']).stdout) as {
      watches: { name: string; criteria: string; delivery: string[] }[]
    }
    expect(list.watches[0]).toMatchObject({
      name: 'robots',
      delivery: ['email ip@example.com', `webhook ${hookUrl}`],
    })
    expect(list.watches[0]!.criteria).toContain('applicant EXAMPLE ROBOTICS CO LTD')
    const baseline = JSON.parse(
      (await runAsync(['watch', 'run', '--db', db, '--json'], { CHUHAI_SMTP_URL: smtpUrl })).stdout,
    ) as { alerts: unknown[] }
    expect(baseline.alerts).toEqual([])

    expect(ingestJson([file('b.xml', ['09000003', '09000004']), '--db', db]).summary.inserted).toBe(
      2,
    )
    const run = await runAsync(['watch', 'run', '--db', db, '--json'], {
      CHUHAI_SMTP_URL: smtpUrl,
      CHUHAI_SMTP_FROM: 'monitor@chuhai.test',
    })
    expect(run.stderr).toBe('')
    const out = JSON.parse(run.stdout) as {
      alerts: { publication_number: string; kind: string; key: string }[]
      delivery: { delivered: number }
    }
    expect(out.alerts.map((a) => [a.kind, a.publication_number])).toEqual([
      ['new_publication', 'US-9000003-B2'],
      ['new_publication', 'US-9000004-B2'],
    ])
    expect(out.delivery.delivered).toBe(4) // 2 alerts × (e-mail, webhook)
    expect(mails).toHaveLength(1)
    expect(mails[0]).toMatch(/^Subject: Chuhai: 2 new alerts \(robots\)/m)
    expect(mails[0]).toContain('US-9000003-B2')
    expect(hooks.map((h) => h.key).sort()).toEqual(out.alerts.map((a) => a.key).sort())
    expect(hooks.every((h) => h.verified)).toBe(true)

    // Nothing is delivered twice.
    const again = await runAsync(['watch', 'deliver', '--db', db, '--json'], {
      CHUHAI_SMTP_URL: smtpUrl,
    })
    expect(JSON.parse(again.stdout)).toMatchObject({ delivered: 0, failed: 0 })

    const atom = runCli([
      'watch',
      'atom',
      '--db',
      db,
      '--name',
      'robots',
      '--self',
      'https://chuhai.example/robots.atom',
    ])
    expect(parseXmlTree(atom.stdout).problems).toEqual([])
    const feed = parseFeed(atom.stdout, { xmlMode: true })!
    expect(feed.type).toBe('atom')
    expect(feed.items.map((i) => i.title)).toEqual([
      '[new_publication] US-9000004-B2',
      '[new_publication] US-9000003-B2',
    ])
    expect(
      feed.items.every((i) => i.id?.startsWith('urn:chuhai:alert:') && i.pubDate instanceof Date),
    ).toBe(true)
    expect(atom.stdout).toContain('<author><name>Chuhai</name></author>')

    const feedJson = JSON.parse(
      runCli(['watch', 'alerts', '--db', db, '--unread', '--json']).stdout,
    ) as { alerts: unknown[] }
    expect(feedJson.alerts).toHaveLength(2)
    runCli(['watch', 'read', '--db', db])
    expect(
      (
        JSON.parse(runCli(['watch', 'alerts', '--db', db, '--unread', '--json']).stdout) as {
          alerts: unknown[]
        }
      ).alerts,
    ).toEqual([])

    const names = JSON.parse(
      runCli(['applicants', 'Example Robotics', '--db', db, '--json']).stdout,
    ) as { names: { name: string; documents: number }[] }
    expect(names.names).toEqual([{ name: 'Example Robotics Co., Ltd.', how: 'new', documents: 4 }])
  })

  it('refuses bad watches with a usage error naming the field', () => {
    const cron = runCli([
      'watch',
      'add',
      '--db',
      db,
      '--name',
      'x',
      '--cpc',
      'G06N',
      '--cron',
      'every day',
    ])
    expect(cron.code).toBe(2)
    expect(cron.stderr).toMatch(/invalid cron expression "every day"/)
    const none = runCli(['watch', 'add', '--db', db, '--name', 'y'])
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/criteria: give at least one of --applicant/)
    const unknown = runCli(['watch', 'run', '--db', db, '--name', 'nope'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/unknown watch "nope"; known watches: robots/)
  })
})
