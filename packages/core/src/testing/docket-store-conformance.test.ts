import { createMemoryDocketStore } from './memory-docket-store.js'
import { describeDocketStoreConformance } from './docket-store.conformance.js'

// The suite against its reference implementation: the cases themselves must be right.
describeDocketStoreConformance('memory', {
  create: () => Promise.resolve(createMemoryDocketStore()),
})
