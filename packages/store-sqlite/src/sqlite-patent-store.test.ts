import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  buildCheckpoint,
  buildFullRecord,
  describePatentStoreConformance,
  recordAt,
} from '@chuhai/core/testing'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { SqliteStoreError } from './errors.js'
import { MIGRATIONS, SCHEMA_VERSION } from './schema/migrations.js'
import { createSqliteStore, type SqlitePatentStore } from './sqlite-patent-store.js'

const dir = mkdtempSync(join(tmpdir(), 'chuhai-store-sqlite-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let files = 0
const tempPath = (): string => join(dir, `store-${++files}.db`)

/** A second, raw connection to a store's file, for what the port does not expose. */
function raw<T>(path: string, read: (db: Database.Database) => T): T {
  const db = new Database(path)
  try {
    return read(db)
  } finally {
    db.close()
  }
}

describePatentStoreConformance('sqlite :memory:', {
  create: () => Promise.resolve(createSqliteStore({ path: ':memory:' })),
})

describePatentStoreConformance('sqlite file (WAL)', {
  create: () => Promise.resolve(createSqliteStore({ path: tempPath() })),
})

const robot = recordAt('US-10000001-B2', '2018-06-19', {
  abstracts: [
    { lang: 'en', text: 'The robot balances its accumulators. Designed by Jörg Müller.' },
  ],
})
const drone = {
  ...robot,
  abstracts: [{ lang: 'en', text: 'A drone hovers over charging stations.' }],
  source: { ...robot.source, produced: '2018-07-01' },
}

describe('SqlitePatentStore', () => {
  it('migrates an empty file to the latest schema, once', async () => {
    const path = tempPath()
    const store = createSqliteStore({ path })
    expect(store.appliedMigrations).toEqual(MIGRATIONS.map((m) => m.name))
    await store.close()
    expect(raw(path, (db) => db.pragma('user_version', { simple: true }))).toBe(SCHEMA_VERSION)
    const again = createSqliteStore({ path })
    expect(again.appliedMigrations).toEqual([])
    await again.close()
  })

  it('refuses a database from a newer build', () => {
    const path = tempPath()
    raw(path, (db) => db.pragma('user_version = 999'))
    expect(() => createSqliteStore({ path })).toThrow(
      expect.objectContaining({ code: 'STORE_SCHEMA_TOO_NEW' }),
    )
  })

  it('keeps records and checkpoints when a file is reopened, also read-only', async () => {
    const path = tempPath()
    const checkpoint = buildCheckpoint({ complete: true })
    const store = createSqliteStore({ path })
    await store.upsert([robot], { checkpoint })
    await store.close()
    const readonly = createSqliteStore({ path, readonly: true })
    expect(await readonly.get(robot.id)).toEqual(robot)
    expect(await readonly.getCheckpoint(checkpoint.source)).toEqual(checkpoint)
    await expect(readonly.upsert([drone])).rejects.toBeInstanceOf(SqliteStoreError)
    await expect(readonly.remove([robot.id])).rejects.toThrow(/read-only/)
    await readonly.close()
  })

  it('refuses to open an unmigrated file read-only', () => {
    const path = tempPath()
    raw(path, (db) => db.exec('CREATE TABLE other (x)'))
    expect(() => createSqliteStore({ path, readonly: true })).toThrow(
      expect.objectContaining({ code: 'STORE_SCHEMA_OUTDATED' }),
    )
  })

  it('puts files in WAL mode', async () => {
    const path = tempPath()
    await createSqliteStore({ path }).close()
    expect(raw(path, (db) => db.pragma('journal_mode', { simple: true }))).toBe('wal')
  })

  it('finds stemmed and unaccented words, and forgets them on replace and remove', async () => {
    const store = createSqliteStore({ path: ':memory:' })
    await store.upsert([robot])
    expect(await store.matchIds('accumulator')).toEqual([robot.id])
    expect(await store.matchIds('balancing AND muller')).toEqual([robot.id])
    expect(await store.matchIds('abstract:accumulators')).toEqual([robot.id])
    expect(await store.matchIds('description:accumulator')).toEqual([])
    await store.upsert([drone])
    expect(await store.matchIds('accumulator OR muller')).toEqual([])
    expect(await store.matchIds('charge')).toEqual([robot.id])
    await store.checkIntegrity()
    await store.remove([robot.id])
    expect(await store.matchIds('charge OR robot')).toEqual([])
    await store.checkIntegrity()
    await store.close()
  })

  it('keeps the FTS index equal to the stored text through inserts, replaces and removes', async () => {
    const store = createSqliteStore({ path: ':memory:' })
    const batch = Array.from({ length: 50 }, (_, i) =>
      recordAt(`US-${10_000_000 + i}-B2`, '2019-01-01'),
    )
    await store.upsert(batch)
    await store.upsert(
      batch.slice(0, 20).map((r) => ({ ...r, titles: [{ lang: 'en', text: `Title ${r.id}` }] })),
    )
    await store.remove(batch.slice(10, 30).map((r) => r.id))
    await expect(store.checkIntegrity()).resolves.toBeUndefined()
    expect(await store.matchIds('title', 100)).toHaveLength(10)
    await store.close()
  })

  it('rolls back records and checkpoint when SQLite fails in the middle of a batch', async () => {
    const path = tempPath()
    const before = buildCheckpoint({ committedOffset: 10 })
    const store = createSqliteStore({ path })
    await store.upsert([robot], { checkpoint: before })
    raw(path, (db) =>
      db.exec(`CREATE TRIGGER boom BEFORE INSERT ON claims WHEN NEW.text = 'boom'
               BEGIN SELECT RAISE(ABORT, 'boom'); END`),
    )
    const failing = recordAt('US-10000009-B2', '2019-01-01', {
      claims: [
        { lang: 'en', claims: [{ number: 1, text: 'boom', dependsOn: [], independent: true }] },
      ],
    })
    const next = { ...before, committedOffset: 99 }
    const fresh = recordAt('US-10000005-B2', '2019-01-01')
    await expect(store.upsert([fresh, drone, failing], { checkpoint: next })).rejects.toThrow(
      'boom',
    )
    expect(await store.get(fresh.id)).toBeUndefined()
    expect(await store.get(robot.id)).toEqual(robot)
    expect(await store.getCheckpoint(before.source)).toEqual(before)
    expect(await store.matchIds('accumulator')).toEqual([robot.id])
    expect(await store.matchIds('drone')).toEqual([])
    await store.checkIntegrity()
    await store.close()
  })

  it('normalises a record into the detail tables', async () => {
    const path = tempPath()
    const store = createSqliteStore({ path })
    await store.upsert([buildFullRecord()])
    await store.close()
    const rows = (sql: string): unknown[] => raw(path, (db) => db.prepare(sql).all())
    expect(
      rows(
        'SELECT country, number, kind, pub_date, app_number, document_type, stage, grant_date, family_docdb, family_inpadoc, claim_count, source_file, source_offset, source_produced FROM publications',
      ),
    ).toEqual([
      {
        country: 'CN',
        number: '216000000',
        kind: 'U',
        pub_date: '2022-03-15',
        app_number: '202122345678',
        document_type: 'utility-model',
        stage: 'grant',
        grant_date: '2022-03-15',
        family_docdb: '80000001',
        family_inpadoc: '80000002',
        claim_count: 3,
        source_file: 'CN_UM_20220315.zip',
        source_offset: 1_048_576,
        source_produced: '2022-03-10',
      },
    ])
    expect(rows('SELECT field, seq, lang FROM texts ORDER BY field, seq')).toEqual([
      { field: 'abstract', seq: 0, lang: 'zh' },
      { field: 'abstract', seq: 1, lang: 'en' },
      { field: 'abstract', seq: 2, lang: 'und' },
      { field: 'description', seq: 0, lang: 'zh' },
      { field: 'description', seq: 1, lang: 'en' },
      { field: 'title', seq: 0, lang: 'zh' },
      { field: 'title', seq: 1, lang: 'en' },
    ])
    expect(
      rows(
        'SELECT set_seq, lang, number, depends_on, independent, cancelled FROM claims ORDER BY set_seq, seq',
      ),
    ).toEqual([
      { set_seq: 0, lang: 'zh', number: 1, depends_on: '[]', independent: 1, cancelled: null },
      { set_seq: 0, lang: 'zh', number: 2, depends_on: '[1]', independent: 0, cancelled: null },
      { set_seq: 1, lang: 'en', number: 1, depends_on: '[]', independent: 1, cancelled: null },
      { set_seq: 1, lang: 'en', number: 2, depends_on: '[]', independent: 0, cancelled: 1 },
      { set_seq: 1, lang: 'en', number: 3, depends_on: '[1,2]', independent: 0, cancelled: 0 },
    ])
    expect(
      rows(
        `SELECT role, name, kind, country FROM parties WHERE role IN ('inventor', 'agent') ORDER BY role, seq`,
      ),
    ).toEqual([
      { role: 'agent', name: 'Beijing Example IP Law Firm', kind: 'organization', country: null },
      { role: 'inventor', name: 'Zhang, Wei', kind: 'person', country: 'CN' },
      { role: 'inventor', name: 'Müller, Jörg', kind: 'person', country: 'DE' },
    ])
    expect(rows('SELECT COUNT(*) AS n FROM parties')).toEqual([{ n: 6 }])
    expect(rows('SELECT scheme, symbol, role FROM classifications ORDER BY seq')).toEqual([
      { scheme: 'cpc', symbol: 'H02J 7/0014', role: 'inventive' },
      { scheme: 'ipc', symbol: 'H01M 10/44', role: 'additional' },
      { scheme: 'uspc', symbol: '320/116', role: null },
    ])
    expect(
      rows(
        'SELECT cited_ref, cited_kind, cited_date, npl IS NOT NULL AS npl, category FROM citations ORDER BY seq',
      ),
    ).toEqual([
      {
        cited_ref: 'US-9000000-B2',
        cited_kind: 'B2',
        cited_date: '2015-04-07',
        npl: 0,
        category: 'examiner',
      },
      { cited_ref: null, cited_kind: null, cited_date: null, npl: 1, category: 'applicant' },
    ])
    expect(rows('SELECT relation, number FROM related_documents ORDER BY seq')).toEqual([
      { relation: 'continuation', number: '16123456' },
      { relation: 'provisional', number: '62000001' },
    ])
    expect(rows('SELECT country, number, date, kind FROM priority_claims')).toEqual([
      { country: 'US', number: '63/123,456', date: '2020-10-01', kind: 'national' },
    ])
  })

  it('serves lookups from indexes', async () => {
    const path = tempPath()
    await createSqliteStore({ path }).close()
    const plan = (query: string): string =>
      raw(path, (db) =>
        db
          .prepare(`EXPLAIN QUERY PLAN ${query}`)
          .all()
          .map((row) => (row as { detail: string }).detail)
          .join('; '),
      )
    expect(plan(`SELECT id FROM publications WHERE country = 'US' AND number = '1'`)).toMatch(
      /USING INDEX publications_number/,
    )
    expect(
      plan(`SELECT doc FROM classifications WHERE symbol >= 'G06N' AND symbol < 'G06O'`),
    ).toMatch(/USING COVERING INDEX classifications_symbol/)
    expect(plan(`SELECT doc FROM citations WHERE cited_ref = 'US-1-A'`)).toMatch(
      /USING COVERING INDEX citations_cited_ref/,
    )
    expect(plan(`SELECT doc FROM parties WHERE name = 'acme' COLLATE NOCASE`)).toMatch(
      /USING COVERING INDEX parties_name/,
    )
  })

  it('closes once and refuses calls afterwards', async () => {
    const store: SqlitePatentStore = createSqliteStore({ path: ':memory:' })
    await store.close()
    await store.close()
    await expect(store.count()).rejects.toThrow(expect.objectContaining({ code: 'STORE_CLOSED' }))
  })
})
