import { describe, expect, it } from 'vitest'
import { PatentRecord } from '../model/patent.js'
import { createMemoryPatentStore } from './memory-patent-store.js'
import { describePatentStoreConformance } from './patent-store.conformance.js'
import { buildFullRecord, largeRecord, recordAt } from './patent-store-fixtures.js'

// The suite against its reference implementation: the cases themselves must be right.
describePatentStoreConformance('memory', {
  create: () => Promise.resolve(createMemoryPatentStore()),
})

describe('conformance fixtures', () => {
  it('are valid patent records', () => {
    for (const record of [
      buildFullRecord(),
      largeRecord('US-1-B1', 1_000, 3),
      recordAt('EP-1-A1', undefined),
    ]) {
      expect(PatentRecord.safeParse(record).error).toBeUndefined()
    }
  })
})
