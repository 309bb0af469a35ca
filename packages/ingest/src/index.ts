export { ingest, type IngestOptions } from './pipeline/ingest.js'
export { estimateBytes } from './pipeline/estimate.js'
export {
  emptySummary,
  type IngestError,
  type IngestProgress,
  type IngestSummary,
} from './pipeline/summary.js'
export { createParsePool, type ParsePool } from './parse/parse-pool.js'
export type { DocumentInput, ParsedDocument } from './parse/parse-job.js'
export { walkSources } from './sources/walk.js'
export type { IngestSource, SourceProblem } from './sources/ingest-source.js'
