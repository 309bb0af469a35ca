import { describe, expect, it } from 'vitest'

/** One named contract case run against a fresh store. */
export interface ConformanceCase<S> {
  readonly name: string
  run(store: S): Promise<void>
}

/** How a suite gets a fresh, empty store, and which cases an adapter skips (with reasons). */
export interface ConformanceFactory<S extends { close(): Promise<void> }> {
  create(): Promise<S>
  /** Default is `store.close()`. */
  cleanup?(store: S): Promise<void>
  readonly skip?: readonly { readonly reason: string; readonly tests: readonly string[] }[]
}

/**
 * Runs contract cases against an adapter (house style R5), each on a fresh store that is closed
 * (or `cleanup`-ed) afterwards. Skipped cases are reported with their reason; a skip list that
 * names a case that does not exist, or gives an empty reason, fails — skip lists cannot go stale.
 */
export function describeConformanceCases<S extends { close(): Promise<void> }>(
  title: string,
  cases: readonly ConformanceCase<S>[],
  factory: ConformanceFactory<S>,
): void {
  const reasons = new Map<string, string>()
  for (const entry of factory.skip ?? []) {
    for (const test of entry.tests) {
      reasons.set(test, entry.reason)
    }
  }
  describe(title, () => {
    for (const c of cases) {
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
      const known = new Set(cases.map((c) => c.name))
      expect([...reasons.keys()].filter((test) => !known.has(test))).toEqual([])
      expect([...reasons.values()].filter((r) => r.trim() === '')).toEqual([])
    })
  })
}
