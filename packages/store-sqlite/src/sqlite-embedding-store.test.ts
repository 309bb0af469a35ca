import { buildPatentRecord } from '@chuhai/core/testing'
import { normalise } from '@chuhai/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SqliteStoreError } from './errors.js'
import { createSqliteStore, type SqlitePatentStore } from './sqlite-patent-store.js'
import { MIGRATIONS } from './schema/migrations.js'

function record(number: string, title: string, abstract: string) {
  return buildPatentRecord({
    id: `US-${number}-B2`,
    publication: { country: 'US', number, kind: 'B2', date: '2020-01-07' },
    titles: [{ lang: 'en', text: title }],
    abstracts: abstract === '' ? [] : [{ lang: 'en', text: abstract }],
    descriptions: [{ lang: 'en', text: `Description of ${title}.` }],
    claims: [
      {
        lang: 'en',
        claims: [
          { number: 1, text: `1. A ${title.toLowerCase()}.`, dependsOn: [], independent: true },
        ],
      },
    ],
  })
}

describe('SqliteEmbeddingStore', () => {
  let store: SqlitePatentStore
  beforeEach(async () => {
    store = createSqliteStore({ path: ':memory:' })
    await store.upsert([
      record('10000001', 'Ultrasound probe', 'A probe with a transducer.'),
      record('10000002', 'Lane detection', ''),
    ])
  })
  afterEach(async () => {
    await store.close()
  })

  it('migrates to version 40 and lists every document as pending with its embedding text', async () => {
    expect(store.appliedMigrations).toContain('create-embeddings')
    const pending = await store.embeddings().pending('m', 10)
    expect(pending.map((p) => p.id)).toEqual(['US-10000001-B2', 'US-10000002-B2'])
    expect(pending[0]!.text).toBe(
      'Ultrasound probe\nA probe with a transducer.\n1. A ultrasound probe.',
    )
    expect(pending[1]!.text).toContain('Description of Lane detection.')
  })

  it('stores vectors per model, reads them back, and counts coverage', async () => {
    const e = store.embeddings()
    const [first] = await e.pending('m', 1)
    const v = normalise(new Float32Array([1, 2, 2]))
    await e.put('m', 3, [{ id: first!.id, contentHash: first!.contentHash, vector: v }])
    expect((await e.pending('m', 10)).map((p) => p.id)).toEqual(['US-10000002-B2'])
    expect((await e.pending('other', 10)).length).toBe(2)
    const got = await e.get('m', ['US-10000001-B2', 'US-10000002-B2', 'US-nope'])
    expect([...got.keys()]).toEqual(['US-10000001-B2'])
    expect([...got.get('US-10000001-B2')!]).toEqual([...v])
    expect(await e.coverage('m')).toEqual({ embedded: 1, documents: 2 })
    expect(await e.models()).toEqual([{ model: 'm', dimensions: 3, count: 1 }])
  })

  it('treats a changed document as pending again and refuses vectors of another length', async () => {
    const e = store.embeddings()
    const pending = await e.pending('m', 10)
    await e.put(
      'm',
      3,
      pending.map((p) => ({ id: p.id, contentHash: p.contentHash, vector: new Float32Array(3) })),
    )
    expect(await e.pending('m', 10)).toEqual([])
    await store.upsert([record('10000002', 'Lane detection', 'Now with an abstract.')])
    expect((await e.pending('m', 10)).map((p) => p.id)).toEqual(['US-10000002-B2'])
    await expect(
      e.put('m', 4, [{ id: 'US-10000001-B2', contentHash: 'x', vector: new Float32Array(4) }]),
    ).rejects.toThrow(SqliteStoreError)
    await expect(
      e.put('m', 3, [{ id: 'US-10000001-B2', contentHash: 'x', vector: new Float32Array(2) }]),
    ).rejects.toThrow(/has 3-dimensional vectors in this database, not 2/)
  })
})

it('puts the embeddings step at version 40 of the schema', async () => {
  const store = createSqliteStore({ path: ':memory:' })
  expect(store.appliedMigrations).toContain('create-embeddings')
  expect(MIGRATIONS.find((m) => m.name === 'create-embeddings')?.version).toBe(40)
  await store.close()
})
