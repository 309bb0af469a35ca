import { z } from 'zod'
import { RoleSchema } from './common.js'

const Email = z.string().trim().toLowerCase().email().max(254)
/** At least 10 characters (NIST SP 800-63B asks for 8+; long passphrases welcome). */
const Password = z.string().min(10).max(512)

export const SetupStatus = z.object({ needsOwner: z.boolean() })
export type SetupStatus = z.infer<typeof SetupStatus>

export const SetupRequest = z.object({
  email: Email,
  name: z.string().trim().min(1).max(200),
  password: Password,
  organisation: z.string().trim().min(1).max(200),
})
export type SetupRequest = z.infer<typeof SetupRequest>

export const LoginRequest = z.object({
  email: Email,
  password: z.string().min(1).max(512),
  orgId: z.string().optional(),
})
export type LoginRequest = z.infer<typeof LoginRequest>

export const OrgSummary = z.object({ id: z.string(), name: z.string(), role: RoleSchema })

/** Who is signed in, in which organisation, and the CSRF token to send on writes. */
export const Me = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
  org: OrgSummary,
  orgs: z.array(OrgSummary),
  permissions: z.array(z.string()),
  csrf: z.string().nullable(),
})
export type Me = z.infer<typeof Me>

export const SwitchOrgRequest = z.object({ orgId: z.string().min(1) })

export const CreateOrgRequest = z.object({ name: z.string().trim().min(1).max(200) })

export const Member = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
})
export type Member = z.infer<typeof Member>

export const AddMemberRequest = z.object({
  email: Email,
  name: z.string().trim().min(1).max(200),
  /** Required when the person has no account yet. */
  password: Password.optional(),
  role: RoleSchema,
})
export type AddMemberRequest = z.infer<typeof AddMemberRequest>

export const SetRoleRequest = z.object({ role: RoleSchema })
export const UserIdParam = z.object({ userId: z.string().min(1).max(200) })

export const ApiTokenView = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
})
export type ApiTokenView = z.infer<typeof ApiTokenView>

export const CreateTokenRequest = z.object({ name: z.string().trim().min(1).max(100) })
/** The secret is shown once, at creation. */
export const CreatedToken = ApiTokenView.extend({ token: z.string() })
export type CreatedToken = z.infer<typeof CreatedToken>

export const AuditView = z.object({
  seq: z.number(),
  at: z.string(),
  userId: z.string().nullable(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  detail: z.string().nullable(),
})
export type AuditView = z.infer<typeof AuditView>

export const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().positive().optional(),
})
