import { randomUUID } from 'node:crypto'
import type { ConfidentialObject, ObjectKind } from '@chuhai/core/workspace'
import type { CreateObjectRequest, UpdateObjectRequest } from '@chuhai/api-client'
import type { Principal } from '../auth/principal.js'
import type { AppContext } from '../context.js'
import { createServerError } from '../errors.js'
import { audit } from './audit.js'
import { maySee, visibleMatters } from './scope.js'

/** Invention disclosures and products: confidential, scoped, every read and change audited. */
export class ObjectService {
  readonly #ctx: AppContext

  constructor(ctx: AppContext) {
    this.#ctx = ctx
  }

  async list(p: Principal, kind: ObjectKind): Promise<ConfidentialObject[]> {
    const all = await this.#ctx.workspace.listObjects(p.orgId, kind)
    const seen: ConfidentialObject[] = []
    for (const o of all) {
      if (await maySee(this.#ctx, p, o)) {
        seen.push(o)
      }
    }
    return seen
  }

  /** One object; `NOT_FOUND` (never "forbidden") for another organisation's or a hidden one. */
  async get(
    p: Principal,
    kind: ObjectKind,
    id: string,
    audited = true,
  ): Promise<ConfidentialObject> {
    const o = await this.#ctx.workspace.getObject(p.orgId, id)
    if (!o || o.kind !== kind || !(await maySee(this.#ctx, p, o))) {
      throw createServerError('NOT_FOUND', `${kind} ${id}`)
    }
    if (audited) {
      await audit(this.#ctx, p, 'read', kind, id)
    }
    return o
  }

  async create(
    p: Principal,
    kind: ObjectKind,
    r: CreateObjectRequest,
  ): Promise<ConfidentialObject> {
    const matterId = r.matterId ?? null
    await this.#checkMatter(p, matterId)
    const now = new Date().toISOString()
    const o: ConfidentialObject = {
      id: randomUUID(),
      orgId: p.orgId,
      kind,
      title: r.title,
      body: r.body,
      matterId,
      createdBy: p.userId,
      createdAt: now,
      updatedAt: now,
    }
    await this.#ctx.workspace.createObject(o)
    await audit(this.#ctx, p, 'create', kind, o.id)
    return o
  }

  async update(
    p: Principal,
    kind: ObjectKind,
    id: string,
    r: UpdateObjectRequest,
  ): Promise<ConfidentialObject> {
    await this.get(p, kind, id, false)
    if (r.matterId !== undefined) {
      await this.#checkMatter(p, r.matterId)
    }
    await this.#ctx.workspace.updateObject(p.orgId, id, {
      ...(r.title === undefined ? {} : { title: r.title }),
      ...(r.body === undefined ? {} : { body: r.body }),
      ...(r.matterId === undefined ? {} : { matterId: r.matterId }),
      updatedAt: new Date().toISOString(),
    })
    await audit(this.#ctx, p, 'update', kind, id, Object.keys(r).join(','))
    return this.get(p, kind, id, false)
  }

  async remove(p: Principal, kind: ObjectKind, id: string): Promise<void> {
    await this.get(p, kind, id, false)
    await this.#ctx.workspace.deleteObject(p.orgId, id)
    await audit(this.#ctx, p, 'delete', kind, id)
  }

  async #checkMatter(p: Principal, matterId: string | null): Promise<void> {
    if (matterId !== null && !(await visibleMatters(this.#ctx, p)).has(matterId)) {
      throw createServerError('NOT_FOUND', `matter ${matterId}`)
    }
  }
}
