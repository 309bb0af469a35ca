import { can } from '@chuhai/core/workspace'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { AppContext } from '../context.js'
import { createServerError } from '../errors.js'
import { digest, sameSecret } from './secrets.js'
import type { Principal } from './principal.js'

/** Name of the session cookie (httpOnly, SameSite=Lax, Path=/). */
export const SESSION_COOKIE = 'chuhai_session'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

async function fromToken(ctx: AppContext, header: string): Promise<Principal> {
  const token = await ctx.workspace.findToken(digest(header.slice('Bearer '.length).trim()))
  if (!token) {
    throw createServerError('UNAUTHENTICATED')
  }
  const member = (await ctx.workspace.listMembers(token.orgId)).find(
    (m) => m.userId === token.userId,
  )
  if (!member) {
    throw createServerError('UNAUTHENTICATED')
  }
  // At most one write a minute per token: a script's every request need not be a write.
  if (!token.lastUsedAt || Date.now() - Date.parse(token.lastUsedAt) > 60_000) {
    await ctx.workspace.touchToken(token.id)
  }
  return { userId: token.userId, orgId: token.orgId, role: member.role, via: 'token' }
}

async function fromSession(ctx: AppContext, raw: string): Promise<Principal | undefined> {
  const sessionHash = digest(raw)
  const session = await ctx.workspace.getSession(sessionHash)
  if (!session || session.expiresAt < new Date().toISOString()) {
    return undefined
  }
  const member = (await ctx.workspace.membershipsOf(session.userId)).find(
    (m) => m.orgId === session.orgId,
  )
  if (!member) {
    return undefined
  }
  return {
    userId: session.userId,
    orgId: session.orgId,
    role: member.role,
    via: 'session',
    sessionHash,
    csrf: session.csrf,
  }
}

/**
 * Authenticates and authorises every request before its handler (a `preHandler` hook): bearer
 * token or session cookie; for cookie sessions a write must carry the session's CSRF token in
 * `X-CSRF-Token` (synchroniser token; SameSite=Lax cookies are the second line); then the route's
 * declared permission is checked against the member's role.
 */
export function authHook(ctx: AppContext) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const access = request.routeOptions.config.access
    if (access === undefined || access === 'public') {
      return
    }
    const header = request.headers.authorization
    let principal: Principal | undefined
    if (header?.startsWith('Bearer ')) {
      principal = await fromToken(ctx, header)
    } else {
      const raw = request.cookies[SESSION_COOKIE]
      principal = raw ? await fromSession(ctx, raw) : undefined
      if (principal && !SAFE.has(request.method)) {
        const sent = request.headers['x-csrf-token']
        if (typeof sent !== 'string' || !sameSecret(sent, principal.csrf ?? '')) {
          throw createServerError('CSRF')
        }
      }
    }
    if (!principal) {
      throw createServerError('UNAUTHENTICATED')
    }
    if (access !== 'signed-in' && !can(principal.role, access)) {
      throw createServerError('FORBIDDEN', access.replace('.', ' '))
    }
    request.principal = principal
  }
}

/** The caller; routes with `access` other than `public` always have one. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) {
    throw createServerError('UNAUTHENTICATED')
  }
  return request.principal
}
