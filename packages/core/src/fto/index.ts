// @chuhai/core/fto — claim charts, freedom-to-operate and invalidity: pure logic and ports. The
// claims engine is re-exported so that adapters need one subpath.
export * from '../claims/index.js'
export {
  isCjkText,
  passageStemsForStats,
  prepareTarget,
  type ChartPassage,
  type ChartTarget,
  type GlossSpan,
  type TargetField,
  type TextGlosser,
} from './chart-target.js'
export {
  CHART_THRESHOLDS,
  chartClaim,
  chartLimitation,
  type ChartThresholds,
  type ClaimChart,
  type ElementChart,
  type Met,
  type TermStatistics,
} from './claim-chart.js'
export { EPC_STATES, FTO_COUNTRIES, isEpcState } from './countries.js'
export { statusInCountry } from './country-status.js'
export { FTO_MAX_FAMILY_MEMBERS, familyRecords } from './family-members.js'
export {
  searchBackendCandidates,
  weightedExpression,
  type SearchCandidateOptions,
} from './search-candidates.js'
export { FTO_DISCLAIMER, ftoJson } from './fto-json.js'
export {
  membersIn,
  parseAsOf,
  parseCountries,
  riskOf,
  runFto,
  type FtoCountrySummary,
  type FtoExcluded,
  type FtoPorts,
  type FtoReport,
  type FtoRequest,
  type FtoResult,
  type FtoStrategy,
  type Risk,
} from './fto-run.js'
export {
  patentTermAsOf,
  type FtoStatus,
  type LegalEvent,
  type TermEstimate,
} from './patent-term.js'
export type {
  CandidateHit,
  CandidateResult,
  CandidateSource,
  DataSourceInfo,
  FtoRecordSource,
} from './ports.js'
export {
  MIN_PRODUCT_TERMS,
  productFields,
  productQuery,
  readProduct,
  type ProductInput,
} from './product.js'
export type {
  ConceptSource,
  WeightedConcept,
  WeightedForm,
  WeightedQuery,
} from '../search/weighted-query.js'
export {
  combinations,
  priorityDateOf,
  recordFields,
  runInvalidity,
  type AssertedPatent,
  type Combination,
  type InvalidityPorts,
  type InvalidityReport,
  type InvalidityRequest,
  type PriorArtResult,
} from './invalidity.js'
export { invalidityJson } from './invalidity-json.js'
