import type { PatentStore } from '../store/patent-store.js'

/** Creates a fresh, empty store for one test; `cleanup` runs after it. */
export interface PatentStoreFactory {
  create(): Promise<PatentStore>
  /** Disposes of a store after its test. Default is `store.close()`. */
  cleanup?(store: PatentStore): Promise<void>
  /** Tests to skip, each with the reason (house style R5). */
  skip?: readonly { readonly reason: string; readonly tests: readonly string[] }[]
}

// The suite body is written in patent-store-conformance-suite.ts.
export { describePatentStoreConformance } from './patent-store-conformance-suite.js'
