import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fetchFromLens, fetchFromOdp, fetchFromOps, fetchFromPatentsView } from '../src/index.js'
import { testContext } from './helpers/connector-test-context.js'
import { hasRecorded, NO_RECORDED, recorded } from './helpers/recorded.js'
import { startReplayServer, type ReplayServer } from './helpers/replay-server.js'

const present = hasRecorded('lens') && hasRecorded('uspto_odp') && hasRecorded('epo_ops')
if (!present) {
  console.warn(NO_RECORDED)
}

/**
 * API responses are small and have no Range support: a response cut off midway is asked for
 * again, and only the complete, validated body is ever written. A paged fetch stopped by an
 * outage resumes from the disk cache on the next run.
 */
describe.skipIf(!present)('interrupted API responses', () => {
  let server: ReplayServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  it('ODP: a body cut after 300 bytes is fetched again and written whole', async () => {
    const body = recorded('uspto_odp/patent-dev_strictdecode_raw/get_patent.json')
    server = await startReplayServer([
      {
        path: '/api/v1/patent/applications/17248024',
        replies: [
          { status: 200, body, cutAfter: 300 },
          { status: 200, body },
        ],
      },
    ])
    const { context, dir, events } = testContext({
      CHUHAI_USPTO_API_KEY: 'k',
      CHUHAI_USPTO_URL: server.url,
    })
    const summary = await fetchFromOdp(context, { applications: ['17248024'] })
    expect(summary.errors).toEqual([])
    expect(readFileSync(join(dir, 'out/uspto-odp/17248024.json'))).toEqual(body)
    expect(
      events.some((e) => e.kind === 'retry' && /connection lost while reading/.test(e.reason)),
    ).toBe(true)
  })

  it('OPS: a cut XML body is fetched again', async () => {
    const body = recorded('epo_ops/patent-dev_examples/get_biblio.response.xml')
    server = await startReplayServer([
      {
        method: 'POST',
        path: '/3.2/auth/accesstoken',
        replies: [{ status: 200, body: '{"access_token":"t","expires_in":"1199"}' }],
      },
      {
        path: /\/biblio$/,
        replies: [
          { status: 200, body, cutAfter: 500 },
          { status: 200, body },
        ],
      },
    ])
    const { context } = testContext({
      CHUHAI_EPO_OPS_KEY: 'k',
      CHUHAI_EPO_OPS_SECRET: 's',
      CHUHAI_EPO_OPS_URL: `${server.url}/3.2`,
    })
    const summary = await fetchFromOps(context, { numbers: ['EP2400812A1'], parts: ['biblio'] })
    expect(readFileSync(summary.files[0]!)).toEqual(body)
  })

  it('PatentsView: a cut JSON body is fetched again', async () => {
    const body = JSON.stringify({
      error: false,
      count: 1,
      total_hits: 1,
      patents: [{ patent_id: '11646472' }],
    })
    server = await startReplayServer([
      {
        method: 'POST',
        path: '/api/v1/patent/',
        replies: [
          { status: 200, body, cutAfter: 20 },
          { status: 200, body },
        ],
      },
    ])
    const { context } = testContext({
      CHUHAI_PATENTSVIEW_API_KEY: 'k',
      CHUHAI_PATENTSVIEW_URL: server.url,
    })
    const summary = await fetchFromPatentsView(context, { patents: ['11646472'] })
    expect(readFileSync(summary.files[0]!, 'utf8')).toBe(body)
  })

  it('Lens: a paged fetch stopped by an outage resumes from the cache on the next run', async () => {
    const page = (from: number, size: number): string =>
      JSON.stringify({
        total: 150,
        data: Array.from({ length: size }, (_, i) => ({
          lens_id: `000-000-000-000-${String(from + i).padStart(3, '0')}`,
          jurisdiction: 'US',
        })),
      })
    let outage = true
    server = await startReplayServer([
      {
        method: 'POST',
        path: '/patent/search',
        replies: [
          (req) => {
            const { from, size } = JSON.parse(req.body) as { from: number; size: number }
            return from > 0 && outage ? { status: 503 } : { status: 200, body: page(from, size) }
          },
        ],
      },
    ])
    const env = {
      CHUHAI_LENS_TOKEN: 't',
      CHUHAI_LENS_URL: server.url,
      CHUHAI_HTTP_MAX_ATTEMPTS: '2',
    }
    const first = testContext(env)
    await expect(
      fetchFromLens(first.context, { query: 'robot', limit: 150 }),
    ).rejects.toMatchObject({ code: 'CONNECTOR_UNAVAILABLE' })
    // The first page is complete on disk; nothing of the second was written.
    expect(readdirSync(join(first.dir, 'out/lens'))).toHaveLength(1)
    outage = false
    const firstPageRequests = (): number =>
      server!.requests.filter((r) => (JSON.parse(r.body) as { from: number }).from === 0).length
    const before = firstPageRequests()
    const again = await fetchFromLens(testContext(env, { dir: first.dir }).context, {
      query: 'robot',
      limit: 150,
    })
    expect(again.fromCache).toBe(1)
    expect(firstPageRequests()).toBe(before)
    expect(readdirSync(join(first.dir, 'out/lens')).sort()).toHaveLength(2)
    const lines = again.files.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n'))
    expect(lines).toHaveLength(150)
  })
})
