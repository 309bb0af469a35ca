import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { buildPatentRecord } from '@chuhai/core/testing'
import type { ChuhaiClient } from '@chuhai/api-client'
import { SqliteMonitorStore } from '@chuhai/store-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiError, startTestServer, type TestServer } from './helpers/test-server.js'
import { twoOrgs } from './helpers/two-orgs.js'
import { waitJob } from './helpers/wait-job.js'

/**
 * Watchlists belong to an organisation (ADR 0026): organisation B never runs, lists, reads or
 * removes A's watches, gets for A's names exactly the answer of a name that does not exist, and
 * a run of A delivers only A's pending alerts. The installation's (CLI) watches are out of reach.
 */

let server: TestServer
let a: ChuhaiClient
let b: ChuhaiClient
let hooks: Server
let hookUrl = ''
const received: string[] = []
const SECRET = 'webhook-secret-0123456789'
const A_ONLY = 'acme rival unitree'

interface WatchResult {
  watches: { watch: string; baseline: boolean; alerts: number }[]
  alerts: { watch: string; publicationNumber: string }[]
  delivery: { delivered: number; failed: number } | null
}

async function run(client: ChuhaiClient, r: Parameters<ChuhaiClient['watchRun']>[0]) {
  const done = await waitJob(client, (await client.watchRun(r)).id)
  expect([done.status, done.error]).toEqual(['succeeded', null])
  return done.result as WatchResult
}

const watch = (who: string) => ({
  name: 'robots',
  query: 'robot',
  webhooks: [{ url: `${hookUrl}/${who}`, secret: SECRET }],
})

beforeAll(async () => {
  hooks = createServer((req, res) => {
    received.push(req.url ?? '')
    req.resume()
    req.on('end', () => res.writeHead(204).end())
  })
  await new Promise<void>((r) => hooks.listen(0, '127.0.0.1', r))
  hookUrl = `http://127.0.0.1:${(hooks.address() as AddressInfo).port}`
  server = await startTestServer()
  ;({ a, b } = await twoOrgs(server))
  await a.createWatch(watch('a'))
  await a.createWatch({ name: A_ONLY, applicant: 'Unitree Robotics', cpc: ['B62D'] })
  await b.createWatch(watch('b'))
  await new SqliteMonitorStore(server.ctx.db).addWatch(
    { ...watch('cli'), name: 'installation watch' },
    Date.now(),
  )
})

afterAll(async () => {
  await server.stop()
  await new Promise((r) => hooks.close(r))
})

describe('watchlists per organisation', () => {
  it("lists only the caller's watches, without webhook secrets", async () => {
    expect((await a.watches()).map((w) => w.name)).toEqual([A_ONLY, 'robots'])
    const bs = await b.watches()
    expect(bs.map((w) => [w.name, w.webhooks])).toEqual([['robots', [`${hookUrl}/b`]]])
    expect(JSON.stringify(bs)).not.toContain(SECRET)
  })

  it("answers B for A's watch exactly as for a name that does not exist", async () => {
    for (const [name, call] of [
      ['get', (c: ChuhaiClient, n: string) => c.watch(n)],
      ['delete', (c: ChuhaiClient, n: string) => c.removeWatch(n)],
      ['run', (c: ChuhaiClient, n: string) => c.watchRun({ names: [n] })],
      [
        'job',
        (c: ChuhaiClient, n: string) => c.createJob({ kind: 'watch', params: { names: [n] } }),
      ],
    ] as const) {
      const theirs = await apiError(call(b, A_ONLY))
      const none = await apiError(call(b, 'no such watch'))
      expect([name, theirs.status, theirs.code]).toEqual([name, 404, 'NOT_FOUND'])
      expect(theirs.message.replace(A_ONLY, 'no such watch')).toBe(none.message)
      // Only B's own names are ever listed, never A's watch or its criteria.
      expect(theirs.message).not.toMatch(/Unitree Robotics|B62D/)
    }
    const installation = await apiError(a.watchRun({ names: ['installation watch'] }))
    expect(installation.status).toBe(404)
    expect((await a.watch(A_ONLY)).applicant).toBe('Unitree Robotics')
  })

  it('lets each organisation use a name another one uses, and refuses a duplicate in its own', async () => {
    const dup = await apiError(a.createWatch({ name: 'robots', query: 'x' }))
    expect([dup.status, dup.code]).toEqual([422, 'MONITOR_DUPLICATE_WATCH'])
    const bad = await apiError(b.createWatch({ name: 'bad', cpc: ['G06N'], cron: 'whenever' }))
    expect(bad.status).toBe(422)
    expect(bad.message).toContain('whenever')
  })

  it("runs, reports and delivers only the organisation's own watches and alerts", async () => {
    const baseline = await run(a, { deliver: false })
    expect(baseline.watches.map((w) => [w.watch, w.baseline])).toEqual([
      [A_ONLY, true],
      ['robots', true],
    ])
    await run(b, { deliver: false })
    const cli = new SqliteMonitorStore(server.ctx.db)
    const { ApplicantResolver, defaultAliases } = await import('@chuhai/core/monitor')
    const resolver = new ApplicantResolver(defaultAliases())
    await cli.run({ resolver, now: Date.now() })
    await server.ctx.patents.upsert([
      buildPatentRecord({
        id: 'US-10000002-B2',
        publication: { country: 'US', number: '10000002', kind: 'B2', date: '2020-03-03' },
        application: { country: 'US', number: '16000002', date: '2018-01-01' },
        titles: [{ lang: 'en', text: 'Stair-climbing legged robot' }],
      }),
    ])
    // B and the installation raise their alerts but do not deliver: their outbox rows wait.
    const bRun = await run(b, { deliver: false })
    expect(bRun.alerts.map((x) => [x.watch, x.publicationNumber])).toEqual([
      ['robots', 'US-10000002-B2'],
    ])
    await cli.run({ resolver, now: Date.now() })
    const aRun = await run(a, { deliver: true })
    expect(aRun.watches.map((w) => [w.watch, w.alerts])).toEqual([
      [A_ONLY, 0],
      ['robots', 1],
    ])
    expect(aRun.alerts).toHaveLength(1)
    expect(aRun.delivery).toMatchObject({ delivered: 1, failed: 0 })
    expect(received).toEqual(['/a'])
    const pending = async (owner: string | null) =>
      (await new SqliteMonitorStore(server.ctx.db, owner).pendingDeliveries(Date.now())).map(
        (d) => d.channel,
      )
    const bOrg = (await b.me()).org.id
    expect(await pending(bOrg)).toEqual([`webhook:${hookUrl}/b`])
    expect(await pending(null)).toEqual([`webhook:${hookUrl}/cli`])
    expect(await pending((await a.me()).org.id)).toEqual([])
    // A's watch shows its alert; B's watch of the same name shows B's own.
    expect((await a.watch('robots')).alerts.map((x) => x.publicationNumber)).toEqual([
      'US-10000002-B2',
    ])
    expect((await b.watch('robots')).alerts).toHaveLength(1)
    await run(b, { deliver: true })
    expect(received.sort()).toEqual(['/a', '/b'])
  })

  it("removes only the caller's watch and audits it", async () => {
    await b.removeWatch('robots')
    expect(await b.watches()).toEqual([])
    expect((await a.watches()).map((w) => w.name)).toContain('robots')
    const log = await b.audit({ limit: 50 })
    expect(log.map((l) => [l.action, l.objectType, l.objectId])).toEqual(
      expect.arrayContaining([
        ['create', 'watch', 'robots'],
        ['delete', 'watch', 'robots'],
      ]),
    )
  })
})
