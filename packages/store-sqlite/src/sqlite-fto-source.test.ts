import type { LegalEventSet, PatentRecord } from '@chuhai/core/ingest'
import { productQuery, readProduct, runFto } from '@chuhai/core/fto'
import { buildPatentRecord } from '@chuhai/core/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSqliteStore, type SqlitePatentStore } from './sqlite-patent-store.js'

// A small real store: one invention filed in the US (provisional P1), in Europe (P1 and a Chinese
// priority P2) and in Germany (P2 only, German text), with a US application and grant of one
// application; unrelated documents around it; stored legal events for the US grant and the EP
// patent's German part.
const CLAIM =
  'An inspection robot comprising: a battery; an electric motor driven by the battery; and a camera mounted on the head of the robot.'
const P1 = { country: 'US', number: '61000001', date: '2011-03-01' }
const P2 = { country: 'CN', number: '201110000002', date: '2011-04-01' }

function robot(overrides: Partial<PatentRecord> & { id: string }): PatentRecord {
  return buildPatentRecord({
    titles: [{ lang: 'en', text: 'Inspection robot with a camera on its head' }],
    abstracts: [
      { lang: 'en', text: 'A battery drives the electric motor of an inspection robot.' },
    ],
    descriptions: [
      {
        lang: 'en',
        text: 'The inspection robot carries a battery driving an electric motor; a camera is mounted on its head.',
      },
    ],
    claims: [
      {
        lang: 'en',
        claims: [{ number: 1, text: `1. ${CLAIM}`, dependsOn: [], independent: true }],
      },
    ],
    ...overrides,
  })
}

const US_A = robot({
  id: 'US-20120000001-A1',
  publication: { country: 'US', number: '20120000001', kind: 'A1', date: '2012-09-06' },
  application: { country: 'US', number: '13111111', date: '2012-03-01' },
  stage: 'application',
  grantDate: undefined,
  priorityClaims: [P1],
})
const US_B = robot({
  id: 'US-9123456-B2',
  publication: { country: 'US', number: '9123456', kind: 'B2', date: '2015-09-01' },
  application: { country: 'US', number: '13111111', date: '2012-03-01' },
  grantDate: '2015-09-01',
  priorityClaims: [P1],
})
const EP_B = robot({
  id: 'EP-2500000-B1',
  publication: { country: 'EP', number: '2500000', kind: 'B1', date: '2015-02-04' },
  application: { country: 'EP', number: '12150000', date: '2012-03-01' },
  grantDate: '2015-02-04',
  priorityClaims: [P1, P2],
})
const DE_A = robot({
  id: 'DE-102012000003-A1',
  publication: { country: 'DE', number: '102012000003', kind: 'A1', date: '2012-10-04' },
  application: { country: 'DE', number: '102012000003', date: '2012-03-30' },
  stage: 'application',
  grantDate: undefined,
  priorityClaims: [P2],
  titles: [{ lang: 'de', text: 'Inspektionsroboter' }],
  abstracts: [{ lang: 'de', text: 'Ein Akku treibt den Elektromotor eines Inspektionsroboters.' }],
  descriptions: [{ lang: 'de', text: 'Der Inspektionsroboter trägt eine Kamera am Kopf.' }],
  claims: [
    {
      lang: 'de',
      claims: [
        {
          number: 1,
          text: '1. Inspektionsroboter, umfassend: einen Akku; einen Elektromotor; und eine Kamera am Kopf.',
          dependsOn: [],
          independent: true,
        },
      ],
    },
  ],
})
const OTHERS = [
  'pump with an impeller',
  'printer with an ink cartridge',
  'lamp with a reflector',
].map((text, i) =>
  buildPatentRecord({
    id: `US-800000${i}-B2`,
    publication: { country: 'US', number: `800000${i}`, kind: 'B2', date: '2013-01-01' },
    application: { country: 'US', number: `1200000${i}`, date: '2011-01-01' },
    titles: [{ lang: 'en', text: `A ${text}` }],
    abstracts: [{ lang: 'en', text: `A ${text} and a battery.` }],
    descriptions: [{ lang: 'en', text: `The ${text} is described.` }],
  }),
)
const LEGAL: LegalEventSet[] = [
  {
    publication: 'US-9123456-B2',
    events: [
      {
        code: 'EXPY',
        date: '2019-10-07',
        country: 'US',
        description: 'Patent expired due to nonpayment of maintenance fees under 37 CFR 1.362',
      },
    ],
    source: { format: 'test' },
  },
  {
    publication: 'EP-2500000-B1',
    events: [
      { code: 'PG25', date: '2017-05-31', effectiveDate: '2017-03-01', country: 'EP', state: 'DE' },
    ],
    source: { format: 'test' },
  },
]
const PRODUCT = readProduct(
  'Our inspection robot walks through pipes and tunnels. It has a rechargeable battery that drives an electric motor of its wheels, and a camera mounted on the head of the robot records video for the operator.',
  'product',
)

