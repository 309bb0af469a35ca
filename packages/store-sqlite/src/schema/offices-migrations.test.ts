import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { familyKeys, type PatentRecord } from '@chuhai/core/ingest'
import { buildPatentRecord } from '@chuhai/core/testing'
import { createSqliteStore } from '../sqlite-patent-store.js'
import { OFFICES_MIGRATIONS } from './offices-migrations.js'

/** Spellings of applications as the sources write them, with and without dates. */
const RECORDS: PatentRecord[] = [
  buildPatentRecord({
    id: 'EP-1000000-A1',
    priorityClaims: [{ country: 'NL', number: '19981010536', date: '1998-11-12' }],
  }),
  buildPatentRecord({
    id: 'NL-1010536-C2',
    application: { country: 'NL', number: '1010536', date: '1998-11-12' },
    priorityClaims: [],
  }),
  buildPatentRecord({
    id: 'EP-2400812-A1',
    priorityClaims: [{ country: 'EP', number: '20100167109', date: '2010-06-24' }],
  }),
  buildPatentRecord({
    id: 'US-9648662-B2',
    priorityClaims: [{ country: 'EP', number: '10167109', date: '2010-06-24' }],
  }),
  buildPatentRecord({
    id: 'US-10000000-B2',
    priorityClaims: [{ country: 'CN', number: '2019 1087 0001.X', date: '2019-09-10' }],
    relatedDocuments: [
      {
        relation: 'provisional',
        document: { country: 'US', number: 'US201962900001P', date: '2019-09-10' },
      },
    ],
  }),
  buildPatentRecord({
    id: 'US-10000001-B2',
    application: { country: 'US', number: '16/123,456', date: '2016-01-04' },
    priorityClaims: [{ country: 'JP', number: "2015-000123 (P)'" }],
  }),
  buildPatentRecord({ id: 'US-10000002-B2', application: undefined, priorityClaims: [] }),
]

describe('migration 100: canonical family keys', () => {
  it('rebuilds exactly the keys the write path gives (familyKeys)', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'chuhai-keys-')), 'k.db')
    const store = createSqliteStore({ path })
    await store.upsert(RECORDS)
    await store.close()
    const db = new Database(path)
    try {
      const read = (): { key: string; id: string }[] =>
        db
          .prepare(
            'SELECT k.key, p.id FROM family_keys k JOIN publications p ON p.doc = k.doc ORDER BY p.id, k.key',
          )
          .all() as { key: string; id: string }[]
      const written = read()
      expect(written).toEqual(
        RECORDS.flatMap((r) => familyKeys(r).map((key) => ({ key, id: r.id }))).sort(
          (a, b) => a.id.localeCompare(b.id) || a.key.localeCompare(b.key),
        ),
      )
      db.exec('DELETE FROM family_keys')
      db.exec(OFFICES_MIGRATIONS.find((m) => m.version === 100)!.sql)
      expect(read()).toEqual(written)
    } finally {
      db.close()
    }
  })

  it('lets EPODOC, DOCDB and office spellings of one application meet', () => {
    const keyOf = (id: string): string[] => familyKeys(RECORDS.find((r) => r.id === id)!)
    expect(keyOf('EP-1000000-A1')).toEqual(keyOf('NL-1010536-C2'))
    expect(keyOf('EP-2400812-A1')).toEqual(['EP:167109'])
    expect(keyOf('US-9648662-B2')).toEqual(['EP:167109'])
    expect(keyOf('US-10000000-B2')).toEqual(['CN:10870001', 'US:62900001'])
    expect(keyOf('US-10000002-B2')).toEqual(['PUB:US-10000002-B2'])
  })
})
