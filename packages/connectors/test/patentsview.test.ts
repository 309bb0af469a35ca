import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fetchFromPatentsView } from '../src/index.js'
import { testContext } from './helpers/connector-test-context.js'
import { interactionAt } from './helpers/recorded.js'
import { startReplayServer, type Reply, type ReplayServer } from './helpers/replay-server.js'

// No recorded PatentSearch response exists (../shared/data/api-responses/PROVENANCE.md, 2b): these
// interactions are HAND-WRITTEN from the API's documentation; fixtures/patentsview/README.md says
// which parts are documented and which are invented.
const FIXTURES = join(import.meta.dirname, 'fixtures/patentsview/patentsview.interactions.json')
const reply = {
  success: (): Reply => interactionAt(FIXTURES, 0),
  throttled: (): Reply => interactionAt(FIXTURES, 1),
  forbidden: (): Reply => interactionAt(FIXTURES, 2),
  malformed: (): Reply => interactionAt(FIXTURES, 3),
  badRequest: (): Reply => interactionAt(FIXTURES, 4),
}
const FIELDS = ['patent_id', 'patent_title']

describe('PatentsView PatentSearch connector (hand-written fixtures of the documented API)', () => {
  let server: ReplayServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })
  const env = (): Record<string, string> => ({
    CHUHAI_PATENTSVIEW_API_KEY: 'pv',
    CHUHAI_PATENTSVIEW_URL: server!.url,
  })
  const serve = async (...replies: Reply[]): Promise<ReplayServer> =>
    startReplayServer([{ method: 'POST', path: '/api/v1/patent/', replies }])

  it('posts the query with the key and writes the response as sent', async () => {
    server = await serve(reply.success())
    const { context } = testContext(env())
    const summary = await fetchFromPatentsView(context, {
      patents: ['US 11,646,472 B2'],
      fields: FIELDS,
    })
    expect(summary.errors).toEqual([])
    expect(readFileSync(summary.files[0]!)).toEqual(reply.success().body)
    const written = JSON.parse(readFileSync(summary.files[0]!, 'utf8')) as {
      patents: Record<string, string>[]
    }
    expect(Object.keys(written.patents[0]!)).toEqual(FIELDS)
    const sent = server.requests[0]!
    expect(sent.headers['x-api-key']).toBe('pv')
    expect(JSON.parse(sent.body)).toEqual({
      q: { patent_id: ['11646472'] },
      f: FIELDS,
      o: { size: 100 },
    })
  })

  it('waits for Retry-After on 429 (the 45 requests/minute limit), then succeeds', async () => {
    server = await serve(reply.throttled(), reply.success())
    const { context, time } = testContext(env())
    const summary = await fetchFromPatentsView(context, {
      query: '{"patent_id":"11646472"}',
      fields: FIELDS,
    })
    expect(summary.files).toHaveLength(1)
    expect(time.sleeps).toContain(4000)
    expect(server.requests).toHaveLength(2)
  })

  it('paces requests at 45 per minute by default', async () => {
    server = await serve(reply.success())
    const { context, time } = testContext({ ...env(), CHUHAI_CACHE_TTL_HOURS: '0' })
    await fetchFromPatentsView(context, { patents: ['11646472'], query: '{"patent_id":"1"}' })
    expect(time.sleeps).toHaveLength(1)
    expect(time.sleeps[0]).toBeCloseTo(60_000 / 45, 1)
  })

  it('names CHUHAI_PATENTSVIEW_API_KEY on 403 and when missing', async () => {
    server = await serve(reply.forbidden())
    await expect(
      fetchFromPatentsView(testContext(env()).context, { patents: ['1'] }),
    ).rejects.toThrow(/403.*CHUHAI_PATENTSVIEW_API_KEY/s)
    await expect(
      fetchFromPatentsView(testContext({ CHUHAI_PATENTSVIEW_URL: server.url }).context, {
        patents: ['1'],
      }),
    ).rejects.toThrow(/set CHUHAI_PATENTSVIEW_API_KEY/)
  })

  it('reports a body that is not the JSON envelope as malformed and writes nothing', async () => {
    server = await serve(reply.malformed())
    const { context, dir } = testContext(env())
    const summary = await fetchFromPatentsView(context, { patents: ['11646472'] })
    expect(summary.errors[0]).toMatchObject({ code: 'CONNECTOR_MALFORMED_RESPONSE' })
    expect(existsSync(`${dir}/out`)).toBe(false)
  })

  it('reports a 400 with the X-Status-Reason the API gives, and goes on with the batch', async () => {
    server = await serve(reply.success(), reply.badRequest())
    const { context } = testContext(env())
    const summary = await fetchFromPatentsView(context, {
      patents: ['11646472'],
      query: '{"patent_titel":"battery"}',
      fields: FIELDS,
    })
    expect(summary.errors).toHaveLength(1)
    expect(summary.errors[0]).toMatchObject({ code: 'CONNECTOR_HTTP_FAILED' })
    expect(summary.errors[0]?.reason).toMatch(/HTTP 400 \(Invalid field: patent_titel\)/)
    expect(summary.files).toHaveLength(1)
  })
})
