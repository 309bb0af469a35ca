import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeDocketStoreConformance, newMatter } from '@chuhai/core/testing'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { MIGRATIONS, SCHEMA_VERSION } from './schema/migrations.js'
import { createSqliteDocketStore } from './sqlite-docket-store.js'
import { createSqliteStore } from './sqlite-patent-store.js'

const dir = mkdtempSync(join(tmpdir(), 'chuhai-docket-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let files = 0
const tempPath = (): string => join(dir, `docket-${++files}.db`)

describeDocketStoreConformance('sqlite :memory:', {
  create: () => Promise.resolve(createSqliteDocketStore({ path: ':memory:' })),
})

describeDocketStoreConformance('sqlite file (WAL)', {
  create: () => Promise.resolve(createSqliteDocketStore({ path: tempPath() })),
})

describe('SqliteDocketStore', () => {
  it('appends the docket migration after the patent schema, in the same database', async () => {
    // Versions rise strictly; each area owns a block (docket 4, offices 10–29, …), so gaps are fine.
    const versions = MIGRATIONS.map((m) => m.version)
    expect(versions.slice(0, 4)).toEqual([1, 2, 3, 4])
    expect(versions.every((v, i) => i === 0 || v > versions[i - 1]!)).toBe(true)
    expect(MIGRATIONS.some((m) => m.name === 'create-docket')).toBe(true)
    const path = tempPath()
    const patents = createSqliteStore({ path })
    await patents.close()
    const docket = createSqliteDocketStore({ path })
    await docket.addMatter(newMatter())
    await docket.close()
    const db = new Database(path)
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()
      expect(tables).toEqual(
        expect.arrayContaining(['publications', 'docket_matters', 'docket_events']),
      )
    } finally {
      db.close()
    }
  })

  it('keeps matters and events across reopening; the patent store opens the same file', async () => {
    const path = tempPath()
    const first = createSqliteDocketStore({ path })
    await first.addMatter(newMatter())
    await first.addEvent({ matterId: 'M1', type: 'office_action', date: '2026-09-01' })
    await first.close()
    const again = createSqliteDocketStore({ path })
    expect((await again.listMatters()).map((m) => m.id)).toEqual(['M1'])
    expect((await again.listEvents('M1')).map((e) => e.id)).toEqual(['E1'])
    expect((await again.addMatter(newMatter())).id).toBe('M2')
    await again.close()
    const patents = createSqliteStore({ path })
    expect(patents.appliedMigrations).toEqual([])
    await patents.close()
  })
})
