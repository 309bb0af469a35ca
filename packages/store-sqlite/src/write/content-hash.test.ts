import { createHash } from 'node:crypto'
import { contentHash as coreContentHash } from '@chuhai/core/ingest'
import { buildFullRecord } from '@chuhai/core/testing'
import { describe, expect, it } from 'vitest'
import { createSqliteStore } from '../sqlite-patent-store.js'
import { contentHash, legacyContentHash } from './content-hash.js'

const record = buildFullRecord()

describe('content hash', () => {
  it('is the same whether a parse worker (core + sha1) or the store computes it', () => {
    expect(coreContentHash(record, () => createHash('sha1'))).toBe(contentHash(record))
  })

  it('ignores where the document was read, but not a change of text', () => {
    const moved = { ...record, source: { ...record.source, file: 'other.zip', offset: 99 } }
    expect(contentHash(moved)).toBe(contentHash(record))
    const edited = { ...record, titles: [{ lang: 'en', text: 'Another title' }] }
    expect(contentHash(edited)).not.toBe(contentHash(record))
  })

  it('lets an upsert with precomputed hashes be a no-op on identical content', async () => {
    const store = createSqliteStore({ path: ':memory:' })
    const given = [contentHash(record)]
    expect(await store.upsert([record], { contentHashes: given })).toMatchObject({ inserted: 1 })
    expect(await store.upsert([record])).toMatchObject({ unchanged: 1 })
    expect(await store.upsert([record], { contentHashes: given })).toMatchObject({ unchanged: 1 })
    await store.close()
  })

  it('keeps a row hashed the old way unchanged when the same record comes again (ADR 0023)', async () => {
    const store = createSqliteStore({ path: ':memory:' })
    const old = legacyContentHash(record)
    expect(old).not.toBe(contentHash(record))
    // A database written before the hash changed: the row holds the legacy hash.
    expect(await store.upsert([record], { contentHashes: [old] })).toMatchObject({ inserted: 1 })
    expect(await store.upsert([record])).toMatchObject({ unchanged: 1, replaced: 0 })
    const edited = { ...record, titles: [{ lang: 'en', text: 'Another title' }] }
    expect(await store.upsert([edited])).toMatchObject({ replaced: 1 })
    expect(await store.upsert([edited])).toMatchObject({ unchanged: 1 })
    await store.close()
  })
})
