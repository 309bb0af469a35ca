import { randomUUID } from 'node:crypto'
import { ACTIONS, can, type Role } from '@chuhai/core/workspace'
import type { AddMemberRequest, LoginRequest, Me, Member, SetupRequest } from '@chuhai/api-client'
import type { Principal } from '../auth/principal.js'
import { DUMMY_HASH, digest, hashPassword, newSecret, verifyPassword } from '../auth/secrets.js'
import type { AppContext } from '../context.js'
import { createServerError } from '../errors.js'
import { audit } from './audit.js'

/** A new session: the raw id goes in the cookie, only its hash in the database. */
export interface NewSession {
  readonly cookie: string
  readonly me: Me
}

/** Accounts, sessions, organisations, members and API tokens. */
export class AccountService {
  readonly #ctx: AppContext

  constructor(ctx: AppContext) {
    this.#ctx = ctx
  }

  async needsOwner(): Promise<boolean> {
    return (await this.#ctx.workspace.countUsers()) === 0
  }

  /** First visit: the owner account and its organisation, signed in. Refused once a user exists. */
  async setup(r: SetupRequest): Promise<NewSession> {
    if (!(await this.needsOwner())) {
      throw createServerError('SETUP_DONE')
    }
    const user = await this.#ctx.workspace.createUser({
      email: r.email,
      name: r.name,
      passwordHash: await hashPassword(r.password),
    })
    const org = await this.#ctx.workspace.createOrganisation(r.organisation)
    await this.#ctx.workspace.addMember(org.id, user.id, 'owner')
    await audit(this.#ctx, { orgId: org.id, userId: user.id }, 'create', 'organisation', org.id)
    return this.#startSession(user.id, org.id)
  }

  async login(r: LoginRequest): Promise<NewSession> {
    const user = await this.#ctx.workspace.findUserByEmail(r.email)
    const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, r.password)
    if (!user || !ok) {
      throw createServerError('BAD_CREDENTIALS')
    }
    const orgs = await this.#ctx.workspace.membershipsOf(user.id)
    const org = orgs.find((m) => m.orgId === r.orgId) ?? orgs[0]
    if (!org) {
      throw createServerError('BAD_CREDENTIALS')
    }
    await audit(this.#ctx, { orgId: org.orgId, userId: user.id }, 'sign_in', 'user', user.id)
    return this.#startSession(user.id, org.orgId)
  }

  async logout(p: Principal): Promise<void> {
    if (p.sessionHash) {
      await this.#ctx.workspace.deleteSession(p.sessionHash)
    }
  }

  async me(p: Principal): Promise<Me> {
    const user = await this.#ctx.workspace.getUser(p.userId)
    const orgs = await this.#ctx.workspace.membershipsOf(p.userId)
    const current = orgs.find((o) => o.orgId === p.orgId)
    if (!user || !current) {
      throw createServerError('UNAUTHENTICATED')
    }
    const summary = (o: (typeof orgs)[number]): Me['org'] => ({
      id: o.orgId,
      name: o.orgName,
      role: o.role,
    })
    return {
      user: { id: user.id, email: user.email, name: user.name },
      org: summary(current),
      orgs: orgs.map(summary),
      permissions: ACTIONS.filter((a) => can(current.role, a)),
      csrf: p.csrf ?? null,
    }
  }

  /** Moves the session to another organisation the user belongs to (a new session id). */
  async switchOrg(p: Principal, orgId: string): Promise<NewSession> {
    const orgs = await this.#ctx.workspace.membershipsOf(p.userId)
    if (!orgs.some((o) => o.orgId === orgId)) {
      throw createServerError('NOT_FOUND', `organisation ${orgId}`)
    }
    await this.logout(p)
    return this.#startSession(p.userId, orgId)
  }

