import { describe, expect, it } from 'vitest'
import type { DocketStore } from '../docket/docket-store.js'
import { DOCKET_STORE_CASES } from './docket-store-cases.js'

/** How the suite gets a fresh, empty store, and which cases an adapter skips (with reasons). */
export interface DocketStoreFactory {
  create(): Promise<DocketStore>
  /** Default is `store.close()`. */
  cleanup?(store: DocketStore): Promise<void>
  readonly skip?: readonly { readonly reason: string; readonly tests: readonly string[] }[]
}

/**
 * The `DocketStore` contract (house style R5): every adapter runs it, each case on a fresh empty
 * store. Skips need a reason and must name existing cases.
 * @example describeDocketStoreConformance('sqlite', { create: async () => createSqliteDocketStore({ path: ':memory:' }) })
 */
export function describeDocketStoreConformance(name: string, factory: DocketStoreFactory): void {
  const reasons = new Map<string, string>()
  for (const entry of factory.skip ?? []) {
    entry.tests.forEach((t) => reasons.set(t, entry.reason))
  }
  describe(`DocketStore conformance: ${name}`, () => {
    for (const c of DOCKET_STORE_CASES) {
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
    it('skip lists name existing cases and give reasons', () => {
      const known = new Set(DOCKET_STORE_CASES.map((c) => c.name))
      expect([...reasons.keys()].filter((t) => !known.has(t))).toEqual([])
      expect([...reasons.values()].filter((r) => r.trim() === '')).toEqual([])
    })
  })
}
