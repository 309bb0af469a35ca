import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { createSqliteStore } from '@chuhai/store-sqlite'
import yazl from 'yazl'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { fetchAndIngest, fetchUsptoBulk } from '../src/index.js'
import { testContext } from './helpers/connector-test-context.js'
import { hasRecorded, NO_RECORDED, recorded } from './helpers/recorded.js'
import { startReplayServer, type ReplayServer, type Reply } from './helpers/replay-server.js'

const GRANTS = [
  'uspto_odp/grant_xml/grant_us10000000b2_14643719.xml',
  'uspto_odp/grant_xml/grant_us11646472b2_17248024.xml',
]
const RAW_LISTING =
  'uspto_bulk/patent-dev_raw_get_bulk_product_PTGRXML_2024-01-01_to_2024-01-15.json'
const present = GRANTS.every(hasRecorded) && hasRecorded(RAW_LISTING)
if (!present) {
  console.warn(NO_RECORDED)
}
const KEY = { CHUHAI_USPTO_API_KEY: 'odp-key' }
const FILE = '/api/v1/datasets/products/files/PTGRXML/2025/ipg250107.zip'
const LISTING =
  /^\/api\/v1\/datasets\/products\/PTGRXML\?fileDataFromDate=2025-01-07&fileDataToDate=2025-01-07$/

