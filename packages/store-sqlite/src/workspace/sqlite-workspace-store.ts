import { randomUUID } from 'node:crypto'
import type {
  ApiToken,
  AuditEntry,
  ConfidentialObject,
  Membership,
  NewAuditEntry,
  ObjectKind,
  Organisation,
  Role,
  Session,
  User,
  WorkspaceStore,
} from '@chuhai/core/workspace'
import type { SqliteDb } from '../driver.js'
import {
  toAudit,
  toMember,
  toObject,
  toToken,
  type AuditRow,
  type MemberRow,
  type ObjectRow,
  type TokenRow,
} from './rows.js'

interface UserRow {
  id: string
  email: string
  name: string
  password_hash: string
  created_at: string
}

const toUser = (r: UserRow): User => ({
  id: r.id,
  email: r.email,
  name: r.name,
  createdAt: r.created_at,
})

/**
 * `WorkspaceStore` on a shared better-sqlite3 connection (see `openSqliteDatabase`). Small
 * single-row statements, prepared on use (better-sqlite3 caches nothing, but these run a few times
 * per request at most). Every organisation-owned read has `org_id = ?` in its WHERE clause.
 */
export class SqliteWorkspaceStore implements WorkspaceStore {
  readonly id = 'sqlite'
  readonly #db: SqliteDb
  readonly #now: () => string

  /** `now` is injectable for tests. Default is the system time as ISO 8601. */
  constructor(db: SqliteDb, now: () => string = () => new Date().toISOString()) {
    this.#db = db
    this.#now = now
  }

