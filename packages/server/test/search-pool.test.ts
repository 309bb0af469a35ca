import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ChuhaiError } from '@chuhai/core'
import { buildPatentRecord } from '@chuhai/core/testing'
import { openSqliteDatabase, SqlitePatentStore } from '@chuhai/store-sqlite'
import type { SearchWorkerPool as Pool } from '../src/search/search-pool.js'

// The pool starts compiled workers, so it is tested from the build (`npm run build` runs first).
const DIST = join(import.meta.dirname, '../dist/search/search-pool.js')

describe.skipIf(!existsSync(DIST))('search worker pool (from dist)', () => {
  it('searches on worker threads, sees later writes, and keeps error codes', async () => {
    const { SearchWorkerPool } = (await import(DIST)) as { SearchWorkerPool: typeof Pool }
    const dir = mkdtempSync(join(tmpdir(), 'chuhai-pool-'))
    const path = join(dir, 'p.db')
    const { db } = openSqliteDatabase({ path })
    const store = new SqlitePatentStore(db, [])
    await store.upsert([buildPatentRecord()])
    const pool = new SearchWorkerPool(path, 2)
    try {
      const pages = await Promise.all([pool.search({ q: 'robot' }), pool.search({ q: 'battery' })])
      expect(pages.map((p) => p.hits[0]?.id)).toEqual(['US-10000000-B2', 'US-10000000-B2'])
      await store.upsert([
        buildPatentRecord({
          id: 'US-10000009-B2',
          titles: [{ lang: 'en', text: 'Hexapod walker' }],
        }),
      ])
      expect((await pool.search({ q: 'hexapod' })).total).toBe(1)
      const error = await pool.search({ q: '"' }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ChuhaiError)
      expect((error as ChuhaiError).code).toBe('USAGE')
    } finally {
      await pool.close()
      db.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
