import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FTO_DISCLAIMER, ftoJson, type FtoReport } from '@chuhai/core/fto'
import type { FtoRunRecord } from '@chuhai/core/workspace'
import type {
  FtoExportQuery,
  FtoFindingsRequest,
  FtoResultView,
  FtoRunSummary,
  FtoRunView,
} from '@chuhai/api-client'
import type { Principal } from '../auth/principal.js'
import type { AppContext } from '../context.js'
import { createServerError } from '../errors.js'
import { audit } from '../services/audit.js'
import { ObjectService } from '../services/object-service.js'
import { applyFindings, findingKey } from './fto-findings.js'

const CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json',
} as const

/** An exported report: bytes, content type and file name. */
export interface ExportedReport {
  readonly body: Buffer
  readonly contentType: string
  readonly fileName: string
}

/**
 * FTO runs of the FTO engine (`runFto`, as `chuhai fto`): listed per product, shown per patent
 * and country with their claim charts, findings recorded element by element (audited), exported
 * through the CLI's report writers (DOCX, XLSX, HTML, PDF, JSON) with the findings applied.
 * Scoped through the product: a run is visible to whoever may see its product.
 */
export class FtoService {
  readonly #ctx: AppContext
  readonly #objects: ObjectService

  constructor(ctx: AppContext) {
    this.#ctx = ctx
    this.#objects = new ObjectService(ctx)
  }

