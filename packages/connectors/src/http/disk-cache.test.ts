import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DiskCache, sha256 } from './disk-cache.js'

describe('DiskCache', () => {
  const body = new TextEncoder().encode('<ops:world-patent-data/>')
  it('returns a stored response until its TTL ends', async () => {
    let now = 0
    const cache = new DiskCache(mkdtempSync(join(tmpdir(), 'chuhai-cache-')), { now: () => now })
    const key = DiskCache.key(['EPO OPS', 'GET', 'https://ops/x', undefined, 'application/xml'])
    await cache.put(key, { status: 200, contentType: 'application/xml', body }, 1000)
    expect(Buffer.from((await cache.get(key))!.body)).toEqual(Buffer.from(body))
    now = 999
    expect(await cache.get(key)).toBeDefined()
    now = 1000
    expect(await cache.get(key)).toBeUndefined()
  })

  it('stores equal bodies once (content-addressed) and ignores a corrupted object', async () => {
    const root = mkdtempSync(join(tmpdir(), 'chuhai-cache-'))
    const cache = new DiskCache(root, { now: () => 0 })
    await cache.put('a'.repeat(64), { status: 200, contentType: undefined, body }, 10_000)
    await cache.put('b'.repeat(64), { status: 200, contentType: undefined, body }, 10_000)
    const hash = sha256(body)
    expect(readdirSync(join(root, 'objects', hash.slice(0, 2)))).toEqual([hash])
    writeFileSync(join(root, 'objects', hash.slice(0, 2), hash), 'tampered')
    expect(await cache.get('a'.repeat(64))).toBeUndefined()
  })

  it('keys differ by request body and never by time', () => {
    expect(DiskCache.key(['Lens', 'POST', 'u', '{"a":1}'])).not.toBe(
      DiskCache.key(['Lens', 'POST', 'u', '{"a":2}']),
    )
    expect(DiskCache.key(['Lens', 'POST', 'u', '{"a":1}'])).toBe(
      DiskCache.key(['Lens', 'POST', 'u', '{"a":1}']),
    )
  })
})
