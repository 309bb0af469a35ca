import { expect } from 'vitest'
import { parsePublicationNumber } from '../model/publication-number.js'
import type { StoreStats } from '../store/patent-store.js'
import type { StoreCase } from './patent-store-cases-upsert.js'
import { buildCheckpoint, buildFullRecord, recordAt } from './patent-store-fixtures.js'

const EP_A1 = recordAt('EP-1000000-A1', '2001-03-07')
const EP_B1 = recordAt('EP-1000000-B1', '2005-11-23')
const EP_A3 = recordAt('EP-1000000-A3', '2002-01-02')
const NO_KIND = recordAt('US-5000000', undefined, { documentType: 'unknown', stage: 'unknown' })

const sorted = (buckets: StoreStats['byCountry']): { key: string; count: number }[] =>
  [...buckets].sort((a, b) => a.key.localeCompare(b.key))

/** Reads, removal, counts, stats and checkpoints. */
export const READ_CASES: readonly StoreCase[] = [
  {
    name: 'get returns undefined for an unknown id',
    async run(store) {
      expect(await store.get('US-10000000-B2')).toBeUndefined()
      await store.upsert([EP_A1])
      expect(await store.get('EP-1000000-B1')).toBeUndefined()
    },
  },
  {
    name: 'a full record round-trips exactly, Chinese text included',
    async run(store) {
      const full = buildFullRecord()
      await store.upsert([full])
      expect(await store.get(full.id)).toStrictEqual(full)
      expect(await store.findByNumber({ country: 'CN', number: '216000000' })).toStrictEqual([full])
    },
  },
  {
    name: 'findByNumber with a kind returns that publication only',
    async run(store) {
      await store.upsert([EP_A1, EP_B1, EP_A3])
      const pn = { country: 'EP', number: '1000000', kind: 'B1' }
      expect(await store.findByNumber(pn)).toEqual([EP_B1])
      expect(await store.findByNumber({ ...pn, kind: 'A2' })).toEqual([])
    },
  },
  {
    name: 'findByNumber without a kind returns every kind, newest first',
    async run(store) {
      await store.upsert([EP_A1, EP_B1, EP_A3, recordAt('EP-1000001-A1', '2001-03-07')])
      expect(await store.findByNumber({ country: 'EP', number: '1000000' })).toEqual([
        EP_B1,
        EP_A3,
        EP_A1,
      ])
    },
  },
  {
    name: 'findByNumber finds any spelling once parsed, and nothing for other offices',
    async run(store) {
      await store.upsert([EP_B1, NO_KIND])
      for (const raw of ['EP 1 000 000 B1', 'ep1000000b1', 'EP.1000000.B1']) {
        expect(await store.findByNumber(parsePublicationNumber(raw)!)).toEqual([EP_B1])
      }
      expect(await store.findByNumber(parsePublicationNumber('US 5,000,000')!)).toEqual([NO_KIND])
      expect(await store.findByNumber({ country: 'WO', number: '1000000' })).toEqual([])
    },
  },
  {
    name: 'remove deletes records and returns how many existed',
    async run(store) {
      await store.upsert([EP_A1, EP_B1, NO_KIND])
      expect(await store.remove([EP_A1.id, 'US-1-B1', NO_KIND.id])).toBe(2)
      expect(await store.get(EP_A1.id)).toBeUndefined()
      expect(await store.findByNumber({ country: 'EP', number: '1000000' })).toEqual([EP_B1])
      expect(await store.count()).toBe(1)
      expect(await store.remove([])).toBe(0)
      expect(await store.remove([EP_A1.id])).toBe(0)
    },
  },
  {
    name: 'a removed record is inserted again as new',
    async run(store) {
      await store.upsert([EP_A1])
      await store.remove([EP_A1.id])
      expect(await store.upsert([EP_A1])).toEqual({ inserted: 1, replaced: 0, unchanged: 0 })
      expect(await store.get(EP_A1.id)).toEqual(EP_A1)
    },
  },
  {
    name: 'stats of an empty store are zero',
    async run(store) {
      expect(await store.count()).toBe(0)
      expect(await store.stats()).toEqual({
        documents: 0,
        byCountry: [],
        byKind: [],
        byYear: [],
        byType: [],
      })
    },
  },
  {
    name: 'stats count by country, kind, year and type; missing values count as unknown',
    async run(store) {
      const design = recordAt('US-D800000-S1', '2017-10-17', { documentType: 'design' })
      await store.upsert([EP_A1, EP_B1, recordAt('US-10000001-B2', '2018-06-19'), design, NO_KIND])
      // A replaced version counts once, with its new values.
      const reissued = recordAt('US-10000001-B2', '2018-06-19', { documentType: 'reissue' })
      await store.upsert([{ ...reissued, source: { ...reissued.source, produced: '2019-01-01' } }])
      const stats = await store.stats()
      expect(stats.documents).toBe(5)
      expect(await store.count()).toBe(5)
      expect(sorted(stats.byCountry)).toEqual([
        { key: 'EP', count: 2 },
        { key: 'US', count: 3 },
      ])
      expect(sorted(stats.byKind)).toEqual([
        { key: 'A1', count: 1 },
        { key: 'B1', count: 1 },
        { key: 'B2', count: 1 },
        { key: 'S1', count: 1 },
        { key: 'unknown', count: 1 },
      ])
      expect(sorted(stats.byYear)).toEqual([
        { key: '2001', count: 1 },
        { key: '2005', count: 1 },
        { key: '2017', count: 1 },
        { key: '2018', count: 1 },
        { key: 'unknown', count: 1 },
      ])
      expect(sorted(stats.byType)).toEqual([
        { key: 'design', count: 1 },
        { key: 'reissue', count: 1 },
        { key: 'unknown', count: 1 },
        { key: 'utility', count: 2 },
      ])
    },
  },
  {
    name: 'checkpoints are saved, replaced and kept per source',
    async run(store) {
      const first = buildCheckpoint()
      expect(await store.getCheckpoint(first.source)).toBeUndefined()
      await store.saveCheckpoint(first)
      expect(await store.getCheckpoint(first.source)).toEqual(first)
      const done = { ...first, committedOffset: first.size, documents: 7_000, complete: true }
      await store.saveCheckpoint(done)
      const other = buildCheckpoint({ source: '/data/ipg180626.xml', mtimeMs: 0 })
      await store.saveCheckpoint(other)
      expect(await store.getCheckpoint(first.source)).toEqual(done)
      expect(await store.getCheckpoint(other.source)).toEqual(other)
      expect(await store.count()).toBe(0)
    },
  },
]
