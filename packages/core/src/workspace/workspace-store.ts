import type { Role } from './roles.js'

/** A person with a local account. */
export interface User {
  readonly id: string
  readonly email: string
  readonly name: string
  readonly createdAt: string
}

/** An organisation (tenant): every confidential object belongs to exactly one. */
export interface Organisation {
  readonly id: string
  readonly name: string
  readonly createdAt: string
}

/** A user's membership of an organisation. */
export interface Membership {
  readonly orgId: string
  readonly userId: string
  readonly role: Role
  readonly email: string
  readonly name: string
}

/** A signed-in browser session (the id is stored hashed). */
export interface Session {
  readonly userId: string
  readonly orgId: string
  readonly csrf: string
  readonly expiresAt: string
}

/** An API token for scripts (the secret is stored hashed; `prefix` identifies it in lists). */
export interface ApiToken {
  readonly id: string
  readonly orgId: string
  readonly userId: string
  readonly name: string
  readonly prefix: string
  readonly createdAt: string
  readonly lastUsedAt: string | null
  readonly revokedAt: string | null
}

/** Kinds of confidential object an organisation keeps. */
export const OBJECT_KINDS = ['disclosure', 'product'] as const

/** Kind of confidential object. */
export type ObjectKind = (typeof OBJECT_KINDS)[number]

/** An invention disclosure or a product description: trade secrets of one organisation. */
export interface ConfidentialObject {
  readonly id: string
  readonly orgId: string
  readonly kind: ObjectKind
  readonly title: string
  readonly body: string
  /** Matter the object belongs to; attorneys see objects of their assigned matters only. */
  readonly matterId: string | null
  readonly createdBy: string
  readonly createdAt: string
  readonly updatedAt: string
}

/** One line of the append-only audit log. */
export interface AuditEntry {
  readonly seq: number
  readonly at: string
  readonly orgId: string
  readonly userId: string | null
  /** `read`, `create`, `update`, `delete`, `sign_in`, `export` … */
  readonly action: string
  readonly objectType: string
  readonly objectId: string | null
  readonly detail: string | null
}

/** A new audit line. */
export type NewAuditEntry = Omit<AuditEntry, 'seq' | 'at'>

/**
 * Accounts, organisations, sessions, tokens, confidential objects and the audit log (the
 * persistence port of the workspace; house style R3: async, adapters elsewhere). Every method that
 * touches an organisation's data takes the organisation id: there is no unscoped read.
 */
export interface WorkspaceStore {
  countUsers(): Promise<number>
  createUser(input: { email: string; name: string; passwordHash: string }): Promise<User>
  findUserByEmail(email: string): Promise<(User & { readonly passwordHash: string }) | undefined>
  getUser(id: string): Promise<User | undefined>
  createOrganisation(name: string): Promise<Organisation>
  getOrganisation(id: string): Promise<Organisation | undefined>
  addMember(orgId: string, userId: string, role: Role): Promise<void>
  setRole(orgId: string, userId: string, role: Role): Promise<boolean>
  removeMember(orgId: string, userId: string): Promise<boolean>
  listMembers(orgId: string): Promise<Membership[]>
  membershipsOf(userId: string): Promise<(Membership & { readonly orgName: string })[]>
  createSession(idHash: string, session: Session): Promise<void>
  getSession(idHash: string): Promise<Session | undefined>
  deleteSession(idHash: string): Promise<void>
  createToken(token: ApiToken, secretHash: string): Promise<void>
  findToken(secretHash: string): Promise<ApiToken | undefined>
  listTokens(orgId: string, userId: string): Promise<ApiToken[]>
  revokeToken(orgId: string, userId: string, id: string): Promise<boolean>
  touchToken(id: string): Promise<void>
  createObject(object: ConfidentialObject): Promise<void>
  getObject(orgId: string, id: string): Promise<ConfidentialObject | undefined>
  listObjects(orgId: string, kind: ObjectKind): Promise<ConfidentialObject[]>
  updateObject(
    orgId: string,
    id: string,
    patch: { title?: string; body?: string; matterId?: string | null; updatedAt: string },
  ): Promise<boolean>
  deleteObject(orgId: string, id: string): Promise<boolean>
  /** Registers a docket matter as the organisation's. */
  claimMatter(orgId: string, matterId: string): Promise<void>
  /** Ids of the organisation's matters. */
  matterIds(orgId: string): Promise<string[]>
  assignMatter(orgId: string, matterId: string, userId: string): Promise<void>
  /** Matter ids assigned to a user within an organisation. */
  assignedMatters(orgId: string, userId: string): Promise<string[]>
  appendAudit(entry: NewAuditEntry): Promise<void>
  listAudit(orgId: string, options: { limit: number; before?: number }): Promise<AuditEntry[]>
  close(): Promise<void>
}
