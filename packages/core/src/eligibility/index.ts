// The AI patentability (subject-matter eligibility) pre-check: explicit re-exports (house style R11).
export type {
  AssessContext,
  KeyedText,
  OfficeAssessment,
  RiskFinding,
  RulePack,
  StepFinding,
  StepOutcome,
  SuggestionFinding,
} from './assessment.js'
export {
  checkEligibilityBatchInput,
  parseEligibilityBatchLine,
  eligibilityReasons,
  runEligibilityBatch,
  type EligibilityBatchInput,
  type EligibilityBatchOutcome,
  type EligibilityBatchResult,
} from './batch.js'
export { checkEligibility, type EligibilityInput } from './check.js'
export {
  buildClaim,
  claimCategory,
  findPreambleEnd,
  splitClaims,
  type ClaimCategory,
  type ClaimText,
} from './claim-text.js'
export {
  evaluateEligibility,
  type EligibilityConfusion,
  type EligibilityEvaluation,
  type EligibilityScore,
  type EligibilityCase,
} from './evaluate.js'
export {
  evidenceOf,
  extractChainFeatures,
  extractFeatures,
  maskEditorialNotes,
  type ClaimFeatures,
} from './features.js'
export { MESSAGES, translate, type MessageKey } from './i18n/messages.js'
export { LEXICONS, LEXICON_VERSION, type LexiconData, type LexiconEntry } from './lexicon/index.js'
export {
  buildCandidateQuery,
  candidateQueryText,
  claimElements,
  DISCLOSURE_THRESHOLDS,
  elementTerms,
  hintElements,
  keyTerms,
  porterStem,
  rankHints,
  scoreDisclosure,
  type CandidateQuery,
  type CandidateQueryOptions,
  type ClaimElement,
  type Disclosure,
  type DisclosureThresholds,
  type ElementDisclosure,
  type ElementTerms,
  type HintDocument,
  type HintField,
  type KeyTerm,
  type NoveltyHint,
  type NoveltyHintProvider,
  type NoveltyHintRequest,
  type NoveltyHintResult,
  type QueryTerm,
} from './novelty/index.js'
export {
  findNoveltyHints,
  noveltyHintsUnavailable,
  type NoveltyHintsOptions,
  type NoveltyHintsSearched,
  type NoveltyHintsSection,
  type NoveltyHintsUnavailable,
} from './novelty-section.js'
export { RULE_PACKS } from './offices/registry.js'
export {
  refineReport,
  type EligibilityRefiner,
  type RefineOutcome,
  type RefineRequest,
} from './refiner.js'
export type {
  ClaimVerdict,
  EligibilityReport,
  JurisdictionReport,
  ReportClaim,
  ReportNote,
  ReportStep,
} from './report.js'
export { legalSource, SOURCES, type SourceId } from './sources.js'
export {
  FEATURE_CATEGORIES,
  isJurisdiction,
  JURISDICTIONS,
  type Evidence,
  type FeatureCategory,
  type FeatureMatch,
  type Jurisdiction,
  type Lang,
  type LegalSource,
  type SourceStatus,
  type Verdict,
} from './types.js'