  #get<T>(sql: string, ...params: unknown[]): T | undefined {
    return this.#db.prepare(sql).get(...params) as T | undefined
  }

  #all<T>(sql: string, ...params: unknown[]): T[] {
    return this.#db.prepare(sql).all(...params) as T[]
  }

  #run(sql: string, ...params: unknown[]): number {
    return this.#db.prepare(sql).run(...params).changes
  }

  async countUsers(): Promise<number> {
    return Promise.resolve(this.#get<{ n: number }>('SELECT count(*) AS n FROM users')?.n ?? 0)
  }

  async createUser(input: { email: string; name: string; passwordHash: string }): Promise<User> {
    const row: UserRow = {
      id: randomUUID(),
      email: input.email,
      name: input.name,
      password_hash: input.passwordHash,
      created_at: this.#now(),
    }
    this.#run(
      'INSERT INTO users (id, email, name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)',
      row.id,
      row.email,
      row.name,
      row.password_hash,
      row.created_at,
    )
    return Promise.resolve(toUser(row))
  }

  async findUserByEmail(email: string): Promise<(User & { passwordHash: string }) | undefined> {
    const row = this.#get<UserRow>('SELECT * FROM users WHERE email = ?', email)
    return Promise.resolve(row ? { ...toUser(row), passwordHash: row.password_hash } : undefined)
  }

  async getUser(id: string): Promise<User | undefined> {
    const row = this.#get<UserRow>('SELECT * FROM users WHERE id = ?', id)
    return Promise.resolve(row ? toUser(row) : undefined)
  }

  async createOrganisation(name: string): Promise<Organisation> {
    const org = { id: randomUUID(), name, createdAt: this.#now() }
    this.#run('INSERT INTO organisations VALUES (?, ?, ?)', org.id, org.name, org.createdAt)
    return Promise.resolve(org)
  }

  async getOrganisation(id: string): Promise<Organisation | undefined> {
    const row = this.#get<{ id: string; name: string; created_at: string }>(
      'SELECT * FROM organisations WHERE id = ?',
      id,
    )
    return Promise.resolve(
      row ? { id: row.id, name: row.name, createdAt: row.created_at } : undefined,
    )
  }

  async addMember(orgId: string, userId: string, role: Role): Promise<void> {
    this.#run(
      'INSERT INTO memberships (org_id, user_id, role) VALUES (?, ?, ?)',
      orgId,
      userId,
      role,
    )
    return Promise.resolve()
  }

  async setRole(orgId: string, userId: string, role: Role): Promise<boolean> {
    const n = this.#run(
      'UPDATE memberships SET role = ? WHERE org_id = ? AND user_id = ?',
      role,
      orgId,
      userId,
    )
    return Promise.resolve(n > 0)
  }

  async removeMember(orgId: string, userId: string): Promise<boolean> {
    const n = this.#run('DELETE FROM memberships WHERE org_id = ? AND user_id = ?', orgId, userId)
    this.#run('DELETE FROM sessions WHERE org_id = ? AND user_id = ?', orgId, userId)
    return Promise.resolve(n > 0)
  }

  async listMembers(orgId: string): Promise<Membership[]> {
    const rows = this.#all<MemberRow>(
      `SELECT m.org_id, m.user_id, m.role, u.email, u.name FROM memberships m
       JOIN users u ON u.id = m.user_id WHERE m.org_id = ? ORDER BY u.email`,
      orgId,
    )
    return Promise.resolve(rows.map(toMember))
  }

  async membershipsOf(userId: string): Promise<(Membership & { orgName: string })[]> {
    const rows = this.#all<MemberRow & { org_name: string }>(
      `SELECT m.org_id, m.user_id, m.role, u.email, u.name, o.name AS org_name FROM memberships m
       JOIN users u ON u.id = m.user_id JOIN organisations o ON o.id = m.org_id
       WHERE m.user_id = ? ORDER BY o.created_at`,
      userId,
    )
    return Promise.resolve(rows.map((r) => ({ ...toMember(r), orgName: r.org_name })))
  }

  async createSession(idHash: string, s: Session): Promise<void> {
    this.#run(
      'INSERT INTO sessions (id_hash, user_id, org_id, csrf, expires_at) VALUES (?, ?, ?, ?, ?)',
      idHash,
      s.userId,
      s.orgId,
      s.csrf,
      s.expiresAt,
    )
    return Promise.resolve()
  }

  async getSession(idHash: string): Promise<Session | undefined> {
    const row = this.#get<{ user_id: string; org_id: string; csrf: string; expires_at: string }>(
      'SELECT * FROM sessions WHERE id_hash = ?',
      idHash,
    )
    if (!row) {
      return undefined
    }
    return Promise.resolve({
      userId: row.user_id,
      orgId: row.org_id,
      csrf: row.csrf,
      expiresAt: row.expires_at,
    })
  }

  async deleteSession(idHash: string): Promise<void> {
    this.#run('DELETE FROM sessions WHERE id_hash = ?', idHash)
    return Promise.resolve()
  }

  async createToken(t: ApiToken, secretHash: string): Promise<void> {
    this.#run(
      `INSERT INTO api_tokens (id, org_id, user_id, name, prefix, secret_hash, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      t.id,
      t.orgId,
      t.userId,
      t.name,
      t.prefix,
      secretHash,
      t.createdAt,
    )
    return Promise.resolve()
  }

  async findToken(secretHash: string): Promise<ApiToken | undefined> {
    const row = this.#get<TokenRow>(
      'SELECT * FROM api_tokens WHERE secret_hash = ? AND revoked_at IS NULL',
      secretHash,
    )
    return Promise.resolve(row ? toToken(row) : undefined)
  }

  async listTokens(orgId: string, userId: string): Promise<ApiToken[]> {
    const rows = this.#all<TokenRow>(
      'SELECT * FROM api_tokens WHERE org_id = ? AND user_id = ? ORDER BY created_at DESC',
      orgId,
      userId,
    )
    return Promise.resolve(rows.map(toToken))
  }

  async revokeToken(orgId: string, userId: string, id: string): Promise<boolean> {
    const n = this.#run(
      `UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND org_id = ? AND user_id = ?
       AND revoked_at IS NULL`,
      this.#now(),
      id,
      orgId,
      userId,
    )
    return Promise.resolve(n > 0)
  }

  async touchToken(id: string): Promise<void> {
    this.#run('UPDATE api_tokens SET last_used_at = ? WHERE id = ?', this.#now(), id)
    return Promise.resolve()
  }

  async createObject(o: ConfidentialObject): Promise<void> {
    this.#run(
      `INSERT INTO confidential_objects
       (id, org_id, kind, title, body, matter_id, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      o.id,
      o.orgId,
      o.kind,
      o.title,
      o.body,
      o.matterId,
      o.createdBy,
      o.createdAt,
      o.updatedAt,
    )
    return Promise.resolve()
  }

  async getObject(orgId: string, id: string): Promise<ConfidentialObject | undefined> {
    const row = this.#get<ObjectRow>(
      'SELECT * FROM confidential_objects WHERE org_id = ? AND id = ?',
      orgId,
      id,
    )
    return Promise.resolve(row ? toObject(row) : undefined)
  }

  async listObjects(orgId: string, kind: ObjectKind): Promise<ConfidentialObject[]> {
    const rows = this.#all<ObjectRow>(
      'SELECT * FROM confidential_objects WHERE org_id = ? AND kind = ? ORDER BY updated_at DESC',
      orgId,
      kind,
    )
    return Promise.resolve(rows.map(toObject))
  }

  async updateObject(
    orgId: string,
    id: string,
    patch: { title?: string; body?: string; matterId?: string | null; updatedAt: string },
  ): Promise<boolean> {
    const current = await this.getObject(orgId, id)
    if (!current) {
      return false
    }
    this.#run(
      `UPDATE confidential_objects SET title = ?, body = ?, matter_id = ?, updated_at = ?
       WHERE org_id = ? AND id = ?`,
      patch.title ?? current.title,
      patch.body ?? current.body,
      patch.matterId === undefined ? current.matterId : patch.matterId,
      patch.updatedAt,
      orgId,
      id,
    )
    return true
  }

  async deleteObject(orgId: string, id: string): Promise<boolean> {
    const n = this.#run('DELETE FROM confidential_objects WHERE org_id = ? AND id = ?', orgId, id)
    return Promise.resolve(n > 0)
  }

  async claimMatter(orgId: string, matterId: string): Promise<void> {
    this.#run('INSERT INTO org_matters (matter_id, org_id) VALUES (?, ?)', matterId, orgId)
    return Promise.resolve()
  }

  async matterIds(orgId: string): Promise<string[]> {
    const rows = this.#all<{ matter_id: string }>(
      'SELECT matter_id FROM org_matters WHERE org_id = ?',
      orgId,
    )
    return Promise.resolve(rows.map((r) => r.matter_id))
  }

  async assignMatter(orgId: string, matterId: string, userId: string): Promise<void> {
    this.#run(
      'INSERT OR IGNORE INTO matter_assignments (org_id, matter_id, user_id) VALUES (?, ?, ?)',
      orgId,
      matterId,
      userId,
    )
    return Promise.resolve()
  }

  async assignedMatters(orgId: string, userId: string): Promise<string[]> {
    const rows = this.#all<{ matter_id: string }>(
      'SELECT matter_id FROM matter_assignments WHERE org_id = ? AND user_id = ?',
      orgId,
      userId,
    )
    return Promise.resolve(rows.map((r) => r.matter_id))
  }

  async appendAudit(e: NewAuditEntry): Promise<void> {
    this.#run(
      `INSERT INTO audit_log (at, org_id, user_id, action, object_type, object_id, detail)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      this.#now(),
      e.orgId,
      e.userId,
      e.action,
      e.objectType,
      e.objectId,
      e.detail,
    )
    return Promise.resolve()
  }

  async listAudit(orgId: string, o: { limit: number; before?: number }): Promise<AuditEntry[]> {
    const rows = this.#all<AuditRow>(
      'SELECT * FROM audit_log WHERE org_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?',
      orgId,
      o.before ?? Number.MAX_SAFE_INTEGER,
      o.limit,
    )
    return Promise.resolve(rows.map(toAudit))
  }

  async close(): Promise<void> {
    return Promise.resolve()
  }
}
