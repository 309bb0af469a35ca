// @chuhai/core/workspace — accounts, organisations, roles, confidential objects, audit and jobs:
// ports and policy only (pure). Adapters live in store-sqlite, the HTTP side in the server.
export { ACTIONS, can, isRole, ROLES, seesAssignedOnly, type Action, type Role } from './roles.js'
export {
  OBJECT_KINDS,
  type ApiToken,
  type AuditEntry,
  type ConfidentialObject,
  type Membership,
  type NewAuditEntry,
  type ObjectKind,
  type Organisation,
  type Session,
  type User,
  type WorkspaceStore,
} from './workspace-store.js'
export {
  FINAL_JOB_STATUSES,
  JOB_KINDS,
  JOB_STATUSES,
  type Job,
  type JobKind,
  type JobProgress,
  type JobStatus,
  type JobStore,
} from './job-store.js'
export {
  SEARCH_FACETS,
  type FacetValue,
  type Highlight,
  type PatentHit,
  type PatentSearch,
  type PatentSearchPage,
  type PatentSearchRequest,
  type SearchFacet,
} from './patent-search.js'
export type { ElementFinding, FtoRunRecord, FtoRunStore } from './fto-run-store.js'
