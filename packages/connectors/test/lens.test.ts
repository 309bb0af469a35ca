import { existsSync, readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { createSqliteStore } from '@chuhai/store-sqlite'
import { fetchAndIngest, fetchFromLens } from '../src/index.js'
import { testContext } from './helpers/connector-test-context.js'
import { hasRecorded, NO_RECORDED, recorded } from './helpers/recorded.js'
import { startReplayServer, type ReplayServer } from './helpers/replay-server.js'

const LENS = 'lens'
const present = hasRecorded(LENS)
if (!present) {
  console.warn(NO_RECORDED)
}

describe.skipIf(!present)('Lens connector (recorded /patent/search responses)', () => {
  let server: ReplayServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })
  const env = (): Record<string, string> => ({
    CHUHAI_LENS_TOKEN: 'tok',
    CHUHAI_LENS_URL: server!.url,
  })

  for (const file of [
    'lens_patent_search_response_EP2471949A1_2026.json',
    'lens_patent_search_response_EP2471949A1_2024-03.json',
  ]) {
    it(`writes the records of ${file} as JSON Lines, values unchanged`, async () => {
      const body = recorded(`${LENS}/${file}`)
      server = await startReplayServer([
        { method: 'POST', path: '/patent/search', replies: [{ status: 200, body }] },
      ])
      const { context } = testContext(env())
      const summary = await fetchFromLens(context, { lensIds: ['031-156-664-516-153'] })
      expect(summary.errors).toEqual([])
      const lines = readFileSync(summary.files[0]!, 'utf8').trim().split('\n')
      const expected = (JSON.parse(body.toString('utf8')) as { data: unknown[] }).data
      expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(expected)
      expect(server.requests[0]!.headers.authorization).toBe('Bearer tok')
      expect(JSON.parse(server.requests[0]!.body)).toEqual({
        query: { terms: { lens_id: ['031-156-664-516-153'] } },
        size: 100,
        from: 0,
      })
    })
  }

  it('hands the records to ingest, which stores them as a Lens file ingested by hand would be', async () => {
    server = await startReplayServer([
      {
        method: 'POST',
        path: '/patent/search',
        replies: [
          {
            status: 200,
            body: recorded(`${LENS}/lens_patent_search_response_EP2471949A1_2026.json`),
          },
        ],
      },
    ])
    const { context, dir } = testContext(env())
    const store = createSqliteStore({ path: join(dir, 'chuhai.db') })
    try {
      const result = await fetchAndIngest(
        () => fetchFromLens(context, { query: 'lens_id:031-156-664-516-153' }),
        { store, workers: 0 },
      )
      expect(result.ingest).toMatchObject({ documents: 1, failed: 0 })
      const record = await store.get('EP-2471949-A1')
      expect(record?.source.format).toBe('lens-json-v1')
      expect(record?.titles.map((t) => t.lang).sort()).toEqual(['de', 'en', 'fr'])
    } finally {
      await store.close()
    }
  })

  it('accepts the 2020 legacy record schema inside the search envelope, and ingest reads it', async () => {
    const legacy = JSON.parse(
      recorded(`${LENS}/lens_patent_record_legacy_format_2020-12.json`).toString('utf8'),
    ) as unknown
    server = await startReplayServer([
      {
        method: 'POST',
        path: '/patent/search',
        replies: [{ status: 200, body: JSON.stringify({ total: 1, data: [legacy] }) }],
      },
    ])
    const { context, dir } = testContext(env())
    const summary = await fetchFromLens(context, { query: 'title:tooth' })
    expect(JSON.parse(readFileSync(summary.files[0]!, 'utf8'))).toEqual(legacy)
    expect(JSON.parse(server.requests[0]!.body).query).toEqual({
      query_string: { query: 'title:tooth' },
    })
    const store = createSqliteStore({ path: join(dir, 'legacy.db') })
    try {
      const result = await fetchAndIngest(() => fetchFromLens(context, { query: 'title:tooth' }), {
        store,
        workers: 0,
      })
      expect(result.ingest).toMatchObject({ documents: 1, failed: 0 })
      const record = await store.get('EP-1944033-A2')
      expect(record?.source.format).toBe('lens-json-2020')
      expect(record?.parties.applicants.map((p) => p.name)).toEqual(['NUTRICIA NV'])
    } finally {
      await store.close()
    }
  })

  it('pages with from/size up to the limit', async () => {
    const record = (i: number): unknown => ({
      lens_id: `000-000-000-000-${String(i).padStart(3, '0')}`,
      jurisdiction: 'US',
    })
    server = await startReplayServer([
      {
        method: 'POST',
        path: '/patent/search',
        replies: [
          (req) => {
            const { from, size } = JSON.parse(req.body) as { from: number; size: number }
            return {
              status: 200,
              body: JSON.stringify({
                total: 250,
                data: Array.from({ length: size }, (_, i) => record(from + i)),
              }),
            }
          },
        ],
      },
    ])
    const summary = await fetchFromLens(testContext(env()).context, { query: 'robot', limit: 150 })
    expect(
      server.requests
        .map((r) => JSON.parse(r.body) as { from: number; size: number })
        .map((b) => [b.from, b.size]),
    ).toEqual([
      [0, 100],
      [100, 50],
    ])
    expect(summary.files).toHaveLength(2)
  })

  it('waits for x-rate-limit-retry-after-seconds on 429 and pauses when the minute is used up', async () => {
    const body = recorded(`${LENS}/lens_patent_search_response_EP2471949A1_2026.json`)
    server = await startReplayServer([
      {
        method: 'POST',
        path: '/patent/search',
        replies: [
          {
            status: 429,
            headers: {
              'x-rate-limit-retry-after-seconds': '12',
              'x-rate-limit-remaining-request-per-minute': '0',
            },
          },
          { status: 200, headers: { 'x-rate-limit-remaining-request-per-month': '9876' }, body },
        ],
      },
    ])
    const { context, time } = testContext(env())
    const summary = await fetchFromLens(context, { query: 'x' })
    expect(time.sleeps).toContain(12_000)
    expect(summary.usage.remainingRequestsPerMonth).toBe(9876)
  })

  it('names CHUHAI_LENS_TOKEN on 401 and when missing', async () => {
    server = await startReplayServer([
      {
        method: 'POST',
        path: '/patent/search',
        replies: [{ status: 401, body: '{"message":"Unauthorized"}' }],
      },
    ])
    await expect(fetchFromLens(testContext(env()).context, { query: 'x' })).rejects.toThrow(
      /HTTP 401.*check CHUHAI_LENS_TOKEN/,
    )
    await expect(
      fetchFromLens(testContext({ CHUHAI_LENS_URL: server.url }).context, { query: 'x' }),
    ).rejects.toThrow(/set CHUHAI_LENS_TOKEN/)
  })

  it('reports a scholarly response to a patent query as malformed and writes nothing', async () => {
    server = await startReplayServer([
      {
        method: 'POST',
        path: '/patent/search',
        replies: [
          { status: 200, body: recorded(`${LENS}/lens_scholarly_search_response_2020-05.json`) },
        ],
      },
    ])
    const { context, dir } = testContext(env())
    const summary = await fetchFromLens(context, { query: 'x' })
    expect(summary.errors[0]).toMatchObject({ code: 'CONNECTOR_MALFORMED_RESPONSE' })
    expect(existsSync(`${dir}/out`)).toBe(false)
  })
})
