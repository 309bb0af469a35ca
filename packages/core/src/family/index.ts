// @chuhai/core/family — families (DOCDB and computed), citation resolution, the legal-status port.
export { computeFamilies, type ComputedFamily, type FamilyInput } from './compute-families.js'
export { familyKey, familyKeys } from './family-keys.js'
export type { FamilyCandidate, FamilyStore } from './family-store.js'
export type { LegalStatus, LegalStatusReader, LegalStatusSummary } from './legal-status.js'
export { resolveCitations, type CitationView, type ResolvedCitation } from './resolve-citations.js'
export {
  derivedStatus,
  resolveFamily,
  type FamilyMember,
  type FamilyView,
  type ResolveFamilyOptions,
} from './resolve-family.js'
export {
  familyDisagreements,
  type AgreementInput,
  type FamilyDisagreement,
} from './family-agreement.js'