/** A weekly-file zip of two real grants, as USPTO ships them: one XML file with both documents. */
async function weeklyZip(): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  // Each document starts on its own line, as in the weekly files.
  const xml = GRANTS.map((g) => recorded(g).toString('utf8').trim()).join('\n')
  zip.addBuffer(Buffer.from(`${xml}\n`), 'ipg250107.xml')
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) {
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/** The ODP listing for one file, in the recorded `bulkDataProductBag` shape. */
function listing(size: number): Reply {
  const body = {
    count: 1,
    bulkDataProductBag: [
      {
        productIdentifier: 'PTGRXML',
        productFileBag: {
          count: 2,
          fileDataBag: [
            {
              fileName: 'ipg250107.zip',
              fileSize: size,
              fileDataFromDate: '2025-01-07',
              fileDataToDate: '2025-01-07',
              fileTypeText: 'Data',
              fileDownloadURI: `https://api.uspto.gov${FILE}`,
              fileReleaseDate: '2025-01-07 00:03:09',
            },
            {
              fileName: 'us-patent-grant-v47-2022-02-17.dtd',
              fileSize: 63710,
              fileDataFromDate: '2025-01-07',
              fileTypeText: 'Document',
              fileDownloadURI: 'https://api.uspto.gov/x.dtd',
            },
          ],
        },
      },
    ],
  }
  return {
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }
}

/** Serves `bytes`, honouring `Range: bytes=N-` like S3 does. */
function rangeServing(
  bytes: Buffer,
  etag: string,
): (req: { headers: Record<string, unknown> }) => Reply {
  return (req) => {
    const m = /bytes=(\d+)-/.exec(String(req.headers.range))
    if (!m || (req.headers['if-range'] !== undefined && req.headers['if-range'] !== etag)) {
      return { status: 200, headers: { etag }, body: bytes }
    }
    const from = Number(m[1])
    return {
      status: 206,
      headers: { etag, 'content-range': `bytes ${from}-${bytes.length - 1}/${bytes.length}` },
      body: bytes.subarray(from),
    }
  }
}

describe.skipIf(!present)('USPTO bulk connector', () => {
  let server: ReplayServer | undefined
  let zip: Buffer
  let etag: string
  beforeAll(async () => {
    zip = await weeklyZip()
    etag = `"${createHash('md5').update(zip).digest('hex')}"`
  })
  afterEach(async () => {
    await server?.close()
    server = undefined
  })
  const env = (): Record<string, string> => ({ ...KEY, CHUHAI_USPTO_URL: server!.url })

  it('downloads the file of a date, checks size and MD5, and ingests it into SQLite like chuhai ingest', async () => {
    server = await startReplayServer([
      { path: LISTING, replies: [listing(zip.length)] },
      { path: FILE, replies: [rangeServing(zip, etag)] },
    ])
    const { context, dir } = testContext(env())
    const store = createSqliteStore({ path: join(dir, 'chuhai.db') })
    try {
      const result = await fetchAndIngest(
        () => fetchUsptoBulk(context, { kind: 'grants', from: '2025-01-07' }),
        { store, workers: 0 },
      )
      expect(result.fetch.errors).toEqual([])
      expect(result.fetch.downloads[0]).toMatchObject({
        file: 'ipg250107.zip',
        bytes: zip.length,
        resumedFrom: 0,
        verified: 'size+md5',
      })
      expect(readFileSync(join(dir, 'out/uspto-bulk/PTGRXML/ipg250107.zip'))).toEqual(zip)
      expect(result.ingest.documents).toBe(2)
      expect(result.ingest.failed).toBe(0)
      expect((await store.get('US-11646472-B2'))?.titles[0]?.text).toMatch(/\S/)
    } finally {
      await store.close()
    }
    expect(server.requests.every((r) => r.headers['x-api-key'] === 'odp-key')).toBe(true)
  })

  it('resumes a download cut off midway with Range/If-Range and gets the same bytes', async () => {
    const serve = rangeServing(zip, etag)
    server = await startReplayServer([
      { path: LISTING, replies: [listing(zip.length)] },
      { path: FILE, replies: [{ ...serve({ headers: {} }), cutAfter: 1000 }, serve] },
    ])
    const { context, dir, events } = testContext(env())
    const summary = await fetchUsptoBulk(context, { kind: 'grants', from: '2025-01-07' })
    expect(summary.errors).toEqual([])
    const downloads = server.requests.filter((r) => r.path === FILE)
    expect(downloads).toHaveLength(2)
    expect(downloads[1]!.headers.range).toMatch(/^bytes=\d+-$/)
    expect(Number(/\d+/.exec(downloads[1]!.headers.range!)![0])).toBeGreaterThan(0)
    expect(downloads[1]!.headers['if-range']).toBe(etag)
    expect(events.some((e) => e.kind === 'retry')).toBe(true)
    expect(readFileSync(join(dir, 'out/uspto-bulk/PTGRXML/ipg250107.zip'))).toEqual(zip)
  })

  it('resumes the partial file an earlier, killed run left behind', async () => {
    server = await startReplayServer([
      { path: LISTING, replies: [listing(zip.length)] },
      { path: FILE, replies: [rangeServing(zip, etag)] },
    ])
    const { context, dir } = testContext(env())
    const target = join(dir, 'out/uspto-bulk/PTGRXML/ipg250107.zip')
    const { mkdirSync } = await import('node:fs')
    mkdirSync(join(dir, 'out/uspto-bulk/PTGRXML'), { recursive: true })
    writeFileSync(`${target}.part`, zip.subarray(0, 1234))
    writeFileSync(
      `${target}.part.json`,
      JSON.stringify({ url: `${server.url}${FILE}`, validator: etag }),
    )
    const summary = await fetchUsptoBulk(context, { kind: 'grants', from: '2025-01-07' })
    expect(summary.downloads[0]).toMatchObject({ resumedFrom: 1234, bytes: zip.length })
    expect(server.requests.find((r) => r.path === FILE)!.headers.range).toBe('bytes=1234-')
    expect(readFileSync(target)).toEqual(zip)
    expect(existsSync(`${target}.part`)).toBe(false)
  })

  it('rejects a file whose MD5 differs from the ETag and leaves no final file', async () => {
    const bad = Buffer.from(zip)
    bad[100] = bad[100]! ^ 0xff
    server = await startReplayServer([
      { path: LISTING, replies: [listing(zip.length)] },
      { path: FILE, replies: [{ status: 200, headers: { etag }, body: bad }] },
    ])
    const { context, dir } = testContext(env())
    const summary = await fetchUsptoBulk(context, { kind: 'grants', from: '2025-01-07' })
    expect(summary.errors[0]).toMatchObject({
      item: 'ipg250107.zip',
      code: 'CONNECTOR_DOWNLOAD_MISMATCH',
    })
    expect(existsSync(join(dir, 'out/uspto-bulk/PTGRXML/ipg250107.zip'))).toBe(false)
  })

  it('reads the recorded ODP listing, picks the file of the date and checks its size', async () => {
    server = await startReplayServer([
      {
        path: /^\/api\/v1\/datasets\/products\/PTGRXML\?/,
        replies: [{ status: 200, body: recorded(RAW_LISTING) }],
      },
      {
        path: '/api/v1/datasets/products/files/PTGRXML/2024/ipg240109.zip',
        replies: [{ status: 200, body: 'not the 171 MB file' }],
      },
    ])
    const { context, dir } = testContext(env())
    const summary = await fetchUsptoBulk(context, { kind: 'grants', from: '2024-01-09' })
    expect(summary.errors).toHaveLength(1)
    expect(summary.errors[0]!.reason).toMatch(/19 bytes, expected 171326087/)
    expect(existsSync(join(dir, 'out/uspto-bulk/PTGRXML/ipg240109.zip'))).toBe(false)
    await expect(
      fetchUsptoBulk(context, { kind: 'grants', from: '2024-01-10' }),
    ).rejects.toMatchObject({ code: 'CONNECTOR_NOT_FOUND' })
  })

  it('waits out a throttled listing (429 + Retry-After) and names the key on 403', async () => {
    server = await startReplayServer([
      {
        path: LISTING,
        replies: [{ status: 429, headers: { 'retry-after': '7' } }, listing(zip.length)],
      },
      { path: FILE, replies: [rangeServing(zip, etag)] },
    ])
    const { context, time } = testContext(env())
    const summary = await fetchUsptoBulk(context, { kind: 'grants', from: '2025-01-07' })
    expect(summary.files).toHaveLength(1)
    expect(time.sleeps).toContain(7000)
    await server.close()
    server = await startReplayServer([
      { path: LISTING, replies: [{ status: 403, body: '{"message":"Forbidden"}' }] },
    ])
    const denied = testContext({ ...env(), CHUHAI_CACHE_TTL_HOURS: '0' })
    await expect(
      fetchUsptoBulk(denied.context, { kind: 'grants', from: '2025-01-07' }),
    ).rejects.toThrow(/HTTP 403.*check CHUHAI_USPTO_API_KEY/)
    await expect(
      fetchUsptoBulk(testContext({ CHUHAI_USPTO_URL: server.url }).context, {
        kind: 'grants',
        from: '2025-01-07',
      }),
    ).rejects.toThrow(/set CHUHAI_USPTO_API_KEY/)
  })

  it('reports a malformed listing and downloads nothing', async () => {
    server = await startReplayServer([
      { path: LISTING, replies: [{ status: 200, body: '{"count":1,"bulkDataProductBag":"?"}' }] },
    ])
    const { context, dir } = testContext(env())
    await expect(
      fetchUsptoBulk(context, { kind: 'grants', from: '2025-01-07' }),
    ).rejects.toMatchObject({ code: 'CONNECTOR_MALFORMED_RESPONSE' })
    expect(server.requests).toHaveLength(1)
    expect(existsSync(join(dir, 'out'))).toBe(false)
  })
})
