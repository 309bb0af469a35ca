import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { resolveCitations, resolveFamily } from '@chuhai/core/family'
import type { PatentRecord } from '@chuhai/core/ingest'
import { buildPatentRecord } from '@chuhai/core/testing'
import { migrate, MIGRATIONS } from './schema/migrations.js'
import { createSqliteStore } from './sqlite-patent-store.js'

const record = (id: string, overrides: Partial<PatentRecord> = {}): PatentRecord => {
  const [country = 'US', number = '1', kind] = id.split('-')
  return buildPatentRecord({
    id,
    publication: { country, number, kind, date: '2021-03-01' },
    stage: kind?.startsWith('B') ? 'grant' : 'application',
    titles: [{ lang: 'en', text: `Title of ${id}` }],
    citations: [],
    ...overrides,
  })
}

const prio = (country: string, number: string, date = '2019-09-13') => ({ country, number, date })

describe('SqliteFamilyStore', () => {
  it('finds simple and extended members through shared priorities, with loops', async () => {
    const store = createSqliteStore({ path: ':memory:' })
    await store.upsert([
      record('US-20210078168-A1', {
        application: { country: 'US', number: '17018123' },
        priorityClaims: [prio('US', '62/900,001')],
      }),
      record('EP-3792345-A1', { priorityClaims: [prio('US', '62900001')] }),
      // Claims the US priority and a second one: simple family of its own, same extended family.
      record('CN-112476429-A', {
        priorityClaims: [prio('US', '62900001'), prio('CN', '201910870001')],
      }),
      // Reached only through the CN priority; and a loop back through both priorities.
      record('JP-2021012345-A', { priorityClaims: [prio('CN', '201910870001')] }),
      record('KR-1020210001-A', {
        priorityClaims: [prio('CN', '201910870001'), prio('US', '62900001')],
      }),
      record('US-11111111-B2', { application: { country: 'US', number: '99999999' } }),
    ])
    const view = await resolveFamily(store.families(), 'EP-3792345-A1')
    expect(view?.members.map((m) => [m.id, m.relation])).toEqual([
      ['CN-112476429-A', 'extended'],
      ['EP-3792345-A1', 'simple'],
      ['JP-2021012345-A', 'extended'],
      ['KR-1020210001-A', 'extended'],
      ['US-20210078168-A1', 'simple'],
    ])
    expect(Object.keys(view!.byCountry)).toEqual(['CN', 'EP', 'JP', 'KR', 'US'])
    expect(view?.priorities).toEqual(['US 62900001 (2019-09-13)'])
    expect(view?.members.find((m) => m.id === 'EP-3792345-A1')?.status).toEqual({
      status: 'pending',
      source: 'derived',
    })
    const capped = await resolveFamily(store.families(), 'EP-3792345-A1', { maxMembers: 2 })
    expect(capped?.truncated).toBe(true)
    expect(capped?.members).toHaveLength(2)
    await store.close()
  })

  it('uses the DOCDB family id where the source gives one, and a legal-status reader when given', async () => {
    const store = createSqliteStore({ path: ':memory:' })
    await store.upsert([
      record('EP-1000000-B1', {
        family: { docdb: '555' },
        priorityClaims: [prio('EP', '99100001')],
      }),
      // Same DOCDB family, priority spelt so differently that even canonical keys cannot meet.
      record('US-6000000-B1', {
        family: { docdb: '555' },
        priorityClaims: [prio('EP', '1999-100001 A')],
      }),
    ])
    const view = await resolveFamily(store.families(), 'EP-1000000-B1', {
      legalStatus: {
        legalStatus: (ids) =>
          Promise.resolve(
            new Map(
              ids
                .filter((i) => i.startsWith('EP'))
                .map((i) => [
                  i,
                  {
                    publication: i,
                    status: 'lapsed' as const,
                    since: '2020-01-01',
                    event: { code: 'PG25' },
                    basis: 'rule' as const,
                    rulesVersion: 'test',
                  },
                ]),
            ),
          ),
      },
    })
    expect(view?.docdbFamily).toBe('555')
    expect(view?.members.map((m) => [m.id, m.relation, m.status.status, m.status.source])).toEqual([
      ['EP-1000000-B1', 'simple', 'lapsed', 'legal-status'],
      ['US-6000000-B1', 'simple', 'granted', 'derived'],
    ])
    await store.close()
  })

  it('resolves backward and forward citations, across kinds, and drops keys with the record', async () => {
    const store = createSqliteStore({ path: ':memory:' })
    const cite = (ref: string) => ({
      document: { country: ref.split('-')[0]!, number: ref.split('-')[1]! },
      documentRef: ref,
      category: 'examiner' as const,
    })
    await store.upsert([
      record('US-3166731', { citations: [] }),
      record('US-5000000-B1', {
        citations: [cite('US-3166731-A'), cite('EP-0000067-A1')],
        citedBy: [{ country: 'US', number: '9999999', kind: 'B2' }],
      }),
      record('US-7000000-B2', { citations: [cite('US-5000000-B1')] }),
    ])
    const families = store.families()
    const view = await resolveCitations(families, 'US-5000000-B1')
    expect(view?.backward).toEqual([
      { ref: 'US-3166731-A', stored: 'US-3166731' },
      { ref: 'EP-0000067-A1' },
    ])
    expect(view?.forward).toEqual([
      { ref: 'US-7000000-B2', stored: 'US-7000000-B2' },
      { ref: 'US-9999999-B2' },
    ])
    expect((await resolveCitations(families, 'US-3166731'))?.forward).toEqual([
      { ref: 'US-5000000-B1', stored: 'US-5000000-B1' },
    ])
    await store.remove(['US-7000000-B2'])
    expect((await resolveCitations(families, 'US-5000000-B1'))?.forward).toEqual([
      { ref: 'US-9999999-B2' },
    ])
    await store.close()
  })

  it('migration 10 fills priority dates and family keys for rows stored before it', () => {
    const db = new Database(join(mkdtempSync(join(tmpdir(), 'chuhai-fam-')), 'old.db'))
    db.pragma('foreign_keys = ON')
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 10),
    )
    const add = db.prepare(
      `INSERT INTO publications (doc, id, country, number, document_type, stage, source_format, content_hash, record, app_country, app_number, app_date)
       VALUES (?, ?, 'US', ?, 'utility', 'grant', 'test', 'h', '{}', 'US', ?, ?)`,
    )
    add.run(1, 'US-1-B2', '1', '16/123,456', '2016-01-04')
    add.run(2, 'US-2-B2', '2', '16/999,999', '2016-05-05')
    add.run(3, 'EP-3-A1', '3', null, null)
    db.prepare(
      `INSERT INTO priority_claims (doc, seq, country, number, date) VALUES (2, 0, 'CN', '2015 1000.1', '2015-06-01')`,
    ).run()
    migrate(db)
    expect(db.prepare('SELECT id, priority_date FROM publications ORDER BY doc').all()).toEqual([
      { id: 'US-1-B2', priority_date: '2016-01-04' },
      { id: 'US-2-B2', priority_date: '2015-06-01' },
      { id: 'EP-3-A1', priority_date: null },
    ])
    // Keys as migration 100 leaves them (canonical: the filing year dropped, ADR 0019).
    expect(db.prepare('SELECT key, doc FROM family_keys ORDER BY doc').all()).toEqual([
      { key: 'US:123456', doc: 1 },
      { key: 'CN:10001', doc: 2 },
      { key: 'PUB:EP-3-A1', doc: 3 },
    ])
    db.close()
  })
})
