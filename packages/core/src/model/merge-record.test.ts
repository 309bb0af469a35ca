import { describe, expect, it } from 'vitest'
import { buildPatentRecord } from '../testing/factories.js'
import { mergePartialRecord } from './merge-record.js'

describe('mergePartialRecord', () => {
  const full = buildPatentRecord({
    id: 'EP-2400812-A1',
    titles: [{ lang: 'en', text: 'Bluetooth networking' }],
    descriptions: [{ lang: 'en', text: 'Full description' }],
    source: { format: 'epo-publication-v1', file: 'EP2400812.xml' },
  })

  it('adds what a partial record has and keeps what it lacks, with the complete record’s provenance', () => {
    const docdb = buildPatentRecord({
      id: 'EP-2400812-A1',
      titles: [],
      descriptions: [],
      family: { docdb: '43088294' },
      citations: [{ documentRef: 'WO-2002054790-A2', category: 'search-report', phase: 'SEA' }],
      source: { format: 'epo-docdb', partial: true },
    })
    const merged = mergePartialRecord(full, docdb)
    expect(merged.titles).toEqual(full.titles)
    expect(merged.descriptions).toEqual(full.descriptions)
    expect(merged.family).toEqual({ docdb: '43088294' })
    expect(merged.citations).toEqual(docdb.citations)
    expect(merged.source).toEqual(full.source)
  })

  it('leaves complete records and first sightings alone', () => {
    const partial = buildPatentRecord({
      id: 'EP-2400812-A1',
      source: { format: 'epo-ops', partial: true },
    })
    expect(mergePartialRecord(undefined, partial)).toBe(partial)
    expect(mergePartialRecord(partial, full)).toBe(full)
  })
})
