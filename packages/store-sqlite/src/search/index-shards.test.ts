import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { buildPatentRecord } from '@chuhai/core/testing'
import { DEFAULT_RANK_PARAMS, IndexBuilder, MemoryPostingsReader } from '@chuhai/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSqliteStore } from '../sqlite-patent-store.js'
import { buildIndexInShards, SHARD_SQL, storeFile } from './index-shards.js'

// The compiled worker (`npm test` builds first); the TypeScript sources cannot run in a worker.
const WORKER = new URL('../../dist/search/index-shard.worker.js', import.meta.url)
const compiled = existsSync(fileURLToPath(WORKER))

const WORDS =
  'ultrasonic transducer array lens robot gait battery cooling backing layer beam'.split(' ')
let dir: string
let path: string
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chuhai-shards-'))
  path = join(dir, 'store.db')
  const store = createSqliteStore({ path })
  const text = (i: number, n: number): string =>
    Array.from({ length: n }, (_, j) => WORDS[(i * 7 + j * j) % WORDS.length]).join(' ')
  await store.upsert(
    Array.from({ length: 90 }, (_, i) =>
      buildPatentRecord({
        id: `US-${1000000 + i}-B2`,
        publication: { country: 'US', number: String(1000000 + i), kind: 'B2', date: '2018-06-19' },
        titles: [{ lang: 'en', text: text(i, 3) }],
        abstracts: [{ lang: 'en', text: text(i + 1, 25) }],
        descriptions: [{ lang: 'en', text: text(i + 2, 60) }],
        claims: [
          {
            lang: 'en',
            claims: [
              { number: 1, text: `1. ${text(i + 3, 20)}`, dependsOn: [], independent: true },
            ],
          },
        ],
      }),
    ),
  )
  await store.close()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('buildIndexInShards', () => {
  it('names the store file, and none for a database in memory', () => {
    const db = new Database(path, { readonly: true })
    expect(storeFile(db)).toBe(path)
    db.close()
    const memory = new Database(':memory:')
    expect(storeFile(memory)).toBeUndefined()
    memory.close()
  })

  it.skipIf(!compiled)(
    'builds on worker threads exactly the index one builder makes',
    async () => {
      const db = new Database(path, { readonly: true })
      const single = new IndexBuilder(DEFAULT_RANK_PARAMS)
      const rows = db.prepare(SHARD_SQL).iterate(0, Number.MAX_SAFE_INTEGER) as IterableIterator<
        { doc: number } & Record<string, string | null>
      >
      for (const r of rows) {
        single.add(
          {
            title: r.title ?? '',
            abstract: r.abstract ?? '',
            claims: r.claims ?? '',
            description: r.description ?? '',
          },
          r.doc,
        )
      }
      const one = single.build()
      const sharded = await buildIndexInShards(db, path, DEFAULT_RANK_PARAMS, 3, WORKER)
      db.close()
      expect(sharded.docCount).toBe(90)
      expect(sharded.terms).toEqual(one.terms)
      expect([...sharded.df]).toEqual([...one.df])
      expect(sharded.avgLengths).toEqual(one.avgLengths)
      // Blocks differ at shard seams; the decoded postings may not.
      const a = new MemoryPostingsReader(one)
      const b = new MemoryPostingsReader(sharded)
      for (const t of one.terms) {
        expect(b.postings(t)).toEqual(a.postings(t))
      }
    },
    120_000,
  )
})
