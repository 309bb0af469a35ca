import { randomUUID } from 'node:crypto'
import {
  analyseClaimSet,
  invalidityJson,
  parseCountries,
  priorityDateOf,
  readProduct,
  runFto,
  runInvalidity,
  type AssertedPatent,
} from '@chuhai/core/fto'
import { parsePublicationNumber } from '@chuhai/core'
import { FtoRunRequest, InvalidityRequest } from '@chuhai/api-client'
import type { z } from 'zod'
import type { AppContext } from '../context.js'
import { createServerError } from '../errors.js'
import { cancellableRecords } from '../fto/cancellable-sources.js'
import { glosserFor } from '../fto/glosser.js'
import { ObjectService } from '../services/object-service.js'
import type { JobHandler } from './job-handler.js'

/**
 * FTO of one product with the FTO engine, as `chuhai fto` runs it (`runFto` over the store's
 * FTO sources, the clir glosser for a Chinese description); the report is saved as an FTO run
 * whose claim charts people then review. A retried job saves a new run (the old one stays).
 */
export function ftoHandler(ctx: AppContext): JobHandler {
  return {
    kind: 'fto',
    schema: FtoRunRequest,
    permission: 'analysis.run',
    async check(principal, params) {
      const p = params as z.infer<typeof FtoRunRequest>
      const object = await new ObjectService(ctx).get(principal, 'product', p.productId, false)
      parseCountries(p.countries.join(','))
      // A description the engine cannot chart is refused now, not when the job runs.
      readProduct(object.body.trim() === '' ? object.title : object.body, `product ${object.title}`)
    },
    async run(job, raw, control) {
      const params = raw as z.infer<typeof FtoRunRequest>
      const object = await ctx.workspace.getObject(job.orgId, params.productId)
      if (!object || object.kind !== 'product') {
        throw createServerError('NOT_FOUND', `product ${params.productId}`)
      }
      const countries = parseCountries(params.countries.join(','))
      const asOf = params.asOf ?? new Date().toISOString().slice(0, 10)
      const product = {
        ...readProduct(object.body.trim() === '' ? object.title : object.body, 'product'),
        title: object.title,
      }
      const sources = ctx.patents.ftoSources(`Chuhai store ${ctx.config.db}`)
      const glosser = await glosserFor([product.description, ...product.features].join('\n'))
      const report = await runFto(
        { product, countries, asOf, candidates: params.candidates, limit: params.limit },
        {
          candidates: sources.candidates,
          records: cancellableRecords(sources.records, control, params.candidates, 'charting'),
          ...(glosser ? { glosser } : {}),
        },
      )
      const now = new Date().toISOString()
      const id = randomUUID()
      await ctx.ftoRuns.save({
        id,
        orgId: job.orgId,
        productId: object.id,
        jobId: job.id,
        asOf,
        countries,
        report,
        findings: [],
        createdBy: job.userId,
        createdAt: now,
        updatedBy: job.userId,
        updatedAt: now,
      })
      await ctx.workspace.appendAudit({
        orgId: job.orgId,
        userId: job.userId,
        action: 'run',
        objectType: 'fto_run',
        objectId: id,
        detail: `product ${object.id}: ${report.results.length} results in ${countries.join(',')}`,
      })
      return {
        runId: id,
        productId: object.id,
        asOf,
        countries,
        results: report.results.length,
        high: report.results.filter((r) => r.risk === 'high').length,
        medium: report.results.filter((r) => r.risk === 'medium').length,
        excluded: report.excluded.length,
        backend: report.strategy.backend,
      }
    },
  }
}

/**
 * Invalidity search against a patent of the store, as `chuhai invalidity NUMBER` runs it: prior
 * art published before its priority date (its family excluded), charted against the claims,
 * with the two-document combinations. The result is the JSON of `chuhai invalidity --json`.
 */
export function invalidityHandler(ctx: AppContext): JobHandler {
  return {
    kind: 'invalidity',
    schema: InvalidityRequest,
    permission: 'analysis.run',
    async check(_principal, params) {
      const p = params as z.infer<typeof InvalidityRequest>
      if (!parsePublicationNumber(p.publicationNumber)) {
        throw createServerError(
          'VALIDATION',
          `publicationNumber: ${JSON.stringify(p.publicationNumber)} is not a publication number`,
        )
      }
      return Promise.resolve()
    },
    async run(job, raw, control) {
      const params = raw as z.infer<typeof InvalidityRequest>
      const pn = parsePublicationNumber(params.publicationNumber)
      const record = pn ? (await ctx.patents.findByNumber(pn))[0] : undefined
      if (!record) {
        throw createServerError('NOT_FOUND', `publication ${params.publicationNumber} in the store`)
      }
      const set = record.claims.find((s) => s.lang.startsWith('en')) ?? record.claims[0]
      if (!set || set.claims.length === 0) {
        throw createServerError('VALIDATION', `${record.id} has no claims in the store`)
      }
      const sources = ctx.patents.ftoSources(`Chuhai store ${ctx.config.db}`)
      const family = await sources.records.familyMembers(record)
      const title =
        record.titles.find((t) => t.lang.startsWith('en'))?.text ?? record.titles[0]?.text
      const asserted: AssertedPatent = {
        id: record.id,
        ...(title ? { title } : {}),
        priorityDate: priorityDateOf(record) ?? '9999-12-31',
        analysis: analyseClaimSet(set),
        family: family.map((f) => f.id),
      }
      const unknown = params.claims?.filter(
        (n) => !asserted.analysis.claims.some((c) => c.number === n),
      )
      if (unknown && unknown.length > 0) {
        throw createServerError('VALIDATION', `claims ${unknown.join(',')}: no such claim`)
      }
      const cjk = (await sources.records.describe()).countries?.some((c) =>
        ['CN', 'JP', 'TW', 'KR'].includes(c.key),
      )
      const glosser = cjk ? await glosserFor('中文') : undefined
      const report = await runInvalidity(
        {
          asserted,
          candidates: params.candidates,
          limit: params.limit,
          ...(params.claims ? { claims: params.claims } : {}),
        },
        {
          candidates: sources.candidates,
          records: cancellableRecords(sources.records, control, params.candidates, 'charting'),
          ...(glosser ? { glosser } : {}),
        },
      )
      await ctx.workspace.appendAudit({
        orgId: job.orgId,
        userId: job.userId,
        action: 'run',
        objectType: 'invalidity',
        objectId: record.id,
        detail: `${report.results.length} prior-art documents`,
      })
      return invalidityJson(report)
    },
  }
}
