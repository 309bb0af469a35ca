import { describeConformanceCases, type ConformanceFactory } from './conformance-runner.js'
import type { DocketStore } from '../docket/docket-store.js'
import { DOCKET_STORE_CASES } from './docket-store-cases.js'

/** How the suite gets a fresh, empty store, and which cases an adapter skips (with reasons). */
export type DocketStoreFactory = ConformanceFactory<DocketStore>

/**
 * The `DocketStore` contract (house style R5): every adapter runs it, each case on a fresh empty
 * store. Skips need a reason and must name existing cases.
 * @example describeDocketStoreConformance('sqlite', { create: async () => createSqliteDocketStore({ path: ':memory:' }) })
 */
export function describeDocketStoreConformance(name: string, factory: DocketStoreFactory): void {
  describeConformanceCases(`DocketStore conformance: ${name}`, DOCKET_STORE_CASES, factory)
}
