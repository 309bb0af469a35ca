import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ApplicantResolver, defaultAliases } from '@chuhai/core/monitor'
import { buildPatentRecord } from '@chuhai/core/testing'
import type { PatentRecord } from '@chuhai/core/ingest'
import { afterAll, describe, expect, it } from 'vitest'
import { createSqliteStore } from '../sqlite-patent-store.js'
import { createSqliteMonitorStore } from './sqlite-monitor-store.js'

const dir = mkdtempSync(join(tmpdir(), 'chuhai-monitor-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let files = 0
const resolver = new ApplicantResolver(defaultAliases())
const NOW = Date.parse('2026-12-01T08:00:00Z')

function grant(n: number, over: Partial<PatentRecord> = {}): PatentRecord {
  return buildPatentRecord({
    id: `US-${10_000_000 + n}-B2`,
    publication: { country: 'US', number: String(10_000_000 + n), kind: 'B2', date: '2020-01-07' },
    application: { country: 'US', number: String(16_000_000 + n), date: '2018-03-01' },
    ...over,
  })
}

const nvidia = (name: string) => ({
  applicants: [],
  assignees: [{ name, kind: 'organization' as const }],
  inventors: [],
  agents: [],
  examiners: [],
})
const cpc = (symbol: string) => [{ scheme: 'cpc' as const, symbol }]

function setup() {
  const path = join(dir, `m-${++files}.db`)
  const patents = createSqliteStore({ path })
  const monitor = createSqliteMonitorStore({ path })
  return { patents, monitor }
}

describe('SqliteMonitorStore', () => {
  it('raises exactly the new matching publications after the baseline, across spellings', async () => {
    const { patents, monitor } = setup()
    await patents.upsert([
      grant(1, { parties: nvidia('NVIDIA CORPORATION'), classifications: cpc('G06N 3/08') }),
      grant(2, { parties: nvidia('NVIDIA CORPORATION'), classifications: cpc('G06F 9/50') }),
    ])
    await monitor.addWatch({ name: 'nv-ai', applicant: 'Nvidia', cpc: ['G06N'] }, NOW)
    const first = await monitor.run({ resolver, now: NOW })
    expect(first.outcomes).toEqual([{ watch: 'nv-ai', baseline: true, examined: 1, alerts: 0 }])
    await patents.upsert([
      grant(3, { parties: nvidia('Nvidia Corp.'), classifications: cpc('G06N 20/00') }),
      grant(4, {
        parties: nvidia('NVIDIA Technology UK Limited'),
        classifications: cpc('G06N 5/04'),
      }),
      grant(5, { parties: nvidia('NVIDIA CORPORATION'), classifications: cpc('G06T 1/20') }),
      grant(6, { parties: nvidia('Intel Corporation'), classifications: cpc('G06N 3/04') }),
    ])
    const second = await monitor.run({ resolver, now: NOW + 1000 })
    expect(second.outcomes[0]).toMatchObject({ baseline: false, alerts: 2 })
    const alerts = await monitor.alerts({ unreported: true })
    expect(alerts.map((a) => [a.kind, a.publication_number])).toEqual([
      ['new_publication', 'US-10000003-B2'],
      ['new_publication', 'US-10000004-B2'],
    ])
    // Re-running with nothing new raises nothing; re-ingesting the same records neither.
    await patents.upsert([
      grant(3, { parties: nvidia('Nvidia Corp.'), classifications: cpc('G06N 20/00') }),
    ])
    const third = await monitor.run({ resolver, now: NOW + 2000 })
    expect(third.outcomes[0]!.alerts).toBe(0)
    await monitor.close()
    await patents.close()
  })

  it('alerts on grant, family members in chosen countries, status changes, citations and expiry', async () => {
    const { patents, monitor } = setup()
    const app = buildPatentRecord({
      id: 'US-20200000001-A1',
      publication: { country: 'US', number: '20200000001', kind: 'A1', date: '2020-01-02' },
      application: { country: 'US', number: '16000001', date: '2006-02-01' },
      stage: 'application',
      grantDate: undefined,
      family: { docdb: 'F1' },
    })
    const ours = grant(900, {
      application: { country: 'US', number: '11111111', date: '2007-03-01' },
    })
    await patents.upsert([app, ours])
    await monitor.addWatch(
      { name: 'fam', publications: ['US-20200000001-A1'], countries: ['US', 'EP'] },
      NOW,
    )
    await monitor.addWatch({ name: 'ours', publications: [ours.id], expiryDays: 365 }, NOW)
    await monitor.addWatch({ name: 'citing-us', cites: [ours.id] }, NOW)
    const base = await monitor.run({ resolver, now: NOW })
    // The only baseline alert: our patent filed 2007-03-01 expires 2027-03-01, within 365 days.
    expect((await monitor.alerts()).map((a) => [a.watch, a.kind, a.date])).toEqual([
      ['ours', 'expiry_approaching', '2027-03-01'],
    ])
    expect(base.outcomes.every((o) => o.baseline)).toBe(true)
    await patents.upsert([
      buildPatentRecord({
        id: 'US-10500000-B2',
        publication: { country: 'US', number: '10500000', kind: 'B2', date: '2021-05-04' },
        application: { country: 'US', number: '16000001', date: '2006-02-01' },
        family: { docdb: 'F1' },
      }),
      buildPatentRecord({
        id: 'EP-3000000-A1',
        publication: { country: 'EP', number: '3000000', kind: 'A1', date: '2020-06-03' },
        application: { country: 'EP', number: '19000001', date: '2019-01-01' },
        stage: 'application',
        family: { docdb: 'F1' },
      }),
      buildPatentRecord({
        id: 'JP-2020000001-A',
        publication: { country: 'JP', number: '2020000001', kind: 'A', date: '2020-06-03' },
        application: { country: 'JP', number: '2019000001', date: '2019-01-01' },
        stage: 'application',
        family: { docdb: 'F1' },
      }),
      grant(7, { citations: [{ documentRef: 'US-10000900-B2', category: 'cited-by-examiner' }] }),
    ])
    expect(await monitor.recordLegalStatus(ours.id, 'lapsed', '2026-11-30', 'test')).toBe(true)
    await monitor.run({ resolver, now: NOW + 1000 })
    const kinds = (await monitor.alerts({ afterId: 1 })).map((a) => [
      a.watch,
      a.kind,
      a.publication_number,
    ])
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['fam', 'grant', 'US-10500000-B2'],
        ['fam', 'family_member', 'EP-3000000-A1'],
        ['ours', 'status_change', ours.id],
        ['citing-us', 'citation', 'US-10000007-B2'],
      ]),
    )
    expect(kinds).toHaveLength(4) // JP is not a country the watch cares about
    await monitor.close()
    await patents.close()
  })

  it('refuses unknown watches and duplicate names, and keeps the feed state', async () => {
    const { patents, monitor } = setup()
    await monitor.addWatch({ name: 'a', cpc: ['G06N'] }, NOW)
    await expect(monitor.addWatch({ name: 'a', cpc: ['G06F'] }, NOW)).rejects.toThrow(
      /already exists/,
    )
    await expect(monitor.run({ resolver, now: NOW, names: ['b'] })).rejects.toThrow(
      /unknown watch "b"; known watches: a/,
    )
    await expect(monitor.addWatch({ name: 'c', cpc: ['nonsense'] }, NOW)).rejects.toThrow(/cpc/)
    await expect(
      monitor.addWatch({ name: 'd', cpc: ['G06N'], cron: '61 * * * *' }, NOW),
    ).rejects.toThrow(/invalid cron/)
    await monitor.close()
    await patents.close()
  })
})
