import { describeConformanceCases } from './conformance-runner.js'
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
  describeConformanceCases(`PatentStore conformance: ${name}`, PATENT_STORE_CASES, factory)
}
