import { randomUUID } from 'node:crypto'
import {
  computeDocket,
  protectionNet,
  renderIcs,
  validateEvent,
  validateMatter,
  type DocketEvent,
  type Matter,
} from '@chuhai/core'
import type {
  CreateEventRequest,
  CreateMatterRequest,
  DocketView,
  EventView,
  MatterDetail,
  MatterView,
  NetView,
} from '@chuhai/api-client'
import { seesAssignedOnly } from '@chuhai/core/workspace'
import type { Principal } from '../auth/principal.js'
import type { AppContext } from '../context.js'
import { createServerError } from '../errors.js'
import { audit } from './audit.js'
import { visibleMatters } from './scope.js'

const eventView = (e: DocketEvent): EventView => ({
  id: e.id,
  matterId: e.matterId,
  type: e.type,
  date: e.date,
  responseMonths: e.responseMonths ?? null,
  due: e.due ?? null,
  note: e.note ?? null,
})

/**
 * The organisation's docket: matters (the docket store's, claimed by one organisation), their
 * events, deadlines from the rules engine, the ICS calendar and the protection net. Attorneys see
 * the matters assigned to them only.
 */
export class DocketService {
  readonly #ctx: AppContext

  constructor(ctx: AppContext) {
    this.#ctx = ctx
  }

  async #visible(p: Principal): Promise<Matter[]> {
    const ids = await visibleMatters(this.#ctx, p)
    return (await this.#ctx.docket.listMatters()).filter((m) => ids.has(m.id))
  }

  async #view(p: Principal, m: Matter): Promise<MatterView> {
    const assignees = seesAssignedOnly(p.role)
      ? [p.userId]
      : (await this.#ctx.workspace.listMembers(p.orgId))
          .filter((x) => x.role === 'attorney')
          .map((x) => x.userId)
    const assigned: string[] = []
    for (const userId of assignees) {
      if ((await this.#ctx.workspace.assignedMatters(p.orgId, userId)).includes(m.id)) {
        assigned.push(userId)
      }
    }
    return {
      id: m.id,
      family: m.family,
      office: m.office,
      title: m.title,
      applicationNumber: m.applicationNumber ?? null,
      filingDate: m.filingDate ?? null,
      priorityDate: m.priorityDate ?? null,
      core: m.core,
      targets: [...m.targets],
      assignees: assigned,
    }
  }

  async list(p: Principal): Promise<MatterView[]> {
    const out: MatterView[] = []
    for (const m of await this.#visible(p)) {
      out.push(await this.#view(p, m))
    }
    return out
  }

  async #matter(p: Principal, id: string): Promise<Matter> {
    const m = (await this.#visible(p)).find((x) => x.id === id)
    if (!m) {
      throw createServerError('NOT_FOUND', `matter ${id}`)
    }
    return m
  }

  async get(p: Principal, id: string): Promise<MatterDetail> {
    const m = await this.#matter(p, id)
    const events = await this.#ctx.docket.listEvents(id)
    await audit(this.#ctx, p, 'read', 'matter', id)
    return { ...(await this.#view(p, m)), events: events.map(eventView) }
  }

  async create(p: Principal, r: CreateMatterRequest): Promise<MatterView> {
    const input = validateMatter({
      id: `M-${randomUUID().slice(0, 13)}`,
      family: r.family,
      office: r.office.toUpperCase(),
      title: r.title,
      applicationNumber: r.applicationNumber,
      filingDate: r.filingDate,
      priorityDate: r.priorityDate,
      core: r.core ?? false,
      targets: (r.targets ?? []).map((t) => t.toUpperCase()),
    })
    const m = await this.#ctx.docket.addMatter(input)
    await this.#ctx.workspace.claimMatter(p.orgId, m.id)
    if (seesAssignedOnly(p.role)) {
      // Outside counsel who opens a matter keeps seeing it.
      await this.#ctx.workspace.assignMatter(p.orgId, m.id, p.userId)
    }
    await audit(this.#ctx, p, 'create', 'matter', m.id)
    return this.#view(p, m)
  }

  async addEvent(p: Principal, matterId: string, r: CreateEventRequest): Promise<EventView> {
    await this.#matter(p, matterId)
    const e = await this.#ctx.docket.addEvent(validateEvent({ matterId, ...r }))
    await audit(this.#ctx, p, 'create', 'matter_event', e.id, matterId)
    return eventView(e)
  }

  async assign(p: Principal, matterId: string, userId: string): Promise<MatterView> {
    const m = await this.#matter(p, matterId)
    const member = (await this.#ctx.workspace.listMembers(p.orgId)).find((x) => x.userId === userId)
    if (!member) {
      throw createServerError('NOT_FOUND', `member ${userId}`)
    }
    await this.#ctx.workspace.assignMatter(p.orgId, matterId, userId)
    await audit(this.#ctx, p, 'update', 'matter', matterId, `assign ${userId}`)
    return this.#view(p, m)
  }

  async #events(matters: readonly Matter[]): Promise<DocketEvent[]> {
    const all: DocketEvent[] = []
    for (const m of matters) {
      all.push(...(await this.#ctx.docket.listEvents(m.id)))
    }
    return all
  }

  async deadlines(p: Principal, upcoming: number, all: boolean): Promise<DocketView> {
    const matters = await this.#visible(p)
    const report = computeDocket(matters, await this.#events(matters))
    const deadlines = report.deadlines.filter(
      (d) => all || (!d.done && d.daysLeft >= -30 && d.daysLeft <= upcoming),
    )
    return {
      today: report.today,
      rulesVersion: report.rulesVersion,
      warnings: [...report.warnings],
      deadlines: deadlines.map((d) => ({
        matterId: d.matterId,
        family: d.family,
        office: d.office,
        kind: d.kind,
        due: d.due,
        period: d.period,
        basis: d.basis,
        source: d.source,
        status: d.status,
        done: d.done,
        estimated: d.estimated,
        daysLeft: d.daysLeft,
        fee: d.fee ? { value: d.fee.value, currency: d.fee.currency } : null,
      })),
    }
  }

  async ics(p: Principal): Promise<string> {
    const matters = await this.#visible(p)
    const report = computeDocket(matters, await this.#events(matters))
    await audit(this.#ctx, p, 'export', 'docket', null, 'ics')
    return renderIcs(report.deadlines, matters, { now: Date.now() })
  }

  async net(p: Principal, markets: string[] | undefined, currency: string): Promise<NetView> {
    const matters = await this.#visible(p)
    const net = protectionNet(matters, await this.#events(matters), {
      ...(markets && markets.length > 0 ? { markets } : {}),
      currency,
    })
    return {
      markets: [...net.markets],
      offices: [...net.offices],
      currency: net.currency,
      status: net.status,
      warnings: [...net.warnings],
      rows: net.rows.map((r) => ({
        family: r.family,
        title: r.title,
        gaps: [...r.gaps],
        yearlyCost: Math.round(r.yearlyCost),
        cells: r.cells.map((c) => ({
          office: c.office,
          status: c.status,
          expiry: c.expiry ?? null,
          next: c.next ? { kind: c.next.kind, due: c.next.due } : null,
          yearlyCost: Math.round(c.yearlyCost),
        })),
      })),
    }
  }
}