let store: SqlitePatentStore
beforeAll(async () => {
  store = createSqliteStore({ path: ':memory:' })
  await store.upsert([US_A, US_B, EP_B, DE_A, ...OTHERS], { legal: LEGAL })
})
afterAll(async () => store.close())

describe('FTO sources of the SQLite store', () => {
  it('candidates come from the search engine, one hit per family (FTS5 lists each member)', async () => {
    const sources = store.ftoSources('test')
    expect(sources.candidates.id).toBe('search-backend:sqlite')
    const query = productQuery(PRODUCT, { stats: sources.records.statistics })
    const found = await sources.candidates.search(query, { limit: 10 })
    const ids = found.hits.map((h) => h.id)
    expect(ids.filter((id) => id.startsWith('US-2012') || id === 'US-9123456-B2')).toHaveLength(1)
    expect(found.searched).toBe(7)
    const fts = await store.ftoSources('test', { candidates: 'fts5' }).candidates.search(query, {
      limit: 10,
    })
    expect(fts.hits.map((h) => h.id)).toEqual(
      expect.arrayContaining(['US-20120000001-A1', 'US-9123456-B2']),
    )
    // The publication-date cut-off of an FTO run: nothing published after it.
    const early = await sources.candidates.search(query, {
      limit: 10,
      before: '2013-01-01',
      beforeOn: 'publication',
    })
    expect(early.hits.map((h) => h.id)).not.toContain('US-9123456-B2')
    expect(early.hits.map((h) => h.id)).not.toContain('EP-2500000-B1')
  })

  it('a German family member reached only through the families service (a shared Chinese priority)', async () => {
    const sources = store.ftoSources('test')
    const members = (await sources.records.familyMembers(US_B)).map((m) => m.id).sort()
    // DE shares no priority with the US grant: the extended family (via EP's P2) brings it in.
    expect(members).toEqual([
      'DE-102012000003-A1',
      'EP-2500000-B1',
      'US-20120000001-A1',
      'US-9123456-B2',
    ])
    const report = await runFto(
      { product: PRODUCT, countries: ['DE'], asOf: '2016-01-01' },
      sources,
    )
    const de = report.results.find((r) => r.publicationNumber === 'DE-102012000003-A1')
    expect(de?.route).toBe('national')
    expect(de?.foundVia).not.toBe('DE-102012000003-A1')
    expect(report.results.find((r) => r.publicationNumber === 'EP-2500000-B1')?.route).toBe('EP')
  })

  it('status from stored legal events: a US fee lapse and an EP lapse in Germany, dated', async () => {
    const sources = store.ftoSources('test')
    const later = await runFto(
      { product: PRODUCT, countries: ['US', 'DE', 'FR'], asOf: '2020-01-01' },
      sources,
    )
    const us = later.excluded.find((x) => x.publicationNumber === 'US-9123456-B2')
    expect(us?.status).toBe('lapsed')
    expect(us?.term.source).toBe('legal-status')
    expect(us?.term.estimated).toBe(false)
    expect(us?.term.basis.join(' ')).toMatch(/EXPY/u)
    const epDe = later.excluded.find(
      (x) => x.publicationNumber === 'EP-2500000-B1' && x.country === 'DE',
    )
    expect(epDe?.status).toBe('lapsed')
    const epFr = later.results.find(
      (r) => r.publicationNumber === 'EP-2500000-B1' && r.country === 'FR',
    )
    expect(epFr?.status).toBe('in-force')
    expect(epFr?.risk).toBe('high')
    // Before the events: in force, the later lapse named but not applied.
    const earlier = await runFto(
      { product: PRODUCT, countries: ['US', 'DE'], asOf: '2016-06-01' },
      sources,
    )
    const usThen = earlier.results.find((r) => r.publicationNumber === 'US-9123456-B2')
    expect(usThen?.status).toBe('in-force')
    expect(usThen?.term.basis.join(' ')).toMatch(/after the as-of date/u)
    expect(
      earlier.results.find((r) => r.publicationNumber === 'EP-2500000-B1' && r.country === 'DE')
        ?.status,
    ).toBe('in-force')
    // Without stored status (the US application): the term rules decide, marked as an estimate.
    const app = earlier.results.find((r) => r.publicationNumber === 'US-20120000001-A1')
    expect(app).toBeUndefined()
    const deApp = earlier.results.find((r) => r.publicationNumber === 'DE-102012000003-A1')
    expect(deApp?.term.source).toBe('term-rules')
    expect(deApp?.term.estimated).toBe(true)
  })
})
