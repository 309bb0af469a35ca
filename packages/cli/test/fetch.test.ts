import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { hasShared, NO_SHARED, sharedPath } from '@chuhai/core/testing'
import { readFileSync } from 'node:fs'
import yazl from 'yazl'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLI, runCli, tempDir } from './helpers/run-cli.js'

const GRANT = 'data/api-responses/uspto_odp/grant_xml/grant_us11646472b2_17248024.xml'
const present = hasShared(GRANT)
if (!present) {
  console.warn(NO_SHARED)
}

/** Runs the CLI without blocking this process (the test's server must keep answering). */
function runCliAsync(
  args: readonly string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
  })
}

async function zipOf(name: string, content: Buffer): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  zip.addBuffer(content, name)
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) {
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

describe.skipIf(!present)('chuhai fetch uspto (local ODP stand-in)', () => {
  let server: Server
  let url = ''
  let zip: Buffer
  const seen: string[] = []
  beforeAll(async () => {
    zip = await zipOf('ipg230509.xml', readFileSync(sharedPath(GRANT)))
    const listing = JSON.stringify({
      count: 1,
      bulkDataProductBag: [
        {
          productIdentifier: 'PTGRXML',
          productFileBag: {
            count: 1,
            fileDataBag: [
              {
                fileName: 'ipg230509.zip',
                fileSize: zip.length,
                fileDataFromDate: '2023-05-09',
                fileDataToDate: '2023-05-09',
                fileTypeText: 'Data',
                fileDownloadURI:
                  'https://api.uspto.gov/api/v1/datasets/products/files/PTGRXML/2023/ipg230509.zip',
              },
            ],
          },
        },
      ],
    })
    server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url} key=${String(req.headers['x-api-key'])}`)
      if (req.url?.startsWith('/api/v1/datasets/products/PTGRXML?')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(listing)
      } else if (req.url === '/api/v1/datasets/products/files/PTGRXML/2023/ipg230509.zip') {
        res.writeHead(200, { 'content-length': String(zip.length) }).end(zip)
      } else {
        res.writeHead(404).end()
      }
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((r) => server.close(() => r())))

  it('downloads the week’s file, ingests it and `chuhai show` finds the grant', async () => {
    const dir = tempDir()
    const env = {
      CHUHAI_USPTO_API_KEY: 'k',
      CHUHAI_USPTO_URL: url,
      CHUHAI_CACHE_DIR: join(dir, 'cache'),
    }
    const db = join(dir, 'chuhai.db')
    const run = await runCliAsync(
      [
        'fetch',
        'uspto',
        '--grants',
        '--date',
        '2023-05-09',
        '--db',
        db,
        '--out',
        join(dir, 'fetched'),
        '--json',
      ],
      env,
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const out = JSON.parse(run.stdout) as {
      fetch: { files: string[]; downloads: { bytes: number }[] }
      ingest: { documents: number; failed: number }
    }
    expect(out.fetch.files).toEqual([join(dir, 'fetched/uspto-bulk/PTGRXML/ipg230509.zip')])
    expect(out.fetch.downloads[0]!.bytes).toBe(zip.length)
    expect(out.ingest).toMatchObject({ documents: 1, failed: 0 })
    expect(seen.every((s) => s.endsWith('key=k'))).toBe(true)
    const show = runCli(['show', 'US 11,646,472 B2', '--db', db, '--json'])
    expect(show.code).toBe(0)
    expect(JSON.parse(show.stdout)).toMatchObject({ id: 'US-11646472-B2' })
    // Run again: the file is complete, nothing is downloaded and the ingest is a no-op.
    const again = await runCliAsync(
      [
        'fetch',
        'uspto',
        '--date',
        '2023-05-09',
        '--db',
        db,
        '--out',
        join(dir, 'fetched'),
        '--json',
      ],
      env,
    )
    expect(JSON.parse(again.stdout)).toMatchObject({ ingest: { documents: 0 } })
    expect(seen.filter((s) => s.includes('ipg230509.zip'))).toHaveLength(1)
  })

  it('exits 2 naming the variable when no key is set, 3 when no file has the date', async () => {
    const dir = tempDir()
    const missing = await runCliAsync(
      ['fetch', 'uspto', '--date', '2023-05-09', '--db', join(dir, 'x.db')],
      { CHUHAI_USPTO_URL: url, CHUHAI_USPTO_API_KEY: '' },
    )
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/set CHUHAI_USPTO_API_KEY/)
    const none = await runCliAsync(
      ['fetch', 'uspto', '--date', '2023-05-10', '--db', join(dir, 'x.db')],
      {
        CHUHAI_USPTO_URL: url,
        CHUHAI_USPTO_API_KEY: 'k',
        CHUHAI_CACHE_DIR: join(dir, 'cache'),
        CHUHAI_FETCH_DIR: join(dir, 'f'),
      },
    )
    expect(none.code).toBe(3)
    expect(none.stderr).toMatch(
      /no PTGRXML file dated 2023-05-10 \(grants are published weekly on Tuesdays\)/,
    )
  })
})
