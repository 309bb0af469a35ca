import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createSqliteStore } from '@chuhai/store-sqlite'
import { fetchAndIngest, fetchFromOps } from '../src/index.js'
import { testContext } from './helpers/connector-test-context.js'
import { hasRecorded, NO_RECORDED, recorded, recordedInteraction } from './helpers/recorded.js'
import { startReplayServer, type ReplayServer, type Route } from './helpers/replay-server.js'

const EX = 'epo_ops/patent-dev_examples'
const FHG = 'epo_ops/fhg-imw_cassettes'
const PC = 'epo_ops/patent_client_cassettes'
const present = hasRecorded(EX) && hasRecorded(FHG) && hasRecorded(PC)
if (!present) {
  console.warn(NO_RECORDED)
}

const KEYS = { CHUHAI_EPO_OPS_KEY: 'key', CHUHAI_EPO_OPS_SECRET: 'secret' }
const THROTTLE =
  'idle (images=green:200, inpadoc=green:60, other=green:1000, retrieval=green:200, search=green:30)'
const BIBLIO = '/3.2/rest-services/published-data/publication/epodoc/EP2400812.A1/biblio'

function token(): Route {
  return {
    method: 'POST',
    path: '/3.2/auth/accesstoken',
    replies: [
      {
        status: 200,
        body: recorded(`${FHG}/patent_application_requests_00_200.json`),
        headers: { 'content-type': 'application/json' },
      },
    ],
  }
}

function xml(
  file: string,
  headers: Record<string, string> = {},
): { status: number; headers: Record<string, string>; body: Buffer } {
  return {
    status: 200,
    headers: {
      'content-type': 'application/xml',
      'x-throttling-control': THROTTLE,
      'x-individualquotaperhour-used': '75684',
      'x-registeredquotaperweek-used': '525335109',
      ...headers,
    },
    body: recorded(`${EX}/${file}`),
  }
}

function allParts(): Route[] {
  const base = '/3.2/rest-services'
  return [
    token(),
    { path: BIBLIO, replies: [xml('get_biblio.response.xml')] },
    {
      path: `${base}/family/publication/epodoc/EP2400812.A1/biblio`,
      replies: [xml('get_family_with_biblio.response.xml')],
    },
    {
      path: `${base}/legal/publication/epodoc/EP2400812.A1`,
      replies: [xml('get_legal.response.xml')],
    },
    {
      path: `${base}/published-data/publication/epodoc/EP2400812.A1/claims`,
      replies: [xml('get_claims.response.xml')],
    },
    {
      path: `${base}/published-data/publication/epodoc/EP2400812.A1/description`,
      replies: [xml('get_description.response.xml')],
    },
  ]
}

