import { expect } from 'vitest'
import type { PatentStore } from '../store/patent-store.js'
import {
  buildCheckpoint,
  largeRecord,
  newerVersion,
  recordAt,
  unreadableRecord,
} from './patent-store-fixtures.js'

/** One conformance test: a stable name (what `skip` lists) and its body. */
export interface StoreCase {
  readonly name: string
  run(store: PatentStore): Promise<void>
}

const A = recordAt('US-10000001-B2', '2018-06-19')
const B = recordAt('US-10000002-B2', '2018-06-19')
const C = recordAt('US-10000003-B1', '2018-06-26')

/** Upsert semantics: insert, unchanged, replace by production date, batches, atomicity. */
export const UPSERT_CASES: readonly StoreCase[] = [
  {
    name: 'upsert inserts new records',
    async run(store) {
      expect(await store.upsert([A, B])).toEqual({ inserted: 2, replaced: 0, unchanged: 0 })
      expect(await store.get(A.id)).toEqual(A)
      expect(await store.get(B.id)).toEqual(B)
      expect(await store.count()).toBe(2)
    },
  },
  {
    name: 'upsert of an empty batch does nothing',
    async run(store) {
      expect(await store.upsert([])).toEqual({ inserted: 0, replaced: 0, unchanged: 0 })
      expect(await store.count()).toBe(0)
    },
  },
  {
    name: 'an identical record is unchanged and nothing is written, whatever file it came from',
    async run(store) {
      const first = { ...A, source: { ...A.source, file: 'ipg180619.xml', offset: 0 } }
      await store.upsert([first])
      const moved = { ...A, source: { ...A.source, file: 'renamed.zip', offset: 9_999 } }
      expect(await store.upsert([moved])).toEqual({ inserted: 0, replaced: 0, unchanged: 1 })
      // Nothing written: the stored provenance is still the first file's.
      expect(await store.get(A.id)).toEqual(first)
    },
  },
  {
    name: 'a different record produced the same day replaces the stored one',
    async run(store) {
      await store.upsert([A])
      const fixed = { ...A, titles: [{ lang: 'en', text: 'Corrected title' }] }
      expect(await store.upsert([fixed])).toEqual({ inserted: 0, replaced: 1, unchanged: 0 })
      expect(await store.get(A.id)).toEqual(fixed)
      expect(await store.count()).toBe(1)
    },
  },
  {
    name: 'a record produced later replaces the stored one',
    async run(store) {
      await store.upsert([A])
      const newer = newerVersion(A, '2018-07-01')
      expect(await store.upsert([newer])).toEqual({ inserted: 0, replaced: 1, unchanged: 0 })
      expect(await store.get(A.id)).toEqual(newer)
    },
  },
  {
    name: 'a record produced earlier than the stored one is ignored',
    async run(store) {
      const newer = newerVersion(A, '2018-07-01')
      await store.upsert([newer])
      expect(await store.upsert([A])).toEqual({ inserted: 0, replaced: 0, unchanged: 1 })
      expect(await store.get(A.id)).toEqual(newer)
    },
  },
  {
    name: 'replacing drops every detail of the old version',
    async run(store) {
      const rich = largeRecord(A.id, 5_000, 12)
      await store.upsert([rich])
      const lean = { ...A, source: { ...A.source, produced: '2020-02-01' } }
      expect(await store.upsert([lean])).toEqual({ inserted: 0, replaced: 1, unchanged: 0 })
      expect(await store.get(A.id)).toStrictEqual(lean)
    },
  },
  {
    name: 'a mixed batch counts inserted, replaced and unchanged',
    async run(store) {
      await store.upsert([A, B, newerVersion(C, '2018-08-01')])
      const batch = [recordAt('US-10000004-B2', '2018-06-19'), A, newerVersion(B, '2018-07-01'), C]
      expect(await store.upsert(batch)).toEqual({ inserted: 1, replaced: 1, unchanged: 2 })
      expect(await store.count()).toBe(4)
      expect((await store.get(B.id))?.source.produced).toBe('2018-07-01')
      expect((await store.get(C.id))?.source.produced).toBe('2018-08-01')
    },
  },
  {
    name: 'the same id twice in one batch is applied in order',
    async run(store) {
      const newer = newerVersion(A, '2018-07-01')
      expect(await store.upsert([A, A, newer])).toEqual({ inserted: 1, replaced: 1, unchanged: 1 })
      expect(await store.get(A.id)).toEqual(newer)
    },
  },
  {
    name: 're-upserting a batch is idempotent',
    async run(store) {
      const batch = [A, B, C, largeRecord('US-10000005-B2', 20_000, 20)]
      await store.upsert(batch)
      const before = await store.stats()
      expect(await store.upsert(batch)).toEqual({ inserted: 0, replaced: 0, unchanged: 4 })
      expect(await store.stats()).toEqual(before)
      for (const record of batch) {
        expect(await store.get(record.id)).toEqual(record)
      }
    },
  },
  {
    name: 'the store keeps no reference to records passed in or handed out',
    async run(store) {
      const mine = structuredClone(A)
      await store.upsert([mine])
      mine.titles[0]!.text = 'changed by the caller'
      const got = (await store.get(A.id))!
      got.claims[0]!.claims[0]!.text = 'changed by a reader'
      expect(await store.get(A.id)).toEqual(A)
    },
  },
  {
    name: 'a batch of 1,000 records is stored',
    async run(store) {
      const batch = Array.from({ length: 1_000 }, (_, i) =>
        recordAt(`US-${11_000_000 + i}-B2`, '2019-01-01'),
      )
      expect(await store.upsert(batch)).toEqual({ inserted: 1_000, replaced: 0, unchanged: 0 })
      expect(await store.count()).toBe(1_000)
      expect(await store.get('US-11000999-B2')).toEqual(batch[999])
    },
  },
  {
    name: 'large texts round-trip',
    async run(store) {
      const big = largeRecord('US-10000009-B2', 2_000_000, 300)
      await store.upsert([big])
      const got = await store.get(big.id)
      expect(got?.descriptions[0]?.text.length).toBe(2_000_000)
      expect(got).toStrictEqual(big)
    },
  },
  {
    name: 'upsert writes the checkpoint with the records',
    async run(store) {
      const checkpoint = buildCheckpoint({ committedOffset: 10_000, documents: 2 })
      await store.upsert([A, B], { checkpoint })
      expect(await store.getCheckpoint(checkpoint.source)).toEqual(checkpoint)
      // An all-unchanged batch still advances the checkpoint.
      const next = { ...checkpoint, committedOffset: 20_000, documents: 4, complete: true }
      expect(await store.upsert([A, B], { checkpoint: next })).toMatchObject({ unchanged: 2 })
      expect(await store.getCheckpoint(checkpoint.source)).toEqual(next)
    },
  },
  {
    name: 'a failed upsert changes neither records nor checkpoint',
    async run(store) {
      const before = buildCheckpoint({ committedOffset: 100 })
      await store.upsert([A], { checkpoint: before })
      const after = { ...before, committedOffset: 900, documents: 9 }
      const batch = [B, newerVersion(A, '2019-01-01'), unreadableRecord('US-10000008-B2')]
      await expect(store.upsert(batch, { checkpoint: after })).rejects.toThrow()
      expect(await store.get(B.id)).toBeUndefined()
      expect(await store.get(A.id)).toEqual(A)
      expect(await store.count()).toBe(1)
      expect(await store.getCheckpoint(before.source)).toEqual(before)
      // The store is still usable.
      expect(await store.upsert([B])).toEqual({ inserted: 1, replaced: 0, unchanged: 0 })
    },
  },
]
