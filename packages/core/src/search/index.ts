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
export * from './rank/analyzer.js'
export * from './rank/rank-params.js'
export {
  IndexBuilder,
  type AverageLengths,
  type IndexDocument,
  type PostingsData,
} from './rank/index-builder.js'
export { mergeIndexShards } from './rank/index-merge.js'
export * from './rank/postings-reader.js'
export * from './rank/packed-postings-reader.js'
export { topK, type Ranked } from './rank/top-k.js'
export { extractKeyTerms, leadingTitle, type KeyTermOptions } from './rank/key-terms.js'
export * from './rank/weighted-ranker.js'
export { expandWithFeedback, type FeedbackOptions } from './rank/feedback.js'
export * from './rank/doc-match.js'
export * from './rank/boolean-evaluator.js'
export type { DenseBest, DenseMatch } from './rank/dense-match.js'
export { checkPositions, nearWithin, type Span } from './rank/positional-check.js'
export * from './rank/forward-index.js'
export * from './rank/boolean-select.js'
export { bestSnippets, type SnippetOptions } from './rank/snippet.js'
export * from './rank/natural-language.js'
