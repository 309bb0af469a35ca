import { describe, expect, it } from 'vitest'
import { buildPatentRecord } from '@chuhai/core/testing'
import { createSqliteStore } from '../sqlite-patent-store.js'

describe('bibliographic-only records', () => {
  const full = buildPatentRecord({ id: 'US-11646472-B2' })
  const biblio = buildPatentRecord({
    id: 'US-11646472-B2',
    abstracts: [],
    descriptions: [],
    claims: [],
    source: { format: 'uspto-odp-json' },
  })

  it('never replace a stored full-text version, but are replaced by one', async () => {
    const store = createSqliteStore({ path: ':memory:' })
    await store.upsert([full])
    expect(await store.upsert([biblio])).toEqual({ inserted: 0, replaced: 0, unchanged: 1 })
    expect((await store.get(full.id))?.claims).toEqual(full.claims)
    await store.remove([full.id])
    await store.upsert([biblio])
    expect(await store.upsert([full])).toEqual({ inserted: 0, replaced: 1, unchanged: 0 })
    expect((await store.get(full.id))?.abstracts).toEqual(full.abstracts)
    await store.close()
  })
})