  async list(p: Principal, productId?: string): Promise<FtoRunSummary[]> {
    if (productId !== undefined) {
      await this.#objects.get(p, 'product', productId, false)
    }
    const runs = await this.#ctx.ftoRuns.list(p.orgId, productId)
    const visible: FtoRunSummary[] = []
    for (const run of runs) {
      if (productId !== undefined || (await this.#sees(p, run.productId))) {
        visible.push(summary(run, applyFindings(run.report as FtoReport, run.findings)))
      }
    }
    return visible
  }

  async get(p: Principal, id: string): Promise<FtoRunView> {
    const run = await this.#run(p, id)
    await audit(this.#ctx, p, 'read', 'fto_run', id)
    return view(run)
  }

  async record(p: Principal, id: string, r: FtoFindingsRequest): Promise<FtoRunView> {
    const run = await this.#run(p, id)
    const report = run.report as FtoReport
    const known = new Set<string>()
    for (const result of report.results) {
      for (const c of result.claims) {
        for (const e of c.elements) {
          known.add(
            findingKey({
              publicationNumber: result.publicationNumber,
              country: result.country,
              claim: c.claim,
              element: e.id,
            }),
          )
        }
      }
    }
    const now = new Date().toISOString()
    const findings = new Map(run.findings.map((f) => [findingKey(f), f]))
    for (const f of r.findings) {
      const key = findingKey(f)
      if (!known.has(key)) {
        throw createServerError(
          'VALIDATION',
          `findings: no element ${f.element} in claim ${f.claim} of ${f.publicationNumber} (${f.country}) in this run`,
        )
      }
      findings.set(key, {
        publicationNumber: f.publicationNumber,
        country: f.country,
        claim: f.claim,
        element: f.element,
        met: f.met,
        evidence: f.evidence ?? '',
        note: f.note ?? '',
        by: p.userId,
        at: now,
      })
    }
    const next: FtoRunRecord = {
      ...run,
      findings: [...findings.values()],
      updatedBy: p.userId,
      updatedAt: now,
    }
    await this.#ctx.ftoRuns.save(next)
    await audit(this.#ctx, p, 'update', 'fto_run', id, `${r.findings.length} findings`)
    return view(next)
  }

  /** The report with the findings applied, written by the CLI's report code. */
  async export(p: Principal, id: string, q: FtoExportQuery): Promise<ExportedReport> {
    const run = await this.#run(p, id)
    const format = q.format ?? 'docx'
    const lang = q.lang ?? 'en'
    const report = applyFindings(run.report as FtoReport, run.findings)
    await audit(this.#ctx, p, 'export', 'fto_run', id, `${format} ${lang}`)
    const fileName = `fto-${run.asOf}-${id.slice(0, 8)}.${format}`
    if (format === 'json') {
      return {
        body: Buffer.from(`${JSON.stringify(ftoJson(report), null, 2)}\n`),
        contentType: CONTENT_TYPES.json,
        fileName,
      }
    }
    const { writeFtoReport } = await import('@chuhai/cli/report/fto-report')
    const dir = await mkdtemp(join(tmpdir(), 'chuhai-fto-'))
    try {
      const out = join(dir, fileName)
      await writeFtoReport(report, out, lang)
      return { body: await readFile(out), contentType: CONTENT_TYPES[format], fileName }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  async #sees(p: Principal, productId: string): Promise<boolean> {
    try {
      await this.#objects.get(p, 'product', productId, false)
      return true
    } catch {
      return false
    }
  }

  async #run(p: Principal, id: string): Promise<FtoRunRecord> {
    const run = await this.#ctx.ftoRuns.get(p.orgId, id)
    if (!run || !(await this.#sees(p, run.productId))) {
      throw createServerError('NOT_FOUND', `FTO run ${id}`)
    }
    return run
  }
}

function summary(run: FtoRunRecord, report: FtoReport): FtoRunSummary {
  return {
    id: run.id,
    productId: run.productId,
    jobId: run.jobId,
    asOf: run.asOf,
    countries: [...run.countries],
    results: report.results.length,
    high: report.results.filter((r) => r.risk === 'high').length,
    findings: run.findings.length,
    createdBy: run.createdBy,
    createdAt: run.createdAt,
    updatedBy: run.updatedBy,
    updatedAt: run.updatedAt,
  }
}

/** The run as the API shows it (allow-list): the findings applied, the engine's values beside. */
export function view(run: FtoRunRecord): FtoRunView {
  const engine = run.report as FtoReport
  const report = applyFindings(engine, run.findings)
  const findings = new Map(run.findings.map((f) => [findingKey(f), f]))
  const suggested = new Map(
    engine.results.map((r) => [`${r.publicationNumber}|${r.country}`, r] as const),
  )
  const results: FtoResultView[] = report.results.map((r) => {
    const original = suggested.get(`${r.publicationNumber}|${r.country}`)
    return {
      publicationNumber: r.publicationNumber,
      country: r.country,
      title: r.title ?? null,
      status: r.status,
      expiry: r.term.expiry ?? null,
      estimated: r.term.estimated,
      route: r.route,
      foundVia: r.foundVia,
      risk: r.risk,
      suggestedRisk: original?.risk ?? r.risk,
      score: r.score,
      problem: r.problem ?? null,
      claims: r.claims.map((c) => {
        const engineClaim = original?.claims.find((x) => x.claim === c.claim)
        return {
          claim: c.claim,
          coverage: c.coverage,
          met: c.met,
          partly: c.partly,
          total: c.total,
          elements: c.elements.map((e) => {
            const f = findings.get(
              findingKey({
                publicationNumber: r.publicationNumber,
                country: r.country,
                claim: c.claim,
                element: e.id,
              }),
            )
            const engineElement = engineClaim?.elements.find((x) => x.id === e.id)
            return {
              id: e.id,
              kind: e.kind,
              text: e.text,
              met: e.met,
              suggested: engineElement?.met ?? e.met,
              score: e.score,
              evidence: f ? f.evidence : (e.evidence?.text ?? ''),
              evidenceField: e.evidence?.field ?? null,
              matched: [...e.matched],
              missing: [...e.missing],
              why: engineElement?.why ?? e.why,
              note: f?.note ?? '',
              reviewedBy: f?.by ?? null,
              reviewedAt: f?.at ?? null,
            }
          }),
        }
      }),
    }
  })
  return {
    ...summary(run, report),
    summary: report.summary.map((s) => ({ ...s })),
    results,
    excluded: report.excluded.map((x) => ({
      publicationNumber: x.publicationNumber,
      country: x.country,
      status: x.status,
      expiry: x.term.expiry ?? null,
    })),
    strategy: {
      backend: report.strategy.backend,
      expression: report.strategy.expression,
      candidates: report.strategy.candidates,
      searched: report.strategy.searched,
      notes: [...report.strategy.notes],
    },
    disclaimer: FTO_DISCLAIMER,
  }
}
