import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildPatentRecord } from '@chuhai/core/testing'
import Database from 'better-sqlite3'
import { parseQuery, type PatentRecord } from '@chuhai/core'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSqliteStore, type SqlitePatentStore } from '../sqlite-patent-store.js'
import type { SqliteSearchBackend } from './sqlite-search-backend.js'

function rec(
  id: string,
  title: string,
  abstract: string,
  extra: Partial<PatentRecord> = {},
): PatentRecord {
  const [country = 'US', number = '1'] = id.split('-')
  return buildPatentRecord({
    id,
    publication: {
      country,
      number,
      kind: id.split('-')[2] ?? 'A1',
      date: extra.publication?.date ?? '2018-06-19',
    },
    titles: [{ lang: 'en', text: title }],
    abstracts: [{ lang: 'en', text: abstract }],
    descriptions: [{ lang: 'en', text: abstract }],
    claims: [
      {
        lang: 'en',
        claims: [{ number: 1, text: `1. ${abstract}`, dependsOn: [], independent: true }],
      },
    ],
    ...extra,
  })
}

const DOCS = [
  rec(
    'US-1000001-B2',
    'Ultrasonic transducer array',
    'A phased array of ultrasonic transducers steers the beam electronically.',
    {
      classifications: [{ scheme: 'cpc', symbol: 'A61B 8/4483' }],
      family: { docdb: 'F1' },
    },
  ),
  rec(
    'EP-2000002-A1',
    'Ultrasonic transducer array with lens',
    'A phased array of ultrasonic transducers focuses through an acoustic lens.',
    {
      classifications: [{ scheme: 'cpc', symbol: 'A61B 8/4488' }],
      family: { docdb: 'F1' },
      publication: { country: 'EP', number: '2000002', kind: 'A1', date: '2019-03-01' },
    },
  ),
  rec(
    'US-1000003-A1',
    'Legged robot gait control',
    'A legged robot controls its gait with a neural network trained on terrain data.',
    {
      classifications: [{ scheme: 'cpc', symbol: 'G06N 3/08' }],
      publication: { country: 'US', number: '1000003', kind: 'A1', date: '2021-05-01' },
      priorityClaims: [{ country: 'US', number: '62000003', date: '2020-01-15' }],
    },
  ),
  rec(
    'CN-1000004-A',
    'Battery pack cooling',
    'Cooling plates between battery cells remove heat from the pack of an electric vehicle.',
    {
      publication: { country: 'CN', number: '1000004', kind: 'A', date: '2015-02-02' },
    },
  ),
  rec(
    'US-1000005-B1',
    'Transducer backing layer',
    'An acoustic backing layer behind the transducer absorbs the ultrasonic energy of the array.',
    {
      publication: { country: 'US', number: '1000005', kind: 'B1', date: '2012-01-01' },
    },
  ),
]

let store: SqlitePatentStore
let search: SqliteSearchBackend
beforeEach(async () => {
  store = createSqliteStore({ path: ':memory:' })
  await store.upsert(DOCS)
  search = store.search()
})
afterEach(async () => {
  await store.close()
})

const ids = async (q: string, options = {}) =>
  (await search.search(parseQuery(q), { collapseFamilies: false, ...options })).hits.map(
    (h) => h.id,
  )

