import { describe, expect, it } from 'vitest'
import { buildFullRecord } from '../testing/patent-store-fixtures.js'
import {
  CONTENT_HASH_PREFIX,
  contentHash,
  legacyContentHash,
  packRecord,
  recordSkeleton,
  recordTexts,
  skeletonContentHash,
  unpackRecord,
  type ContentDigest,
} from './content-hash.js'

/** A transparent digest: the "hash" is everything fed to it, so tests can see what is hashed. */
const echo = (): ContentDigest => {
  let fed = ''
  const digest: ContentDigest = {
    update(data) {
      fed += data
      return digest
    },
    digest: () => fed,
  }
  return digest
}

describe('packed records and the content hash', () => {
  const record = buildFullRecord()

  it('unpacks to the record it packed, texts back in their places', () => {
    const packed = packRecord(record)
    expect(packed.texts.length).toBeGreaterThan(3)
    expect(packed.skeleton).not.toContain(record.titles[0]!.text)
    const back = unpackRecord(structuredClone(packed))
    expect(back).toEqual(JSON.parse(JSON.stringify(record)))
    expect(recordSkeleton(back)).toBe(packed.skeleton)
  })

  it('refuses a skeleton whose texts do not fit', () => {
    const packed = packRecord(record)
    expect(() => unpackRecord({ ...packed, texts: packed.texts.slice(1) })).toThrow(/texts for/)
  })

  it('hashes the same from the record or from its skeleton, with the version prefix', () => {
    const packed = packRecord(record)
    const fromSkeleton = skeletonContentHash(packed.skeleton, record, packed.texts, echo)
    expect(contentHash(record, echo)).toBe(fromSkeleton)
    expect(fromSkeleton.startsWith(CONTENT_HASH_PREFIX)).toBe(true)
    expect(legacyContentHash(record, echo).startsWith(CONTENT_HASH_PREFIX)).toBe(false)
  })

  it('leaves out where the document was read and keeps every text', () => {
    const hashed = contentHash(
      { ...record, source: { ...record.source, file: 'a-unique-file.xml', offset: 987654 } },
      echo,
    )
    expect(hashed).not.toContain('a-unique-file.xml')
    expect(hashed).not.toContain('987654')
    expect(hashed).toContain(`"format":${JSON.stringify(record.source.format)}`)
    for (const text of recordTexts(record)) {
      expect(hashed).toContain(`\n${text.length}\n${text}`)
    }
    const moved = { ...record, source: { ...record.source, file: 'b.zip', offset: 1 } }
    expect(contentHash(moved, echo)).toBe(contentHash(record, echo))
  })
})
