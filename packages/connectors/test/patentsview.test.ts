import { existsSync, readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { fetchFromPatentsView } from '../src/index.js'
import { testContext } from './helpers/connector-test-context.js'
import { startReplayServer, type ReplayServer } from './helpers/replay-server.js'

// No real PatentSearch response was found to record (api-responses/PROVENANCE.md, 2b); this
// fixture follows the documented envelope of POST /api/v1/patent/ and is written by us.
const RESPONSE = JSON.stringify({
  error: false,
  count: 1,
  total_hits: 1,
  patents: [
    {
      patent_id: '11646472',
      patent_title: 'Method for detecting a leak',
      patent_date: '2023-05-09',
    },
  ],
})

describe('PatentsView PatentSearch connector (fixture responses)', () => {
  let server: ReplayServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })
  const env = (): Record<string, string> => ({
    CHUHAI_PATENTSVIEW_API_KEY: 'pv',
    CHUHAI_PATENTSVIEW_URL: server!.url,
  })

  it('posts the query with the key and writes the response as sent', async () => {
    server = await startReplayServer([
      { method: 'POST', path: '/api/v1/patent/', replies: [{ status: 200, body: RESPONSE }] },
    ])
    const { context } = testContext(env())
    const summary = await fetchFromPatentsView(context, {
      patents: ['US 11,646,472 B2'],
      fields: ['patent_id', 'patent_title'],
    })
    expect(summary.errors).toEqual([])
    expect(readFileSync(summary.files[0]!, 'utf8')).toBe(RESPONSE)
    const sent = server.requests[0]!
    expect(sent.headers['x-api-key']).toBe('pv')
    expect(JSON.parse(sent.body)).toEqual({
      q: { patent_id: ['11646472'] },
      f: ['patent_id', 'patent_title'],
      o: { size: 100 },
    })
  })

  it('waits for Retry-After on 429 (the 45 requests/minute limit)', async () => {
    server = await startReplayServer([
      {
        method: 'POST',
        path: '/api/v1/patent/',
        replies: [
          { status: 429, headers: { 'retry-after': '4' } },
          { status: 200, body: RESPONSE },
        ],
      },
    ])
    const { context, time } = testContext(env())
    const summary = await fetchFromPatentsView(context, { query: '{"patent_id":"11646472"}' })
    expect(summary.files).toHaveLength(1)
    expect(time.sleeps).toContain(4000)
  })

  it('paces requests at 45 per minute by default', async () => {
    server = await startReplayServer([
      { method: 'POST', path: '/api/v1/patent/', replies: [{ status: 200, body: RESPONSE }] },
    ])
    const { context, time } = testContext({ ...env(), CHUHAI_CACHE_TTL_HOURS: '0' })
    await fetchFromPatentsView(context, { patents: ['11646472'], query: '{"patent_id":"1"}' })
    expect(time.sleeps).toHaveLength(1)
    expect(time.sleeps[0]).toBeCloseTo(60_000 / 45, 1)
  })

  it('names CHUHAI_PATENTSVIEW_API_KEY on 403 and when missing', async () => {
    server = await startReplayServer([
      {
        method: 'POST',
        path: '/api/v1/patent/',
        replies: [{ status: 403, body: '{"detail":"Invalid API key"}' }],
      },
    ])
    await expect(
      fetchFromPatentsView(testContext(env()).context, { patents: ['1'] }),
    ).rejects.toThrow(/Invalid API key.*CHUHAI_PATENTSVIEW_API_KEY/)
    await expect(
      fetchFromPatentsView(testContext({ CHUHAI_PATENTSVIEW_URL: server.url }).context, {
        patents: ['1'],
      }),
    ).rejects.toThrow(/set CHUHAI_PATENTSVIEW_API_KEY/)
  })

  it('reports an error envelope as malformed and writes nothing', async () => {
    server = await startReplayServer([
      {
        method: 'POST',
        path: '/api/v1/patent/',
        replies: [{ status: 200, body: '{"error":true,"reason":"bad field"}' }],
      },
    ])
    const { context, dir } = testContext(env())
    const summary = await fetchFromPatentsView(context, { patents: ['11646472'] })
    expect(summary.errors[0]).toMatchObject({ code: 'CONNECTOR_MALFORMED_RESPONSE' })
    expect(existsSync(`${dir}/out`)).toBe(false)
  })
})