describe.skipIf(!present)('EPO OPS connector (recorded OPS 3.2 responses)', () => {
  let server: ReplayServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })
  const env = (): Record<string, string> => ({ ...KEYS, CHUHAI_EPO_OPS_URL: `${server!.url}/3.2` })

  it('fetches biblio, family, legal and full text, writes them byte for byte, then serves the cache', async () => {
    server = await startReplayServer(allParts())
    const { context, dir } = testContext(env())
    const summary = await fetchFromOps(context, { numbers: ['EP 2400812 A1'] })
    expect(summary.errors).toEqual([])
    expect(summary.files.map((f) => f.slice(f.lastIndexOf('/') + 1))).toEqual([
      'claims.xml',
      'description.xml',
      'legal.xml',
      'family.xml',
      'biblio.xml',
    ])
    expect(readFileSync(join(dir, 'out/epo-ops/EP2400812A1/biblio.xml'))).toEqual(
      recorded(`${EX}/get_biblio.response.xml`),
    )
    expect(readFileSync(join(dir, 'out/epo-ops/EP2400812A1/legal.xml'))).toEqual(
      recorded(`${EX}/get_legal.response.xml`),
    )
    const data = server.requests.filter((r) => r.path.includes('rest-services'))
    expect(data.every((r) => r.headers.authorization === 'Bearer REDACTED')).toBe(true)
    const auth = server.requests.find((r) => r.path.endsWith('accesstoken'))!
    expect(auth.headers.authorization).toBe(`Basic ${Buffer.from('key:secret').toString('base64')}`)
    expect(auth.body).toBe('grant_type=client_credentials')
    expect(summary.usage.registeredQuotaPerWeekUsed).toBe(525335109)
    // A second run is answered from the disk cache and reuses the stored token.
    const before = server.requests.length
    const again = await fetchFromOps(testContext(env(), { dir }).context, {
      numbers: ['EP2400812A1'],
    })
    expect(again.fromCache).toBe(5)
    expect(server.requests.length).toBe(before)
  })

  it('hands the responses to ingest, which stores the publication from the OPS parser', async () => {
    server = await startReplayServer(allParts())
    const { context, dir } = testContext(env())
    const store = createSqliteStore({ path: join(dir, 'chuhai.db') })
    try {
      const result = await fetchAndIngest(
        () => fetchFromOps(context, { numbers: ['EP2400812A1'] }),
        { store, workers: 0 },
      )
      expect(result.ingest.failed).toBe(0)
      expect(result.ingest.documents).toBeGreaterThan(0)
      const record = await store.get('EP-2400812-A1')
      expect(record?.source.format).toBe('epo-ops')
      // The bibliographic answer is written last, so the stored version carries the titles.
      expect(record?.titles.length).toBeGreaterThan(0)
    } finally {
      await store.close()
    }
  })

  it('paces requests by X-Throttling-Control and waits out a 429 with Retry-After (milliseconds)', async () => {
    const slow =
      'busy (images=green:100, inpadoc=green:45, other=green:1000, retrieval=yellow:6, search=green:15)'
    server = await startReplayServer([
      token(),
      {
        path: BIBLIO,
        replies: [
          { status: 429, headers: { 'retry-after': '2500' }, body: '' },
          xml('get_biblio.response.xml', { 'x-throttling-control': slow }),
        ],
      },
      {
        path: /\/claims$/,
        replies: [xml('get_claims.response.xml', { 'x-throttling-control': slow })],
      },
      // The recorded OPS fault for a missing entity: reported, and the batch goes on.
      {
        path: /\/description$/,
        replies: [{ status: 404, body: recorded(`${FHG}/register_search_ipc_31_404.xml`) }],
      },
    ])
    const { context, time, events } = testContext(env())
    const summary = await fetchFromOps(context, {
      numbers: ['EP2400812A1'],
      parts: ['biblio', 'fulltext'],
    })
    expect(time.sleeps).toContain(2500)
    expect(events.some((e) => e.kind === 'retry' && e.waitMs === 2500)).toBe(true)
    // retrieval=yellow:6 → one request every 10 s.
    expect(time.sleeps).toContain(10_000)
    expect(summary.files).toHaveLength(2)
    expect(summary.errors.map((e) => e.code)).toEqual(['CONNECTOR_NOT_FOUND'])
  })

  it('waits after the recorded fair-use rejection (403 IndividualQuotaPerHour) and retries', async () => {
    server = await startReplayServer([
      token(),
      {
        path: BIBLIO,
        replies: [
          recordedInteraction(`${FHG}/rate_limit_exceeded.interactions.json`, 0),
          xml('get_biblio.response.xml'),
        ],
      },
    ])
    const { context, time } = testContext(env())
    const summary = await fetchFromOps(context, { numbers: ['EP2400812A1'], parts: ['biblio'] })
    expect(summary.files).toHaveLength(1)
    expect(time.sleeps).toContain(600_000)
  })

  it('stops with a quota error on a weekly quota rejection and writes nothing', async () => {
    server = await startReplayServer([
      token(),
      {
        path: BIBLIO,
        replies: [
          {
            status: 403,
            headers: {
              'x-rejection-reason': 'RegisteredQuotaPerWeek',
              'x-registeredquotaperweek-used': '4000000000',
            },
            body: recorded(`${FHG}/rate_limit_exceeded_00_403.xml`),
          },
        ],
      },
    ])
    const { context, dir } = testContext(env())
    await expect(fetchFromOps(context, { numbers: ['EP2400812A1'] })).rejects.toMatchObject({
      code: 'CONNECTOR_QUOTA_EXHAUSTED',
    })
    expect(existsSync(join(dir, 'out'))).toBe(false)
  })

  it('names the variables to set when OPS rejects the client id (recorded 401)', async () => {
    server = await startReplayServer([
      {
        method: 'POST',
        path: '/3.2/auth/accesstoken',
        replies: [recordedInteraction(`${FHG}/patent_application_requests.interactions.json`, 6)],
      },
    ])
    const { context, dir } = testContext(env())
    const failure = fetchFromOps(context, { numbers: ['EP2400812A1'] })
    await expect(failure).rejects.toMatchObject({ code: 'CONNECTOR_CREDENTIALS_REJECTED' })
    await expect(failure).rejects.toThrow(
      /HTTP 401.*ClientId is Invalid.*CHUHAI_EPO_OPS_KEY and CHUHAI_EPO_OPS_SECRET/,
    )
    expect(existsSync(join(dir, 'out'))).toBe(false)
  })

  it('says which variables are missing and sends nothing', async () => {
    server = await startReplayServer(allParts())
    const { context } = testContext({ CHUHAI_EPO_OPS_URL: `${server.url}/3.2` })
    await expect(fetchFromOps(context, { numbers: ['EP2400812A1'] })).rejects.toThrow(
      /set CHUHAI_EPO_OPS_KEY and CHUHAI_EPO_OPS_SECRET/,
    )
    expect(server.requests).toHaveLength(0)
  })

  it('refreshes the token after the recorded invalid_access_token answer and retries', async () => {
    const refresh = `${PC}/epo_family_token_refresh.interactions.json`
    server = await startReplayServer([
      token(),
      { path: BIBLIO, replies: [recordedInteraction(refresh, 0), xml('get_biblio.response.xml')] },
    ])
    const { context } = testContext(env())
    const summary = await fetchFromOps(context, { numbers: ['EP2400812A1'], parts: ['biblio'] })
    expect(summary.files).toHaveLength(1)
    expect(server.requests.filter((r) => r.path.endsWith('accesstoken'))).toHaveLength(2)
  })

  it('renews the token on a 401 from a data request, and after it expires', async () => {
    server = await startReplayServer([
      token(),
      {
        path: BIBLIO,
        replies: [
          { status: 401, body: '<fault><code>CLIENT.InvalidAccessToken</code></fault>' },
          xml('get_biblio.response.xml'),
        ],
      },
    ])
    const { context, time, dir } = testContext({ ...env(), CHUHAI_CACHE_TTL_HOURS: '0' })
    await fetchFromOps(context, { numbers: ['EP2400812A1'], parts: ['biblio'] })
    const tokens = (): number =>
      server!.requests.filter((r) => r.path.endsWith('accesstoken')).length
    expect(tokens()).toBe(2)
    // Still valid: reused. 20 minutes later (OPS tokens live 1199 s): renewed before use.
    await fetchFromOps(context, { numbers: ['EP2400812A1'], parts: ['biblio'] })
    expect(tokens()).toBe(2)
    await time.sleeper.sleep(20 * 60_000)
    await fetchFromOps(context, { numbers: ['EP2400812A1'], parts: ['biblio'] })
    expect(tokens()).toBe(3)
    expect(readFileSync(join(dir, 'out/epo-ops/EP2400812A1/biblio.xml'))).toEqual(
      recorded(`${EX}/get_biblio.response.xml`),
    )
  })

  it('reports a malformed response, writes and caches nothing, and goes on with the batch', async () => {
    const good = recorded(`${EX}/get_biblio.response.xml`)
    server = await startReplayServer([
      token(),
      {
        path: BIBLIO,
        replies: [{ status: 200, body: good.subarray(0, 700) }, xml('get_biblio.response.xml')],
      },
      { path: /EP1000000\/biblio$/, replies: [xml('get_biblio.response.xml')] },
    ])
    const { context, dir } = testContext(env())
    const summary = await fetchFromOps(context, {
      numbers: ['EP2400812A1', 'EP1000000'],
      parts: ['biblio'],
    })
    expect(summary.errors).toHaveLength(1)
    expect(summary.errors[0]).toMatchObject({
      item: 'EP2400812A1 biblio',
      code: 'CONNECTOR_MALFORMED_RESPONSE',
    })
    expect(summary.errors[0]!.reason).toMatch(/malformed XML|expected/)
    expect(existsSync(join(dir, 'out/epo-ops/EP2400812A1/biblio.xml'))).toBe(false)
    expect(existsSync(join(dir, 'out/epo-ops/EP1000000/biblio.xml'))).toBe(true)
    // Not cached: the next run asks again and gets the good body.
    const again = await fetchFromOps(testContext(env(), { dir }).context, {
      numbers: ['EP2400812A1'],
      parts: ['biblio'],
    })
    expect(again.fromCache).toBe(0)
    expect(readFileSync(join(dir, 'out/epo-ops/EP2400812A1/biblio.xml'))).toEqual(good)
  })
})
