import { createHash } from 'node:crypto'
import {
  closeSync,
  createReadStream,
  fsyncSync,
  openSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { ChuhaiError, createError, type Sleeper } from '@chuhai/core'
import { z } from 'zod'
import type { ConnectorEvent } from '../http/connector-event.js'
import { backoffDelay, type RetryPolicy } from '../http/retry-policy.js'
import type { ServiceClient } from '../http/service-client.js'

/** What a download needs. */
export interface DownloadSpec {
  readonly url: string
  /** The final path; the file appears there only when complete and checked. */
  readonly target: string
  /** Size the listing announces, checked at the end. */
  readonly expectedSize?: number
  readonly headers?: Readonly<Record<string, string>>
  readonly category?: string
}

/** The outcome of a download. */
export interface DownloadResult {
  readonly path: string
  readonly bytes: number
  /** Bytes already on disk from an earlier, interrupted run (0 for a fresh download). */
  readonly resumedFrom: number
  /** `true` when the complete file was already there (nothing was sent). */
  readonly alreadyComplete: boolean
  /** How the content was verified: `size`, `size+md5`. */
  readonly verified: string
}

const PartMeta = z.object({ url: z.string(), validator: z.string().optional() })

/**
 * Downloads a large file resumably: bytes go to `<target>.part`, and after a dropped connection,
 * a killed process or a 5xx the next try asks for the rest with `Range: bytes=N-` (and `If-Range`
 * with the ETag or Last-Modified seen first, so a file changed on the server restarts cleanly
 * instead of being spliced). At the end the size is checked against the listing and the
 * response, and the MD5 against a plain S3-style ETag or `Content-MD5` when the server sends
 * one; only then is the file renamed into place.
 */
export async function downloadResumable(
  client: ServiceClient,
  spec: DownloadSpec,
  options: {
    readonly retry: RetryPolicy
    readonly sleeper: Sleeper
    readonly random?: () => number
    readonly onEvent?: (event: ConnectorEvent) => void
  },
): Promise<DownloadResult> {
  const done = await sizeOf(spec.target)
  if (done !== undefined && (spec.expectedSize === undefined || done === spec.expectedSize)) {
    return {
      path: spec.target,
      bytes: done,
      resumedFrom: done,
      alreadyComplete: true,
      verified: 'size',
    }
  }
  await mkdir(dirname(spec.target), { recursive: true })
  const part = `${spec.target}.part`
  const metaPath = `${part}.json`
  let meta = await readMeta(metaPath)
  if (meta && meta.url !== spec.url) {
    await rm(part, { force: true })
    meta = undefined
  }
  const resumedFrom = (await sizeOf(part)) ?? 0
  let have = resumedFrom
  let digestHint: { md5?: string; total?: number } = {}
  for (let attempt = 0; ; attempt++) {
    const headers: Record<string, string> = { ...spec.headers }
    if (have > 0) {
      headers.range = `bytes=${have}-`
      if (meta?.validator) {
        headers['if-range'] = meta.validator
      }
    }
    const response = await client.open({
      method: 'GET',
      url: spec.url,
      headers,
      category: spec.category,
      timeoutMs: 120_000,
    })
    let append = false
    if (response.status === 206) {
      const range = /bytes (\d+)-(\d+)\/(\d+|\*)/.exec(response.header('content-range') ?? '')
      if (range === null || Number(range[1]) !== have) {
        await response.discard()
        have = 0
        await rm(part, { force: true })
        continue
      }
      append = true
      digestHint = { total: range[3] === '*' ? undefined : Number(range[3]) }
    } else {
      // 200: a fresh download, or the server ignored Range / the If-Range validator changed.
      have = 0
      const length = Number(response.header('content-length'))
      digestHint = {
        total: Number.isFinite(length) && response.header('content-length') ? length : undefined,
      }
    }
    // Content-MD5 of a 206 covers only the range; the ETag names the whole object.
    digestHint.md5 = md5Of(
      response.header('etag'),
      append ? undefined : response.header('content-md5'),
    )
    if (!append || !meta) {
      meta = {
        url: spec.url,
        validator: response.header('etag') ?? response.header('last-modified'),
      }
      writeMetaSync(metaPath, meta)
    }
    try {
      await appendBody(
        counted(
          response.body(),
          have,
          spec.target,
          digestHint.total ?? spec.expectedSize,
          options.onEvent,
        ),
        part,
        append,
      )
      break
    } catch (error) {
      if (error instanceof ChuhaiError) {
        throw error
      }
      have = (await sizeOf(part)) ?? 0
      if (attempt + 1 >= options.retry.maxAttempts) {
        throw createError(
          'CONNECTOR_HTTP_FAILED',
          client.service,
          spec.url,
          `download interrupted ${attempt + 1} times (${(error as Error).message}); ${have} bytes kept in ${part}, run the command again to resume`,
        )
      }
      const wait = backoffDelay(attempt, options.retry, options.random ?? Math.random)
      options.onEvent?.({
        kind: 'retry',
        service: client.service,
        reason: `download interrupted at ${have} bytes`,
        waitMs: wait,
        attempt: attempt + 1,
      })
      await options.sleeper.sleep(wait)
    }
  }
  const bytes = (await sizeOf(part)) ?? 0
  const expected = spec.expectedSize ?? digestHint.total
  if (expected !== undefined && bytes !== expected) {
    if (bytes > expected) {
      await rm(part, { force: true })
    }
    throw createError(
      'CONNECTOR_DOWNLOAD_MISMATCH',
      spec.target,
      `${bytes} bytes, expected ${expected}`,
    )
  }
  let verified = 'size'
  if (digestHint.md5) {
    const actual = await md5File(part)
    if (actual !== digestHint.md5) {
      await rm(part, { force: true })
      throw createError(
        'CONNECTOR_DOWNLOAD_MISMATCH',
        spec.target,
        `MD5 ${actual}, the server says ${digestHint.md5}; the partial file was removed`,
      )
    }
    verified = 'size+md5'
  }
  await rename(part, spec.target)
  await rm(metaPath, { force: true })
  return { path: spec.target, bytes, resumedFrom, alreadyComplete: false, verified }
}

/**
 * Writes the body chunk by chunk with synchronous writes, started without yielding to the event
 * loop after the response arrived: a stream that errors drops the chunks still queued in it, so
 * whatever arrived before a dropped connection must already be on disk for the next `Range`.
 */
async function appendBody(
  body: AsyncIterable<Uint8Array>,
  part: string,
  append: boolean,
): Promise<void> {
  const fd = openSync(part, append ? 'a' : 'w')
  try {
    for await (const chunk of body) {
      writeSync(fd, chunk)
    }
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** Records the URL and validator of a partial download (synchronously, see `appendBody`). */
function writeMetaSync(path: string, meta: z.infer<typeof PartMeta>): void {
  const temp = `${path}.tmp-${process.pid}`
  writeFileSync(temp, JSON.stringify(meta))
  renameSync(temp, path)
}

async function* counted(
  source: AsyncIterable<Uint8Array>,
  start: number,
  file: string,
  total: number | undefined,
  onEvent: ((event: ConnectorEvent) => void) | undefined,
): AsyncGenerator<Uint8Array> {
  let bytes = start
  let reported = start
  for await (const chunk of source) {
    bytes += chunk.length
    if (bytes - reported >= 8 << 20) {
      reported = bytes
      onEvent?.({ kind: 'download', file, bytes, total })
    }
    yield chunk
  }
}

/** The MD5 a response vouches for: `Content-MD5` (base64) or a single-part S3 ETag (hex). */
function md5Of(etag: string | undefined, contentMd5: string | undefined): string | undefined {
  if (contentMd5) {
    return Buffer.from(contentMd5, 'base64').toString('hex')
  }
  const plain = etag?.replace(/^W\//, '').replace(/"/g, '')
  return plain && /^[0-9a-f]{32}$/i.test(plain) && !etag!.startsWith('W/')
    ? plain.toLowerCase()
    : undefined
}

async function md5File(path: string): Promise<string> {
  const hash = createHash('md5')
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer)
  }
  return hash.digest('hex')
}

async function sizeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size
  } catch {
    return undefined
  }
}

async function readMeta(path: string): Promise<z.infer<typeof PartMeta> | undefined> {
  try {
    return PartMeta.parse(JSON.parse(await readFile(path, 'utf8')))
  } catch {
    return undefined
  }
}
