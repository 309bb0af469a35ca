// @chuhai/core/novelty — the pure logic of novelty hints: key terms, candidate query, disclosure
// scoring and the provider port. Search backends import this subpath so that loading them does
// not load the eligibility rule packs, the rules knowledge base or the holiday calendars.
export {
  claimElements,
  hintElements,
  type NoveltyHintProvider,
  type NoveltyHintRequest,
  type NoveltyHintResult,
} from '../novelty-hints.js'
export { DISCLOSURE_THRESHOLDS, rankHints, scoreDisclosure, sentences } from './disclosure.js'
export {
  buildCandidateQuery,
  candidateQueryText,
  elementTerms,
  type CandidateQuery,
  type CandidateQueryOptions,
  type ElementTerms,
  type QueryTerm,
} from './query.js'
export { porterStem } from './stem.js'
export {
  bigrams,
  keyTerms,
  passageStems,
  tokenize,
  wordStem,
  type KeyTerm,
  type Token,
} from './terms.js'
export type {
  ClaimElement,
  Disclosure,
  DisclosureThresholds,
  ElementDisclosure,
  HintDocument,
  HintField,
  NoveltyHint,
} from './types.js'
