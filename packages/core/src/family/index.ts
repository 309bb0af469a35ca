// @chuhai/core/family — families (DOCDB and computed), citation resolution, legal status per member.
export { computeFamilies, type ComputedFamily, type FamilyInput } from './compute-families.js'
export { familyKey, familyKeys } from './family-keys.js'
export type { FamilyCandidate, FamilyStore } from './family-store.js'
export { summarizeLegalStatus, type LegalStatus, type LegalStatusSummary } from './legal-status.js'
export type { LegalStatusReader } from '../store/legal-status-store.js'
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
