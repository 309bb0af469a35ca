// @chuhai/core/claims — the claims engine: numbering, dependencies, category, preamble /
// transition / body and limitations of claims from office XML or plain text (en, zh, ja).
export {
  analyseClaims,
  analyseClaimSet,
  fullElements,
  type AnalyseOptions,
  type AnalysedClaim,
  type ClaimAnalysis,
  type ClaimProblem,
} from './claim-analysis.js'
export { splitLimitations, type ClaimLimitation, type LimitationKind } from './claim-elements.js'
export { claimReferences } from './claim-references.js'
export {
  claimParts,
  detectClaimLanguage,
  type ClaimLanguage,
  type ClaimParts,
  type TransitionScope,
} from './claim-structure.js'
export {
  buildClaim,
  claimCategory,
  splitClaims,
  type ClaimCategory,
  type ClaimText,
} from './claim-text.js'
export {
  claimsBatchLine,
  claimsJson,
  type ClaimJson,
  type ClaimsBatchOutcome,
} from './claims-json.js'