  async createOrg(p: Principal, name: string): Promise<NewSession> {
    const org = await this.#ctx.workspace.createOrganisation(name)
    await this.#ctx.workspace.addMember(org.id, p.userId, 'owner')
    await audit(this.#ctx, { orgId: org.id, userId: p.userId }, 'create', 'organisation', org.id)
    await this.logout(p)
    return this.#startSession(p.userId, org.id)
  }

  async members(p: Principal): Promise<Member[]> {
    return (await this.#ctx.workspace.listMembers(p.orgId)).map((m) => ({
      userId: m.userId,
      email: m.email,
      name: m.name,
      role: m.role,
    }))
  }

  /** Adds a person: an existing account by email, or a new local account with the password. */
  async addMember(p: Principal, r: AddMemberRequest): Promise<Member> {
    const ws = this.#ctx.workspace
    let user = await ws.findUserByEmail(r.email)
    if (!user) {
      if (!r.password) {
        throw createServerError('VALIDATION', 'password: required for a new account')
      }
      const created = await ws.createUser({
        email: r.email,
        name: r.name,
        passwordHash: await hashPassword(r.password),
      })
      user = { ...created, passwordHash: '' }
    }
    if ((await ws.listMembers(p.orgId)).some((m) => m.userId === user.id)) {
      throw createServerError('CONFLICT', `${r.email} is a member already`)
    }
    await ws.addMember(p.orgId, user.id, r.role)
    await audit(this.#ctx, p, 'create', 'member', user.id, r.role)
    return { userId: user.id, email: user.email, name: user.name, role: r.role }
  }

  async setRole(p: Principal, userId: string, role: Role): Promise<Member> {
    await this.#keepAnOwner(p, userId, role)
    if (!(await this.#ctx.workspace.setRole(p.orgId, userId, role))) {
      throw createServerError('NOT_FOUND', `member ${userId}`)
    }
    await audit(this.#ctx, p, 'update', 'member', userId, role)
    const m = (await this.members(p)).find((x) => x.userId === userId)
    if (!m) {
      throw createServerError('NOT_FOUND', `member ${userId}`)
    }
    return m
  }

  async removeMember(p: Principal, userId: string): Promise<void> {
    await this.#keepAnOwner(p, userId, undefined)
    if (!(await this.#ctx.workspace.removeMember(p.orgId, userId))) {
      throw createServerError('NOT_FOUND', `member ${userId}`)
    }
    await audit(this.#ctx, p, 'delete', 'member', userId)
  }

  async #keepAnOwner(p: Principal, userId: string, role: Role | undefined): Promise<void> {
    const members = await this.#ctx.workspace.listMembers(p.orgId)
    const owners = members.filter((m) => m.role === 'owner')
    if (role !== 'owner' && owners.length === 1 && owners[0]?.userId === userId) {
      throw createServerError('CONFLICT', 'an organisation keeps at least one owner')
    }
  }

  async #startSession(userId: string, orgId: string): Promise<NewSession> {
    const cookie = newSecret()
    const csrf = newSecret()
    const hours = this.#ctx.config.sessionHours
    const expiresAt = new Date(Date.now() + hours * 3_600_000).toISOString()
    await this.#ctx.workspace.createSession(digest(cookie), { userId, orgId, csrf, expiresAt })
    const member = (await this.#ctx.workspace.membershipsOf(userId)).find((m) => m.orgId === orgId)
    const me = await this.me({
      userId,
      orgId,
      role: member?.role ?? 'viewer',
      via: 'session',
      csrf,
    })
    return { cookie, me }
  }

  tokens = async (p: Principal) => this.#ctx.workspace.listTokens(p.orgId, p.userId)

  /** A new API token for the caller in the current organisation; the secret is returned once. */
  async createToken(p: Principal, name: string) {
    const secret = newSecret('chu_')
    const token = {
      id: randomUUID(),
      orgId: p.orgId,
      userId: p.userId,
      name,
      prefix: secret.slice(0, 10),
      createdAt: new Date().toISOString(),
      lastUsedAt: null,
      revokedAt: null,
    }
    await this.#ctx.workspace.createToken(token, digest(secret))
    await audit(this.#ctx, p, 'create', 'api_token', token.id, name)
    return { ...token, token: secret }
  }

  async revokeToken(p: Principal, id: string): Promise<void> {
    if (!(await this.#ctx.workspace.revokeToken(p.orgId, p.userId, id))) {
      throw createServerError('NOT_FOUND', `token ${id}`)
    }
    await audit(this.#ctx, p, 'delete', 'api_token', id)
  }
}
