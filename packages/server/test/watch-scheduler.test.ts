import type { ChuhaiClient } from '@chuhai/api-client'
import { SqliteMonitorStore } from '@chuhai/store-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SCHEDULER_USER } from '../src/jobs/watch-scheduler.js'
import { startTestServer, type TestServer } from './helpers/test-server.js'
import { twoOrgs } from './helpers/two-orgs.js'
import { waitJob } from './helpers/wait-job.js'

/**
 * The watch scheduler (ADR 0026) queues a run of each organisation's due watches, never two at
 * once for one organisation, and never for an organisation without due watches or for the
 * installation's (CLI) watches. The test server's timer is off: passes are ticked here.
 */

let server: TestServer
let a: ChuhaiClient
let b: ChuhaiClient
let acme = ''

beforeAll(async () => {
  server = await startTestServer()
  ;({ a, b } = await twoOrgs(server))
  acme = (await a.me()).org.id
  await a.createWatch({ name: 'robots', query: 'robot', cron: '0 * * * *' })
  await new SqliteMonitorStore(server.ctx.db).addWatch(
    { name: 'installation watch', query: 'robot' },
    Date.now(),
  )
})

afterAll(async () => {
  await server.stop()
})

describe('watch scheduler', () => {
  it("queues nothing while its last run of an organisation's watches has not finished", async () => {
    // An unfinished scheduled run, as the job store holds one (the runner only claims queued jobs).
    const id = 'scheduled-run-in-flight'
    await server.ctx.jobs.create({
      id,
      orgId: acme,
      userId: SCHEDULER_USER,
      kind: 'watch',
      status: 'running',
      params: { due: true, deliver: true },
      progress: null,
      result: null,
      error: null,
      attempts: 1,
      cancelRequested: false,
      createdAt: new Date().toISOString(),
      startedAt: new Date().toISOString(),
      finishedAt: null,
    })
    expect(await server.scheduler.tick()).toEqual([])
    await server.ctx.jobs.update(id, { status: 'cancelled', finishedAt: new Date().toISOString() })
  })

  it("queues one run of an organisation's due watches, then none until the cron fires again", async () => {
    const now = Date.now()
    expect(await server.scheduler.tick(now)).toEqual([acme])
    // While that run is queued or running (or once it ran), a second pass queues nothing.
    expect(await server.scheduler.tick(now)).toEqual([])
    const [job] = (await a.jobs()).filter(
      (j) => j.createdBy === SCHEDULER_USER && j.status !== 'cancelled',
    )
    expect(job?.kind).toBe('watch')
    const done = await waitJob(a, job!.id)
    expect([done.status, done.error]).toEqual(['succeeded', null])
    const result = done.result as { watches: { watch: string; baseline: boolean }[] }
    expect(result.watches).toEqual([expect.objectContaining({ watch: 'robots', baseline: true })])

    const ran = Date.parse((await a.watch('robots')).lastRunAt!)
    expect(await server.scheduler.tick(ran + 1000)).toEqual([])
    // The hourly cron has fired two hours later.
    expect(await server.scheduler.tick(ran + 2 * 3_600_000)).toEqual([acme])
    const later = (await a.jobs()).filter(
      (j) => j.createdBy === SCHEDULER_USER && j.status !== 'cancelled',
    )
    expect(later).toHaveLength(2)
    await waitJob(a, later.find((j) => j.id !== job!.id)!.id)
  })

  it('leaves organisations without watches and the installation watches alone', async () => {
    expect(await b.jobs()).toEqual([])
    const installation = await new SqliteMonitorStore(server.ctx.db).getWatch('installation watch')
    expect(installation?.lastRunAt).toBeNull()
  })
})
