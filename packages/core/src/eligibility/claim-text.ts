// The claim splitter moved to the claims engine (packages/core/src/claims); the eligibility
// pre-check keeps importing it from here.
export {
  buildClaim,
  claimCategory,
  findPreambleEnd,
  splitClaims,
  type ClaimCategory,
  type ClaimText,
} from '../claims/claim-text.js'
