import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ChuhaiError } from '@chuhai/core'
import { buildPatentRecord } from '@chuhai/core/testing'
import { openSqliteDatabase, SqlitePatentStore } from '@chuhai/store-sqlite'
import type { SearchWorkerPool as Pool } from '../src/search/search-pool.js'
import type { SearchIndexer as Indexer } from '../src/search/search-indexer.js'

// The pool and the indexer start compiled workers, so they are tested from the build.
const DIST = join(import.meta.dirname, '../dist/search')

describe.skipIf(!existsSync(join(DIST, 'search-pool.js')))('search workers (from dist)', () => {
  it('builds the index off-thread, searches it on workers, reloads it after a rebuild, keeps error codes', async () => {
    const { SearchWorkerPool } = (await import(join(DIST, 'search-pool.js'))) as {
      SearchWorkerPool: typeof Pool
    }
    const { SearchIndexer } = (await import(join(DIST, 'search-indexer.js'))) as {
      SearchIndexer: typeof Indexer
    }
    const dir = mkdtempSync(join(tmpdir(), 'chuhai-pool-'))
    const path = join(dir, 'p.db')
    const { db } = openSqliteDatabase({ path })
    const store = new SqlitePatentStore(db, [])
    await store.upsert([buildPatentRecord()])
    const pool = new SearchWorkerPool(path, 2)
    const indexer = new SearchIndexer(db, path, () => pool.reload())
    try {
      expect(indexer.state()).toMatchObject({ built: false, current: false })
      await indexer.refresh()
      expect(indexer.state()).toMatchObject({ built: true, current: true, building: false })
      const pages = await Promise.all([pool.search({ q: 'robot' }), pool.search({ q: 'battery' })])
      expect(pages.map((p) => p.hits[0]?.id)).toEqual(['US-10000000-B2', 'US-10000000-B2'])
      await store.upsert([
        buildPatentRecord({
          id: 'US-10000009-B2',
          publication: { country: 'US', number: '10000009', kind: 'B2', date: '2019-01-01' },
          application: { country: 'US', number: '15000009', date: '2017-01-01' },
          titles: [{ lang: 'en', text: 'Hexapod walker' }],
        }),
      ])
      // The stale index is still searched while the store changed…
      expect(indexer.state().current).toBe(false)
      expect((await pool.search({ q: 'ti:hexapod' })).total).toBe(0)
      // …and the rebuilt one once the indexer is done.
      await indexer.refresh()
      expect((await pool.search({ q: 'ti:hexapod' })).hits.map((h) => h.id)).toEqual([
        'US-10000009-B2',
      ])
      const error = await pool
        .search({ q: 'robot AND (gait', mode: 'boolean' })
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ChuhaiError)
      expect((error as ChuhaiError).code).toBe('QUERY_SYNTAX')
    } finally {
      await indexer.close()
      await pool.close()
      db.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
