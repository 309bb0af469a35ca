export { describeGoldenCases, splitFile, type GoldenCase } from './golden.js'
export { hasShared, NO_SHARED, repoRoot, sharedDir, sharedPath } from './shared-data.js'
export {
  describePatentStoreConformance,
  type PatentStoreFactory,
} from './patent-store.conformance.js'
export { buildPatentRecord } from './factories.js'
export { createMemoryPatentStore } from './memory-patent-store.js'
export { buildCheckpoint, buildFullRecord, largeRecord, recordAt } from './patent-store-fixtures.js'
export {
  describeDocketStoreConformance,
  type DocketStoreFactory,
} from './docket-store.conformance.js'
export { DOCKET_STORE_CASES, newMatter, type DocketStoreCase } from './docket-store-cases.js'
export { createMemoryDocketStore } from './memory-docket-store.js'
