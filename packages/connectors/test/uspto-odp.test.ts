import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fetchFromOdp } from '../src/index.js'
import { testContext } from './helpers/connector-test-context.js'
import { hasRecorded, NO_RECORDED, recorded } from './helpers/recorded.js'
import { startReplayServer, type ReplayServer } from './helpers/replay-server.js'

const RAW = 'uspto_odp/patent-dev_strictdecode_raw'
const BETA = 'uspto_odp/patent_client_beta_2024'
const present = hasRecorded(RAW) && hasRecorded(BETA)
if (!present) {
  console.warn(NO_RECORDED)
}
const APP = '/api/v1/patent/applications/17248024'

describe.skipIf(!present)('USPTO Open Data Portal connector (recorded raw ODP bodies)', () => {
  let server: ReplayServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })
  const env = (): Record<string, string> => ({
    CHUHAI_USPTO_API_KEY: 'k',
    CHUHAI_USPTO_URL: server!.url,
  })

  it('writes the application record byte for byte; a 404 is reported and the batch goes on', async () => {
    server = await startReplayServer([
      {
        path: APP,
        replies: [
          {
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: recorded(`${RAW}/get_patent.json`),
          },
        ],
      },
      {
        path: '/api/v1/patent/applications/15123456',
        replies: [
          { status: 404, body: recorded(`${BETA}/odp_beta_test_get_transactions_00_404.json`) },
        ],
      },
      {
        path: /^\/api\/v1\/patent\/applications\/search\?/,
        replies: [{ status: 200, body: recorded(`${RAW}/search_patents.json`) }],
      },
    ])
    const { context, dir } = testContext(env())
    const summary = await fetchFromOdp(context, {
      applications: ['15/123,456', '17/248,024'],
      query: 'applicationMetaData.inventionTitle:robot',
      limit: 5,
    })
    expect(summary.errors).toEqual([
      expect.objectContaining({ item: '15123456', code: 'CONNECTOR_NOT_FOUND' }),
    ])
    expect(readFileSync(join(dir, 'out/uspto-odp/17248024.json'))).toEqual(
      recorded(`${RAW}/get_patent.json`),
    )
    expect(summary.files).toHaveLength(2)
    expect(server.requests.every((r) => r.headers['x-api-key'] === 'k')).toBe(true)
    const search = server.requests.find((r) => r.path.includes('/search?'))!
    expect(new URL(search.path, server.url).searchParams.get('limit')).toBe('5')
  })

  it('honours Retry-After on 429 and backs off with jitter on 503', async () => {
    server = await startReplayServer([
      {
        path: APP,
        replies: [
          { status: 429, headers: { 'retry-after': '30' } },
          { status: 503 },
          { status: 200, body: recorded(`${RAW}/get_patent.json`) },
        ],
      },
    ])
    const { context, time } = testContext(env())
    const summary = await fetchFromOdp(context, { applications: ['17248024'] })
    expect(summary.files).toHaveLength(1)
    expect(time.sleeps[0]).toBe(30_000)
    // Second retry: full jitter over base * 2^1 = 2 s, with the test's random() = 0.5.
    expect(time.sleeps[1]).toBe(1000)
  })

  it('gives up after the bounded attempts and says the service is unavailable', async () => {
    server = await startReplayServer([{ path: APP, replies: [{ status: 502 }] }])
    const { context } = testContext({ ...env(), CHUHAI_HTTP_MAX_ATTEMPTS: '3' })
    await expect(fetchFromOdp(context, { applications: ['17248024'] })).rejects.toThrow(
      /unavailable.*gave up after 3 attempts \(HTTP 502\)/,
    )
    expect(server.requests).toHaveLength(3)
  })

  it('names CHUHAI_USPTO_API_KEY when the key is rejected or missing', async () => {
    server = await startReplayServer([
      { path: APP, replies: [{ status: 403, body: '{"message":"Forbidden"}' }] },
    ])
    await expect(
      fetchFromOdp(testContext(env()).context, { applications: ['17248024'] }),
    ).rejects.toMatchObject({
      code: 'CONNECTOR_CREDENTIALS_REJECTED',
      message: expect.stringMatching(/check CHUHAI_USPTO_API_KEY/),
    })
    await expect(
      fetchFromOdp(testContext({ CHUHAI_USPTO_URL: server.url }).context, {
        applications: ['17248024'],
      }),
    ).rejects.toMatchObject({ code: 'CONNECTOR_CREDENTIALS_MISSING' })
  })

  it('reports a body that is not the ODP envelope and writes nothing', async () => {
    server = await startReplayServer([
      {
        path: APP,
        replies: [
          {
            status: 200,
            headers: { 'content-type': 'text/html' },
            body: '<html>maintenance</html>',
          },
        ],
      },
      {
        path: '/api/v1/patent/applications/17248025',
        replies: [{ status: 200, body: '{"count":1,"patentFileWrapperDataBag":{}}' }],
      },
    ])
    const { context, dir } = testContext(env())
    const summary = await fetchFromOdp(context, { applications: ['17248024', '17248025'] })
    expect(summary.errors.map((e) => e.code)).toEqual([
      'CONNECTOR_MALFORMED_RESPONSE',
      'CONNECTOR_MALFORMED_RESPONSE',
    ])
    expect(summary.errors[0]!.reason).toMatch(/not JSON/)
    expect(summary.errors[1]!.reason).toMatch(/patentFileWrapperDataBag/)
    expect(existsSync(join(dir, 'out'))).toBe(false)
  })
})