describe('SqliteSearchBackend', () => {
  it('builds its index on first use and knows when it is stale', async () => {
    expect(search.isCurrent()).toBe(false)
    expect(await search.refresh()).toBe(5)
    expect(search.isCurrent()).toBe(true)
    await store.upsert([rec('US-1000006-A1', 'Gripper', 'A soft gripper.')])
    expect(search.isCurrent()).toBe(false)
  })

  it('AND, OR, NOT and fields', async () => {
    expect((await ids('ultrasonic AND lens')).sort()).toEqual(['EP-2000002-A1'])
    expect((await ids('battery OR gait')).sort()).toEqual(['CN-1000004-A', 'US-1000003-A1'])
    expect((await ids('transducer NOT lens')).sort()).toEqual(['US-1000001-B2', 'US-1000005-B1'])
    expect(await ids('ti:backing')).toEqual(['US-1000005-B1'])
    expect(await ids('ti:acoustic')).toEqual([])
  })

  it('phrases and NEAR are checked on the text', async () => {
    expect((await ids('"phased array"')).sort()).toEqual(['EP-2000002-A1', 'US-1000001-B2'])
    expect(await ids('"array phased"')).toEqual([])
    expect(await ids('backing NEAR/2 transducer')).toEqual(['US-1000005-B1'])
    expect(await ids('cooling NEAR/1 vehicle')).toEqual([])
  })

  it('a phrase that fails its check under OR leaves the other branch to decide', async () => {
    // "array phased" holds nowhere; the OR still returns what ti:backing finds.
    expect(await ids('"array phased" OR ti:backing')).toEqual(['US-1000005-B1'])
    expect((await ids('"phased array" OR ti:backing')).sort()).toEqual([
      'EP-2000002-A1',
      'US-1000001-B2',
      'US-1000005-B1',
    ])
    // Under AND the failed phrase still excludes.
    expect(await ids('"array phased" AND transducer')).toEqual([])
    expect(await ids('(cooling NEAR/1 vehicle) OR battery')).toEqual(['CN-1000004-A'])
  })

  it('truncation and keyword fields', async () => {
    expect((await ids('transduc*')).length).toBe(3)
    expect(await ids('cpc:G06N')).toEqual(['US-1000003-A1'])
    expect((await ids('cpc:A61B8/44')).sort()).toEqual(['EP-2000002-A1', 'US-1000001-B2'])
    expect(await ids('ultrasonic AND cc:EP')).toEqual(['EP-2000002-A1'])
    expect(await ids('ultrasonic AND cc:ep')).toEqual(['EP-2000002-A1'])
    expect(await ids('ultrasonic AND cc:JP')).toEqual([])
    expect(await ids('pn:"US 1,000,005 B1"')).toEqual(['US-1000005-B1'])
    expect(await ids('array AND pd:[2010 TO 2013]')).toEqual(['US-1000005-B1'])
  })

  it('natural language ranks the closest documents first, with filters', async () => {
    const q = parseQuery(
      'an ultrasound probe with a phased array of ultrasonic transducers and an acoustic lens',
    )
    const page = await search.search(q, { collapseFamilies: false })
    expect(page.hits[0]!.id).toBe('EP-2000002-A1')
    expect(page.hits.map((h) => h.id)).not.toContain('CN-1000004-A')
    const before = await search.search(q, {
      collapseFamilies: false,
      filters: { before: '2016-01-01' },
    })
    expect(before.hits.every((h) => (h.priorityDate ?? '') < '2016-01-01')).toBe(true)
    const us = await search.search(q, {
      filters: { countries: ['US'], excludePublications: ['US1000005B1'] },
    })
    expect(us.hits.map((h) => h.id)).toEqual(['US-1000001-B2'])
  })

  it('collapses families, highlights snippets and counts facets', async () => {
    const page = await search.search(parseQuery('phased array ultrasonic transducers'), {
      facets: ['country', 'cpc'],
    })
    const family = page.hits.filter((h) => h.familyId === 'F1')
    expect(family).toHaveLength(1)
    const snippet = page.hits[0]!.snippets[0]!
    const marked = snippet.highlights.map(([a, b]) => snippet.text.slice(a, b).toLowerCase())
    expect(marked).toContain('phased')
    expect(page.facets?.country?.map((f) => f.key)).toContain('US')
    expect(page.facets?.cpc?.map((f) => f.key)).toContain('A61B')
  })

  it('ranks a WeightedQuery and fuses a dense signal', async () => {
    const page = await search.search(
      {
        language: 'zh',
        concepts: [
          {
            forms: [
              { text: 'battery', weight: 1 },
              { text: 'cell', weight: 0.5 },
            ],
            weight: 1,
            source: 'translation',
          },
        ],
      },
      { collapseFamilies: false },
    )
    expect(page.hits[0]!.id).toBe('CN-1000004-A')
    const dense = await search.search(parseQuery('transducer array'), {
      collapseFamilies: false,
      dense: {
        weight: 0.9,
        score: (list) =>
          Promise.resolve(new Map(list.map((id) => [id, id === 'US-1000005-B1' ? 1 : 0]))),
      },
    })
    expect(dense.hits[0]!.id).toBe('US-1000005-B1')
  })

  it('rejects a query of only NOT', async () => {
    await expect(search.search(parseQuery('NOT battery'))).rejects.toThrow(/positive clause/)
  })
})

describe('SqliteSearchBackend forward index (ADR 0020)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chuhai-forward-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const QUERIES = [
    '"phased array"',
    '"array phased"',
    '"array of ultrasonic"',
    '"array of the ultrasonic"',
    'backing NEAR/2 transducer',
    'cooling NEAR/1 vehicle',
    'transduc* NEAR/3 array',
    '"array phased" OR ti:backing',
    'ti:"transducer array" AND cc:EP',
    'cl:(phased NEAR/1 array) AND pd:[2017 TO 2020]',
    '(cooling NEAR/1 vehicle) OR battery',
  ]
  const raw = <T>(path: string, f: (db: Database.Database) => T): T => {
    const db = new Database(path)
    try {
      return f(db)
    } finally {
      db.close()
    }
  }

  it('stores one record per document, and checks with it exactly as on the text', async () => {
    const path = join(dir, 'forward.db')
    const s = createSqliteStore({ path })
    try {
      await s.upsert(DOCS)
      await s.search().refresh()
      expect(
        raw(path, (db) => db.prepare('SELECT count(*) AS n FROM search_forward').get()),
      ).toEqual({ n: 5 })
      const run = async (): Promise<string[][]> => {
        const backend = s.search()
        const out: string[][] = []
        for (const q of QUERIES) {
          const page = await backend.search(parseQuery(q), { collapseFamilies: false })
          out.push([`${page.total}${page.totalIsExact ? '' : '~'}`, ...page.hits.map((h) => h.id)])
        }
        return out
      }
      const withForward = await run()
      expect(withForward.flat().filter((x) => x.includes('-')).length).toBeGreaterThan(8)
      // Without a current forward index, checks fall back to the text: the same hits.
      raw(path, (db) => db.exec('DELETE FROM search_forward_info'))
      expect(await run()).toEqual(withForward)
      // refresh() rebuilds a missing forward index beside a current impact index.
      await s.search().refresh()
      expect(
        raw(path, (db) => db.prepare('SELECT count(*) AS n FROM search_forward_info').get()),
      ).toEqual({ n: 2 })
      expect(await run()).toEqual(withForward)
      // A new document: the impact index and the forward index are rebuilt together.
      await s.upsert([rec('US-1000006-A1', 'Phased array gripper', 'A phased array gripper.')])
      await s.search().refresh()
      expect(
        (await s.search().search(parseQuery('"phased array" AND ti:gripper'))).hits,
      ).toHaveLength(1)
    } finally {
      await s.close()
    }
  })
})
