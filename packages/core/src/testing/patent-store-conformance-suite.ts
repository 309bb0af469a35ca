import { describe, expect, it } from 'vitest'
import type { PatentStoreFactory } from './patent-store.conformance.js'
import { READ_CASES } from './patent-store-cases-read.js'
import { UPSERT_CASES, type StoreCase } from './patent-store-cases-upsert.js'

/** Every conformance test, by the name `PatentStoreFactory.skip` refers to. */
export const PATENT_STORE_CASES: readonly StoreCase[] = [...UPSERT_CASES, ...READ_CASES]

/**
 * The `PatentStore` contract (house style R5): every adapter runs this suite, each test on a
 * fresh empty store from `factory.create()`, closed (or `factory.cleanup`-ed) afterwards.
 * Tests named in `factory.skip` are reported as skipped with their reason; naming a test that
 * does not exist fails, so skip lists cannot go stale.
 *
 * @example
 * describePatentStoreConformance('sqlite :memory:', {
 *   create: async () => createSqliteStore({ path: ':memory:' }),
 * })
 */
export function describePatentStoreConformance(name: string, factory: PatentStoreFactory): void {
  const reasons = new Map<string, string>()
  for (const entry of factory.skip ?? []) {
    for (const test of entry.tests) {
      reasons.set(test, entry.reason)
    }
  }
  describe(`PatentStore conformance: ${name}`, () => {
    for (const c of PATENT_STORE_CASES) {
      const reason = reasons.get(c.name)
      if (reason !== undefined) {
        it.skip(`${c.name} (skipped: ${reason})`, () => {})
        continue
      }
      it(c.name, async () => {
        const store = await factory.create()
        try {
          await c.run(store)
        } finally {
          await (factory.cleanup ? factory.cleanup(store) : store.close())
        }
      })
    }
    it('skip lists name existing tests and give reasons', () => {
      const known = new Set(PATENT_STORE_CASES.map((c) => c.name))
      expect([...reasons.keys()].filter((test) => !known.has(test))).toEqual([])
      expect([...reasons.values()].filter((reason) => reason.trim() === '')).toEqual([])
    })
  })
}
