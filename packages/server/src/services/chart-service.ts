import type { ClaimChart } from '@chuhai/core/workspace'
import type { ChartSummary, ChartView, UpdateChartRequest } from '@chuhai/api-client'
import type { Principal } from '../auth/principal.js'
import type { AppContext } from '../context.js'
import { createServerError } from '../errors.js'
import { audit } from './audit.js'
import { ObjectService } from './object-service.js'

const coverage = (c: ClaimChart): number => {
  const weight = { present: 1, partly: 0.5, unclear: 0.25, absent: 0 } as const
  const n = c.elements.length
  return n === 0
    ? 0
    : Math.round((c.elements.reduce((s, e) => s + weight[e.status], 0) / n) * 100) / 100
}

const summary = (c: ClaimChart): ChartSummary => ({
  id: c.id,
  productId: c.productId,
  patentId: c.patentId,
  patentTitle: c.patentTitle,
  claimNumber: c.claimNumber,
  coverage: coverage(c),
  updatedBy: c.updatedBy,
  updatedAt: c.updatedAt,
})

const view = (c: ClaimChart): ChartView => ({
  ...summary(c),
  claimText: c.claimText,
  elements: c.elements.map((e) => ({ ...e })),
})

function csvCell(value: string | number): string {
  const s = String(value)
  // Formula injection: a cell starting with = + - @ is prefixed so spreadsheets show it as text.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** FTO claim charts: read, edited element by element, exported. Scoped through the product. */
export class ChartService {
  readonly #ctx: AppContext
  readonly #objects: ObjectService

  constructor(ctx: AppContext) {
    this.#ctx = ctx
    this.#objects = new ObjectService(ctx)
  }

  async list(p: Principal, productId: string): Promise<ChartSummary[]> {
    await this.#objects.get(p, 'product', productId, false)
    const charts = await this.#ctx.charts.list(p.orgId, productId)
    return charts.map(summary).sort((a, b) => b.coverage - a.coverage)
  }

  async #chart(p: Principal, id: string): Promise<ClaimChart> {
    const c = await this.#ctx.charts.get(p.orgId, id)
    if (!c) {
      throw createServerError('NOT_FOUND', `chart ${id}`)
    }
    await this.#objects.get(p, 'product', c.productId, false)
    return c
  }

  async get(p: Principal, id: string): Promise<ChartView> {
    const c = await this.#chart(p, id)
    await audit(this.#ctx, p, 'read', 'fto_chart', id)
    return view(c)
  }

  async update(p: Principal, id: string, r: UpdateChartRequest): Promise<ChartView> {
    const c = await this.#chart(p, id)
    const changes = new Map(r.elements.map((e) => [e.index, e]))
    const next: ClaimChart = {
      ...c,
      elements: c.elements.map((e) => {
        const change = changes.get(e.index)
        return change ? { ...e, status: change.status, note: change.note ?? '' } : e
      }),
      updatedBy: p.userId,
      updatedAt: new Date().toISOString(),
    }
    await this.#ctx.charts.save(next)
    await audit(this.#ctx, p, 'update', 'fto_chart', id, `${changes.size} elements`)
    return view(next)
  }

  /** The chart as CSV (one row per element) or JSON. */
  async export(p: Principal, id: string, format: 'csv' | 'json'): Promise<string> {
    const c = await this.#chart(p, id)
    await audit(this.#ctx, p, 'export', 'fto_chart', id, format)
    if (format === 'json') {
      return JSON.stringify(view(c), null, 2)
    }
    const head = [
      'patent',
      'claim',
      'element',
      'claim element',
      'finding',
      'suggested',
      'coverage',
      'product evidence',
      'note',
    ]
    const rows = c.elements.map((e) => [
      c.patentId,
      c.claimNumber,
      e.index,
      e.text,
      e.status,
      e.suggested,
      e.coverage,
      e.evidence,
      e.note,
    ])
    return `${[head, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`
  }
}
