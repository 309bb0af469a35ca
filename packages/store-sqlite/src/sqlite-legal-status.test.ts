import { buildPatentRecord, createMemoryPatentStore } from '@chuhai/core/testing'
import type { LegalEventSet } from '@chuhai/core/ingest'
import { readsLegalStatus } from '@chuhai/core/ingest'
import { describe, expect, it } from 'vitest'
import { createSqliteStore } from './sqlite-patent-store.js'

const set = (publication: string, events: LegalEventSet['events']): LegalEventSet => ({
  publication,
  application: { country: 'EP', number: '99203729' },
  events,
  source: { format: 'epo-ops', file: 'legal.xml' },
})

const STORES = [
  ['sqlite', () => createSqliteStore({ path: ':memory:' })],
  ['memory (reference)', () => createMemoryPatentStore()],
] as const

describe.each(STORES)('%s store: legal status', (_name, create) => {
  it('stores legal events with the records, once each, and exposes the normalised status', async () => {
    const store = create()
    expect(readsLegalStatus(store)).toBe(true)
    const record = buildPatentRecord({ id: 'EP-1000000-B1', stage: 'grant' })
    const events: LegalEventSet['events'] = [
      {
        code: '17P',
        date: '2000-06-01',
        country: 'EP',
        description: 'REQUEST FOR EXAMINATION FILED',
      },
      {
        code: 'STAA',
        date: '2003-12-19',
        country: 'EP',
        text: 'STATUS: NO OPPOSITION FILED WITHIN TIME LIMIT',
      },
      { code: 'PG25', date: '2004-02-12', country: 'EP', state: 'CH', effectiveDate: '2003-02-12' },
    ]
    await store.upsert([record], { legal: [set('EP-1000000-B1', events)] })
    // The same events again (another OPS answer) and a later one.
    await store.upsert([], {
      legal: [
        set('EP-1000000-B1', [
          ...events,
          {
            code: 'GBPC',
            date: '2011-07-27',
            country: 'EP',
            description: 'GB: EUROPEAN PATENT CEASED THROUGH NON-PAYMENT OF RENEWAL FEE',
          },
        ]),
      ],
    })
    expect((await store.legalEvents('EP-1000000-B1')).map((e) => e.code)).toEqual([
      '17P',
      'PG25',
      'STAA',
      'GBPC',
    ])
    const status = (await store.legalStatus(['EP-1000000-B1', 'EP-9-A1'])).get('EP-1000000-B1')
    expect(status).toMatchObject({
      publication: 'EP-1000000-B1',
      status: 'granted',
      since: '2003-12-19',
      basis: 'rule',
      rule: 'ep-staa-granted',
      lapsedIn: ['CH', 'GB'],
    })
    expect(status?.event?.text).toBe('STATUS: NO OPPOSITION FILED WITHIN TIME LIMIT')
    expect((await store.legalStatus(['EP-9-A1'])).size).toBe(0)
    await store.close()
  })

  it('keeps statuses of publications that have no record in the store, and survives re-ingest of the record', async () => {
    const store = create()
    await store.upsert([], {
      legal: [set('EP-2-A1', [{ code: '18D', date: '2010-01-01', country: 'EP' }])],
    })
    expect((await store.legalStatus(['EP-2-A1'])).get('EP-2-A1')?.status).toBe('withdrawn')
    await store.upsert([buildPatentRecord({ id: 'EP-2-A1' })])
    await store.upsert([
      buildPatentRecord({ id: 'EP-2-A1', titles: [{ lang: 'en', text: 'changed' }] }),
    ])
    expect((await store.legalStatus(['EP-2-A1'])).get('EP-2-A1')?.status).toBe('withdrawn')
    await store.close()
  })
})
