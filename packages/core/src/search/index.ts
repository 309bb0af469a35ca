// The search feature boundary: query language, the backend port, ranking contracts.
export * from './query/ast.js'
export { parseDateBound } from './query/date-bound.js'
export {
  parseQuery,
  QuerySyntaxError,
  type ParseQueryOptions,
  type QueryMode,
} from './query/parse-query.js'
export { printQuery } from './query/print-query.js'
export * from './search-backend.js'
export type {
  ConceptSource,
  WeightedConcept,
  WeightedForm,
  WeightedQuery,
} from './weighted-query.js'
