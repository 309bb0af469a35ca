import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Clock } from '@chuhai/core'
import { z } from 'zod'
import { writeFileAtomic } from '../output/atomic-file.js'

/** A cached response. */
export interface CachedResponse {
  readonly status: number
  readonly contentType: string | undefined
  readonly body: Uint8Array
  /** Epoch ms when it was stored. */
  readonly storedAt: number
}

const Entry = z.object({
  status: z.number().int(),
  contentType: z.string().optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  storedAt: z.number(),
  expiresAt: z.number(),
})

/**
 * A content-addressed disk cache of validated responses. Bodies live once under
 * `objects/ab/<sha256>` (two requests that return the same bytes share one file); each request
 * key maps to a small JSON entry under `entries/` with status, type, hash and expiry. Writes are
 * atomic, and a body whose hash no longer matches is treated as a miss, so a crash or a
 * tampered file never serves partial data. Keys never contain credentials.
 */
export class DiskCache {
  constructor(
    private readonly root: string,
    private readonly clock: Clock,
  ) {}

  /** The cache key of a request: a hash over service, method, URL, body and `Accept`. */
  static key(parts: readonly (string | undefined)[]): string {
    return createHash('sha256').update(JSON.stringify(parts)).digest('hex')
  }

  /** The fresh entry for `key`, or `undefined` (missing, expired, unreadable or corrupt). */
  async get(key: string): Promise<CachedResponse | undefined> {
    let entry: z.infer<typeof Entry>
    try {
      entry = Entry.parse(JSON.parse(await readFile(this.entryPath(key), 'utf8')))
    } catch {
      return undefined
    }
    if (entry.expiresAt <= this.clock.now()) {
      return undefined
    }
    let body: Uint8Array
    try {
      body = await readFile(this.objectPath(entry.sha256))
    } catch {
      return undefined
    }
    if (body.length !== entry.size || sha256(body) !== entry.sha256) {
      return undefined
    }
    return { status: entry.status, contentType: entry.contentType, body, storedAt: entry.storedAt }
  }

  /** Stores a response for `ttlMs` milliseconds. */
  async put(
    key: string,
    response: { status: number; contentType: string | undefined; body: Uint8Array },
    ttlMs: number,
  ): Promise<void> {
    const hash = sha256(response.body)
    await writeFileAtomic(this.objectPath(hash), response.body)
    const now = this.clock.now()
    const entry: z.infer<typeof Entry> = {
      status: response.status,
      contentType: response.contentType,
      sha256: hash,
      size: response.body.length,
      storedAt: now,
      expiresAt: now + ttlMs,
    }
    await writeFileAtomic(this.entryPath(key), JSON.stringify(entry))
  }

  private entryPath(key: string): string {
    return join(this.root, 'entries', key.slice(0, 2), `${key}.json`)
  }

  private objectPath(hash: string): string {
    return join(this.root, 'objects', hash.slice(0, 2), hash)
  }
}

/** Hex SHA-256 of bytes. */
export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}
