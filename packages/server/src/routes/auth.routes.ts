import {
  CreateOrgRequest,
  LoginRequest,
  Me,
  Ok,
  SetupRequest,
  SetupStatus,
  SwitchOrgRequest,
} from '@chuhai/api-client'
import type { FastifyReply } from 'fastify'
import { principalOf, SESSION_COOKIE } from '../auth/auth-hook.js'
import { LoginLimiter } from '../auth/login-limiter.js'
import type { RouteModule } from '../http/zod-app.js'
import type { NewSession } from '../services/account-service.js'

/** Sign-up of the first owner, sign-in/out, the current user, organisations. */
export const authRoutes: RouteModule = (app, s) => {
  const limiter = new LoginLimiter()
  const signIn = (reply: FastifyReply, session: NewSession): Me => {
    void reply.setCookie(SESSION_COOKIE, session.cookie, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: s.ctx.config.secureCookies,
      maxAge: Math.round(s.ctx.config.sessionHours * 3600),
    })
    return session.me
  }
  const tags = ['accounts']

  app.get(
    '/api/setup',
    {
      config: { access: 'public', tenant: 'none' },
      schema: {
        tags,
        summary: 'Whether the owner account is still to be created',
        response: { 200: SetupStatus },
      },
    },
    async () => ({ needsOwner: await s.accounts.needsOwner() }),
  )
  app.post(
    '/api/setup',
    {
      config: { access: 'public', tenant: 'none' },
      schema: {
        tags,
        summary: 'Create the owner account and organisation (first visit only)',
        body: SetupRequest,
        response: { 200: Me },
      },
    },
    async (request, reply) => signIn(reply, await s.accounts.setup(request.body)),
  )
  app.post(
    '/api/auth/login',
    {
      config: { access: 'public', tenant: 'none' },
      schema: {
        tags,
        summary: 'Sign in (sets the session cookie)',
        body: LoginRequest,
        response: { 200: Me },
      },
    },
    async (request, reply) => {
      const key = `${request.ip}|${request.body.email}`
      limiter.check(key)
      try {
        return signIn(reply, await s.accounts.login(request.body))
      } catch (error) {
        limiter.fail(key)
        throw error
      }
    },
  )
  app.post(
    '/api/auth/logout',
    {
      config: { access: 'signed-in', tenant: 'none' },
      schema: { tags, summary: 'Sign out', response: { 200: Ok } },
    },
    async (request, reply) => {
      await s.accounts.logout(principalOf(request))
      void reply.clearCookie(SESSION_COOKIE, { path: '/' })
      return { ok: true as const }
    },
  )
  app.get(
    '/api/me',
    {
      config: { access: 'signed-in', tenant: 'none' },
      schema: {
        tags,
        summary: 'The signed-in user, organisation, permissions and CSRF token',
        response: { 200: Me },
      },
    },
    (request) => s.accounts.me(principalOf(request)),
  )
  app.post(
    '/api/me/org',
    {
      config: { access: 'signed-in', tenant: 'none' },
      schema: {
        tags,
        summary: 'Switch to another organisation of the user',
        body: SwitchOrgRequest,
        response: { 200: Me },
      },
    },
    async (request, reply) =>
      signIn(reply, await s.accounts.switchOrg(principalOf(request), request.body.orgId)),
  )
  app.post(
    '/api/orgs',
    {
      config: { access: 'signed-in', tenant: 'none' },
      schema: {
        tags,
        summary: 'Create an organisation (the caller becomes its owner)',
        body: CreateOrgRequest,
        response: { 200: Me },
      },
    },
    async (request, reply) =>
      signIn(reply, await s.accounts.createOrg(principalOf(request), request.body.name)),
  )
}
