import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ApplicantResolver, defaultAliases } from '@chuhai/core/monitor'
import { buildPatentRecord } from '@chuhai/core/testing'
import type { ChuhaiError } from '@chuhai/core'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../connection.js'
import { MIGRATIONS, migrate } from '../schema/migrations.js'
import { createSqliteStore } from '../sqlite-patent-store.js'
import { SqliteMonitorStore, createSqliteMonitorStore } from './sqlite-monitor-store.js'

/** Watch ownership (ADR 0026): organisation and installation watches on one database. */

const dir = mkdtempSync(join(tmpdir(), 'chuhai-watch-owner-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let files = 0
const resolver = new ApplicantResolver(defaultAliases())
const NOW = Date.parse('2026-12-01T08:00:00Z')

function grant(n: number, title: string) {
  return buildPatentRecord({
    id: `US-${10_000_000 + n}-B2`,
    publication: { country: 'US', number: String(10_000_000 + n), kind: 'B2', date: '2020-01-07' },
    application: { country: 'US', number: String(16_000_000 + n), date: '2018-03-01' },
    titles: [{ lang: 'en', text: title }],
  })
}

/** One database with organisations A and B, a store per owner and the installation's. */
async function threeOwners() {
  const path = join(dir, `o-${++files}.db`)
  const patents = createSqliteStore({ path })
  const cli = createSqliteMonitorStore({ path })
  cli.db
    .prepare('INSERT INTO organisations (id, name, created_at) VALUES (?, ?, ?), (?, ?, ?)')
    .run('org-a', 'Acme', '2026-01-01', 'org-b', 'Beta', '2026-01-01')
  const a = new SqliteMonitorStore(cli.db, 'org-a')
  const b = new SqliteMonitorStore(cli.db, 'org-b')
  await patents.upsert([grant(1, 'Legged robot gait')])
  const watch = (email: string) => ({ name: 'robots', query: 'robot', email: [email] })
  await a.addWatch(watch('ip@acme.test'), NOW)
  await b.addWatch(watch('ip@beta.test'), NOW)
  await cli.addWatch(watch('admin@install.test'), NOW)
  for (const s of [a, b, cli]) {
    await s.run({ resolver, now: NOW })
  }
  await patents.upsert([grant(2, 'Stair climbing robot')])
  return { patents, cli, a, b }
}

describe('watch ownership', () => {
  it('lets each owner hold its own watch of the same name and run only its own', async () => {
    const { patents, cli, a, b } = await threeOwners()
    expect((await a.listWatches()).map((w) => w.definition.email)).toEqual([['ip@acme.test']])
    expect((await cli.listWatches()).map((w) => w.definition.email)).toEqual([
      ['admin@install.test'],
    ])
    const ran = await a.run({ resolver, now: NOW + 1000 })
    expect(ran.outcomes).toEqual([{ watch: 'robots', baseline: false, examined: 1, alerts: 1 }])
    // Only A's watch moved: B and the installation still have their alert to raise.
    expect(await b.alerts()).toEqual([])
    expect(await cli.alerts()).toEqual([])
    expect((await a.alerts()).map((x) => x.publication_number)).toEqual(['US-10000002-B2'])
    await b.run({ resolver, now: NOW + 2000 })
    expect((await b.alerts()).map((x) => x.publication_number)).toEqual(['US-10000002-B2'])
    await patents.upsert([grant(3, 'Wheeled robot'), grant(4, 'Robot hand')])
    await a.run({ resolver, now: NOW + 3000 })
    const newest = await a.alerts({ newest: true, limit: 2 })
    expect(newest.map((x) => x.publication_number)).toEqual(['US-10000003-B2', 'US-10000004-B2'])
    await expect(a.addWatch({ name: 'robots', query: 'x' }, NOW)).rejects.toMatchObject({
      code: 'MONITOR_DUPLICATE_WATCH',
    })
    await patents.close()
  })

  it("answers another owner's watch name exactly like an unknown one", async () => {
    const { patents, cli, a, b } = await threeOwners()
    await b.addWatch({ name: 'beta secret target', applicant: 'Unitree' }, NOW)
    const other = await a
      .run({ resolver, now: NOW, names: ['beta secret target'] })
      .catch((e: unknown) => e as ChuhaiError)
    const unknown = await a
      .run({ resolver, now: NOW, names: ['no such watch'] })
      .catch((e: unknown) => e as ChuhaiError)
    expect(other.code).toBe('MONITOR_UNKNOWN_WATCH')
    expect(String(other.message).replace('beta secret target', 'no such watch')).toBe(
      String(unknown.message),
    )
    expect(other.message).not.toContain('Unitree')
    expect(await a.getWatch('beta secret target')).toBeUndefined()
    expect(await a.alerts({ watch: 'beta secret target' })).toEqual([])
    expect(await a.removeWatch('beta secret target')).toBe(false)
    expect((await b.getWatch('beta secret target'))?.definition.applicant).toBe('Unitree')
    await patents.close()
    await cli.close()
  })

  it("delivers and marks only the owner's own outbox rows and alerts", async () => {
    const { patents, cli, a, b } = await threeOwners()
    for (const [i, s] of [a, b, cli].entries()) {
      await s.run({ resolver, now: NOW + 1000 + i })
    }
    const pendingOf = async (s: SqliteMonitorStore) =>
      (await s.pendingDeliveries(NOW + 10_000)).map((d) => d.channel)
    expect(await pendingOf(a)).toEqual(['email:ip@acme.test'])
    expect(await pendingOf(b)).toEqual(['email:ip@beta.test'])
    expect(await pendingOf(cli)).toEqual(['email:admin@install.test'])
    const bRef = (await b.pendingDeliveries(NOW + 10_000))[0]!.ref
    const bAlert = (await b.alerts())[0]!.id
    // A names B's outbox row and alert: nothing changes.
    await a.deliveryDone(bRef, 'email:ip@beta.test', NOW)
    await a.deliveryFailed(bRef, 'email:ip@beta.test', 'x', undefined)
    await a.markRead([bAlert], NOW)
    expect(await pendingOf(b)).toEqual(['email:ip@beta.test'])
    expect(await b.alerts({ unread: true })).toHaveLength(1)
    await b.deliveryDone(bRef, 'email:ip@beta.test', NOW)
    expect(await pendingOf(b)).toEqual([])
    expect(await pendingOf(a)).toEqual(['email:ip@acme.test'])
    await patents.close()
    await cli.close()
  })
})

describe('migration 170: watch owner', () => {
  it('keeps the watches, snapshots, alerts and outbox of a database from before as installation-level', async () => {
    const path = join(dir, 'before-170.db')
    const db = openDatabase({ path })
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 170),
    )
    db.exec(`
INSERT INTO monitor_watches (id, name, definition, created_at, last_run_at, cursor, baseline_at)
  VALUES (7, 'nv-ai', '{"name":"nv-ai","query":"robot","includeSubsidiaries":true,"cpc":[],"publications":[],"families":[],"cites":[],"countries":[],"cron":"0 7 * * *","timezone":"UTC","expiryDays":180,"email":["a@b.test"],"webhooks":[]}',
    '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z', 0, '2026-01-01T00:00:00.000Z');
INSERT INTO monitor_watch_items (watch_id, id, application, family, expiry, state)
  VALUES (7, 'US-10000001-B2', 'US:16000001', NULL, NULL, '{}');
INSERT INTO monitor_alerts (id, key, watch_id, run_id, kind, publication, date, summary, created_at)
  VALUES (41, 'k-41', 7, 1, 'new_publication', 'US-10000001-B2', '2020-01-07', 'New', '2026-01-02T00:00:00.000Z');
INSERT INTO monitor_deliveries (ref, channel, status, next_attempt_at)
  VALUES ('alert:41', 'email:a@b.test', 'pending', '2026-01-02T00:00:00.000Z');`)
    expect(migrate(db)).toEqual(['watch-owner'])
    const columns = (db.prepare('PRAGMA table_info(monitor_watches)').all() as { name: string }[])
      .map((c) => c.name)
      .sort()
    expect(columns).toContain('org_id')
    expect(db.prepare('SELECT id, org_id FROM monitor_watches').all()).toEqual([
      { id: 7, org_id: null },
    ])
    expect(db.prepare('SELECT count(*) AS n FROM monitor_watch_items').get()).toEqual({ n: 1 })
    expect(db.pragma('foreign_key_check')).toEqual([])
    const cli = new SqliteMonitorStore(db)
    expect((await cli.listWatches()).map((w) => [w.id, w.definition.name, w.baselineAt])).toEqual([
      [7, 'nv-ai', '2026-01-01T00:00:00.000Z'],
    ])
    expect((await cli.alerts()).map((x) => [x.id, x.watch, x.publication_number])).toEqual([
      [41, 'nv-ai', 'US-10000001-B2'],
    ])
    expect((await cli.pendingDeliveries(NOW)).map((d) => d.ref)).toEqual(['alert:41'])
    // An organisation sees none of it, and may now use the same name for its own watch.
    db.prepare("INSERT INTO organisations (id, name, created_at) VALUES ('o', 'O', 'x')").run()
    const org = new SqliteMonitorStore(db, 'o')
    expect(await org.listWatches()).toEqual([])
    expect(await org.pendingDeliveries(NOW)).toEqual([])
    await org.addWatch({ name: 'nv-ai', query: 'robot' }, NOW)
    expect(await cli.listWatches()).toHaveLength(1)
    // An organisation's removal takes its watches with it, never the installation's.
    db.prepare("DELETE FROM organisations WHERE id = 'o'").run()
    expect(db.prepare('SELECT count(*) AS n FROM monitor_watches').get()).toEqual({ n: 1 })
    db.close()
  })
})
