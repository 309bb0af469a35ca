import type {
  ApiToken,
  AuditEntry,
  ConfidentialObject,
  Job,
  JobKind,
  JobStatus,
  Membership,
  ObjectKind,
  Role,
} from '@chuhai/core/workspace'

/** Row shapes of the workspace tables, as better-sqlite3 returns them. */
export interface TokenRow {
  id: string
  org_id: string
  user_id: string
  name: string
  prefix: string
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
}

export const toToken = (r: TokenRow): ApiToken => ({
  id: r.id,
  orgId: r.org_id,
  userId: r.user_id,
  name: r.name,
  prefix: r.prefix,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
})

export interface ObjectRow {
  id: string
  org_id: string
  kind: string
  title: string
  body: string
  matter_id: string | null
  created_by: string
  created_at: string
  updated_at: string
}

export const toObject = (r: ObjectRow): ConfidentialObject => ({
  id: r.id,
  orgId: r.org_id,
  kind: r.kind as ObjectKind,
  title: r.title,
  body: r.body,
  matterId: r.matter_id,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export interface MemberRow {
  org_id: string
  user_id: string
  role: string
  email: string
  name: string
}

export const toMember = (r: MemberRow): Membership => ({
  orgId: r.org_id,
  userId: r.user_id,
  role: r.role as Role,
  email: r.email,
  name: r.name,
})

export interface AuditRow {
  seq: number
  at: string
  org_id: string
  user_id: string | null
  action: string
  object_type: string
  object_id: string | null
  detail: string | null
}

export const toAudit = (r: AuditRow): AuditEntry => ({
  seq: r.seq,
  at: r.at,
  orgId: r.org_id,
  userId: r.user_id,
  action: r.action,
  objectType: r.object_type,
  objectId: r.object_id,
  detail: r.detail,
})

export interface JobRow {
  id: string
  org_id: string
  user_id: string
  kind: string
  status: string
  params: string
  progress: string | null
  result: string | null
  error: string | null
  attempts: number
  cancel_requested: number
  created_at: string
  started_at: string | null
  finished_at: string | null
}

const json = (s: string | null): unknown => (s === null ? null : JSON.parse(s))

export const toJob = (r: JobRow): Job => ({
  id: r.id,
  orgId: r.org_id,
  userId: r.user_id,
  kind: r.kind as JobKind,
  status: r.status as JobStatus,
  params: json(r.params),
  progress: json(r.progress) as Job['progress'],
  result: json(r.result),
  error: r.error,
  attempts: r.attempts,
  cancelRequested: r.cancel_requested === 1,
  createdAt: r.created_at,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
})
