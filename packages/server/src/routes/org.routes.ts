import {
  AddMemberRequest,
  ApiTokenView,
  AuditQuery,
  AuditView,
  CreatedToken,
  CreateTokenRequest,
  IdParam,
  Member,
  Ok,
  SetRoleRequest,
  UserIdParam,
} from '@chuhai/api-client'
import { z } from 'zod'
import { principalOf } from '../auth/auth-hook.js'
import type { RouteModule } from '../http/zod-app.js'

/** Members and roles, API tokens, the audit log of the caller's organisation. */
export const orgRoutes: RouteModule = (app, s) => {
  const tags = ['organisation']
  app.get(
    '/api/org/members',
    {
      config: { access: 'members.read', tenant: 'org' },
      schema: { tags, response: { 200: z.array(Member) } },
    },
    (request) => s.accounts.members(principalOf(request)),
  )
  app.post(
    '/api/org/members',
    {
      config: { access: 'members.manage', tenant: 'org' },
      schema: {
        tags,
        summary: 'Add a member (a new local account, or an existing one by email)',
        body: AddMemberRequest,
        response: { 200: Member },
      },
    },
    (request) => s.accounts.addMember(principalOf(request), request.body),
  )
  app.patch(
    '/api/org/members/:userId',
    {
      config: { access: 'members.manage', tenant: 'object' },
      schema: { tags, params: UserIdParam, body: SetRoleRequest, response: { 200: Member } },
    },
    (request) => s.accounts.setRole(principalOf(request), request.params.userId, request.body.role),
  )
  app.delete(
    '/api/org/members/:userId',
    {
      config: { access: 'members.manage', tenant: 'object' },
      schema: { tags, params: UserIdParam, response: { 200: Ok } },
    },
    async (request) => {
      await s.accounts.removeMember(principalOf(request), request.params.userId)
      return { ok: true as const }
    },
  )
  app.get(
    '/api/tokens',
    {
      config: { access: 'tokens.manage', tenant: 'org' },
      schema: {
        tags,
        summary: "The caller's API tokens",
        response: { 200: z.array(ApiTokenView) },
      },
    },
    (request) => s.accounts.tokens(principalOf(request)),
  )
  app.post(
    '/api/tokens',
    {
      config: { access: 'tokens.manage', tenant: 'org' },
      schema: {
        tags,
        summary: 'Create an API token (the secret is shown once)',
        body: CreateTokenRequest,
        response: { 200: CreatedToken },
      },
    },
    (request) => s.accounts.createToken(principalOf(request), request.body.name),
  )
  app.delete(
    '/api/tokens/:id',
    {
      config: { access: 'tokens.manage', tenant: 'object' },
      schema: { tags, params: IdParam, response: { 200: Ok } },
    },
    async (request) => {
      await s.accounts.revokeToken(principalOf(request), request.params.id)
      return { ok: true as const }
    },
  )
  app.get(
    '/api/audit',
    {
      config: { access: 'audit.read', tenant: 'org' },
      schema: {
        tags,
        summary: 'Audit log, newest first (append-only)',
        querystring: AuditQuery,
        response: { 200: z.array(AuditView) },
      },
    },
    async (request) =>
      (
        await s.ctx.workspace.listAudit(principalOf(request).orgId, {
          limit: request.query.limit,
          ...(request.query.before ? { before: request.query.before } : {}),
        })
      ).map((e) => ({
        seq: e.seq,
        at: e.at,
        userId: e.userId,
        action: e.action,
        objectType: e.objectType,
        objectId: e.objectId,
        detail: e.detail,
      })),
  )
}
