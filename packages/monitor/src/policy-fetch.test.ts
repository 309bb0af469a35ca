import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { parsePolicySources, type PolicySource } from '@chuhai/core/monitor'
import { hasShared, NO_SHARED, sharedPath } from '@chuhai/core/testing'
import { createSqlitePolicyStore } from '@chuhai/store-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fetchPolicySources } from './policy-fetch.js'

const fixtures = join(import.meta.dirname, 'fixtures/policy')
const fr = 'data/api-responses/federal_register'
/** Path → body served; the fee page switches version between fetches. */
const routes = new Map<string, { type: string; body: () => string; status?: number }>()
let feeVersion = 1
let base = ''
const server = createServer((req, res) => {
  const route = routes.get(req.url?.split('?')[0] ?? '')
  if (!route) {
    res.statusCode = 404
    res.end('not found')
    return
  }
  res.statusCode = route.status ?? 200
  res.setHeader('content-type', route.type)
  res.end(route.body())
})

beforeAll(async () => {
  const file = (name: string) => () => readFileSync(join(fixtures, name), 'utf8')
  routes.set('/uspto-news.rss', { type: 'application/rss+xml', body: file('uspto-news.rss') })
  routes.set('/wipo-pct.atom', { type: 'application/atom+xml', body: file('wipo-pct.atom') })
  routes.set('/fees.html', {
    type: 'text/html',
    body: () => file(`fee-schedule-v${feeVersion}.html`)(),
  })
  routes.set('/not-a-feed', { type: 'text/html', body: () => '<html><body>hello</body></html>' })
  if (hasShared(fr)) {
    const shared = (name: string) => () => readFileSync(sharedPath(`${fr}/${name}`), 'utf8')
    routes.set('/fr/documents.json', {
      type: 'application/json',
      body: shared('search-newest-page-one.json'),
    })
    routes.set('/fr/terminal.json', {
      type: 'application/json',
      body: shared('search-terminal.json'),
    })
    routes.set('/fr/bad-cursor.json', {
      type: 'application/json',
      status: 400,
      body: shared('invalid-cursor.json'),
    })
  }
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

function sources(list: Omit<PolicySource, 'cron' | 'topics'>[]): PolicySource[] {
  return parsePolicySources({ version: 'test', sources: list }, 'test sources').sources
}

describe('policy tracker over a local HTTP server', () => {
  it('fetches, classifies with reasons, de-duplicates, diffs a page and alerts subscribers', async () => {
    const store = createSqlitePolicyStore({ path: ':memory:' })
    store.addSubscription(
      { name: 'us-ai', jurisdictions: ['US'], topics: ['ai_software'], email: [], webhooks: [] },
      0,
    )
    store.addSubscription(
      { name: 'fees-everywhere', jurisdictions: [], topics: ['fees'], email: [], webhooks: [] },
      0,
    )
    store.addSubscription(
      { name: 'upc', jurisdictions: ['UPC'], topics: [], email: [], webhooks: [] },
      0,
    )
    const list = sources([
      {
        id: 'uspto-news',
        name: 'USPTO news',
        jurisdiction: 'US',
        kind: 'feed',
        url: `${base}/uspto-news.rss`,
      },
      {
        id: 'wipo-pct',
        name: 'PCT news',
        jurisdiction: 'WO',
        kind: 'feed',
        url: `${base}/wipo-pct.atom`,
      },
      {
        id: 'fees',
        name: 'Fee schedule',
        jurisdiction: 'US',
        kind: 'page',
        url: `${base}/fees.html`,
      },
      { id: 'broken', name: 'Broken', jurisdiction: 'EP', kind: 'feed', url: `${base}/not-a-feed` },
      { id: 'gone', name: 'Gone', jurisdiction: 'JP', kind: 'feed', url: `${base}/missing.rss` },
    ])
    const first = await fetchPolicySources(store, list, { now: () => 1_000 })
    expect(first.map((r) => [r.source, r.added, r.duplicates])).toEqual([
      ['uspto-news', 4, 0],
      ['wipo-pct', 2, 1], // the third entry repeats the fee rule of the RSS feed word for word
      ['fees', 0, 0],
      ['broken', 0, 0],
      ['gone', 0, 0],
    ])
    expect(first[3]!.error).toMatch(
      /policy source broken: unreadable response: not an RSS or Atom feed/,
    )
    expect(first[4]!.error).toMatch(/policy source gone: fetch failed: HTTP 404/)

    const items = store.items()
    const byTitle = (t: string) => items.find((i) => i.title.startsWith(t))!
    const ai = byTitle('USPTO issues revised inventorship')
    expect(ai).toMatchObject({
      jurisdiction: 'US',
      topics: ['ai_software'],
      published: '2026-11-16',
    })
    expect(ai.reasons).toContainEqual({
      rule: 'ai-guidance',
      assigns: 'ai_software',
      matched: expect.arrayContaining(['artificial intelligence']),
    })
    expect(byTitle('Setting and adjusting').topics).toEqual(['fees', 'procedure'])
    expect(byTitle('Federal Circuit affirms').topics).toEqual(['litigation'])
    expect(byTitle('WIPO announces ePCT').jurisdiction).toBe('WO') // names WIPO only
    expect(byTitle('European Patent Office updates')).toMatchObject({
      jurisdiction: 'EP',
      topics: ['ai_software', 'procedure'],
    })

    // A second fetch of the same feeds adds nothing; the changed fee page yields a diff.
    feeVersion = 2
    const second = await fetchPolicySources(store, list, { now: () => 2_000 })
    expect(second.slice(0, 3).map((r) => [r.source, r.added, r.changed])).toEqual([
      ['uspto-news', 0, undefined],
      ['wipo-pct', 0, undefined],
      ['fees', 0, true],
    ])
    const [change] = store.changes()
    expect(change!.diff).toMatchObject({ added: 3, removed: 2 })
    expect(change!.diff.text).toContain('- 1111 | Utility search fee | $770.00')
    expect(change!.diff.text).toContain('+ 1111 | Utility search fee | $800.00')
    expect(change!.diff.text).toContain('+ 1817 | Continuing application surcharge | $2,700.00')
    expect(change!.diff.text).not.toContain('tracking')

    const alerts = store.alerts()
    const of = (s: string) => alerts.filter((a) => a.subscription === s).map((a) => a.title)
    expect(of('us-ai')).toEqual([
      'USPTO issues revised inventorship guidance for AI-assisted inventions',
    ])
    expect(of('fees-everywhere')).toEqual([
      'Setting and adjusting patent fees: final rule',
      'PCT fee tables: new equivalent amounts for the international filing fee',
      'Changed: fees (+3 / -2 lines)',
    ])
    expect(of('upc')).toEqual([])
    store.close()
  })

  const fed = hasShared(fr) ? it : it.skip
  fed(
    `reads recorded Federal Register API responses ${hasShared(fr) ? '' : NO_SHARED}`,
    async () => {
      const store = createSqlitePolicyStore({ path: ':memory:' })
      const list = sources([
        {
          id: 'fr',
          name: 'FR',
          jurisdiction: 'US',
          kind: 'federal-register',
          url: `${base}/fr/documents.json`,
        },
        {
          id: 'fr-none',
          name: 'FR empty',
          jurisdiction: 'US',
          kind: 'federal-register',
          url: `${base}/fr/terminal.json`,
        },
        {
          id: 'fr-bad',
          name: 'FR bad',
          jurisdiction: 'US',
          kind: 'federal-register',
          url: `${base}/fr/bad-cursor.json`,
        },
      ])
      const reports = await fetchPolicySources(store, list)
      expect(reports.map((r) => [r.source, r.fetched, r.added])).toEqual([
        ['fr', 2, 2],
        ['fr-none', 0, 0],
        ['fr-bad', 0, 0],
      ])
      expect(reports[2]!.error).toBe(
        'policy source fr-bad: fetch failed: HTTP 400: Invalid search_after_cursor token',
      )
      const items = store.items()
      expect(items.map((i) => i.guid).sort()).toEqual(['2024-31439', '2024-31440'])
      // Energy-department notices: US, but no IP topic.
      expect(items.every((i) => i.jurisdiction === 'US' && i.topics.length === 0)).toBe(true)
      expect(items[0]!.summary).toContain('Federal Energy Regulatory Commission')
      store.close()
    },
  )
})
