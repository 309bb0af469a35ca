import type { Action, Role } from '@chuhai/core/workspace'

/** Who is calling: resolved from the session cookie or the bearer token on every request. */
export interface Principal {
  readonly userId: string
  readonly orgId: string
  readonly role: Role
  readonly via: 'session' | 'token'
  /** Hash of the session id (sign-out, org switch); absent for tokens. */
  readonly sessionHash?: string
  readonly csrf?: string
}

/**
 * What a route needs, declared in its `config`: `public` (no account), `signed-in` (any member),
 * or one permission of `@chuhai/core/workspace`. The isolation test reads `tenant` to know how to
 * attack the route: `none` (no organisation data), `org` (lists the caller's organisation),
 * `object` (addresses one object by `:id` or `:userId`).
 */
export interface RouteAccess {
  readonly access: 'public' | 'signed-in' | Action
  readonly tenant: 'none' | 'org' | 'object'
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal
  }
  interface FastifyContextConfig {
    access?: RouteAccess['access']
    tenant?: RouteAccess['tenant']
  }
}
