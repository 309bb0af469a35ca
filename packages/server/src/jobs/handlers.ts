import { randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { ingest } from '@chuhai/ingest'
import { EligibilityRequest, FtoRunRequest, PlanRequest } from '@chuhai/api-client'
import { z } from 'zod'
import type { AppContext } from '../context.js'
import { AnalysisService } from '../services/analysis-service.js'
import { ObjectService } from '../services/object-service.js'
import type { JobHandler } from './job-handler.js'

const IngestParams = z.object({
  paths: z.array(z.string().min(1)).min(1),
  /** Upload folder to delete once ingested. */
  uploadDir: z.string().optional(),
  force: z.boolean().default(false),
})

/** Ingest of server paths or uploaded files; resumable (checkpoints), cancellable between batches. */
function ingestHandler(ctx: AppContext): JobHandler {
  return {
    kind: 'ingest',
    schema: IngestParams,
    permission: 'patents.import',
    async run(_job, raw, control) {
      const params = raw as z.infer<typeof IngestParams>
      const summary = await ingest(params.paths, {
        store: ctx.patents,
        force: params.force,
        ...(ctx.config.ingestWorkers === undefined ? {} : { workers: ctx.config.ingestWorkers }),
        maxErrors: 200,
        onProgress: (p) => {
          // Throwing here stops the pipeline between batches; committed batches stay.
          control.signal.throwIfAborted()
          control.progress({
            fraction: p.totalBytes > 0 ? Math.min(1, p.bytes / p.totalBytes) : null,
            message: p.file,
            detail: { documents: p.documents, failed: p.failed, bytes: p.bytes },
          })
        },
      })
      if (params.uploadDir) {
        await rm(params.uploadDir, { recursive: true, force: true })
      }
      // The search index follows the store before the import counts as done (searchable).
      control.progress({ fraction: null, message: 'indexing for search', detail: {} })
      await ctx.searchIndex.refresh(control.signal)
      return {
        documents: summary.documents,
        inserted: summary.inserted,
        replaced: summary.replaced,
        unchanged: summary.unchanged,
        failed: summary.failed,
        files: summary.files,
        seconds: summary.seconds,
        errors: summary.errors.slice(0, 50),
        skippedFiles: summary.skippedFiles.slice(0, 50),
      }
    },
  }
}

function planHandler(ctx: AppContext): JobHandler {
  return {
    kind: 'plan',
    schema: PlanRequest,
    permission: 'analysis.run',
    run: (job, params) =>
      new AnalysisService(ctx).plan(
        { orgId: job.orgId, userId: job.userId, role: 'ip_manager', via: 'token' },
        params as z.infer<typeof PlanRequest>,
      ),
  }
}

function eligibilityHandler(ctx: AppContext): JobHandler {
  return {
    kind: 'eligibility',
    schema: EligibilityRequest,
    permission: 'analysis.run',
    run: (job, params) =>
      new AnalysisService(ctx).eligibility(
        { orgId: job.orgId, userId: job.userId, role: 'ip_manager', via: 'token' },
        params as z.infer<typeof EligibilityRequest>,
      ),
  }
}

/** FTO screening of one product: candidates and their charts, saved for editing. */
function ftoHandler(ctx: AppContext): JobHandler {
  return {
    kind: 'fto',
    schema: FtoRunRequest,
    permission: 'analysis.run',
    async check(principal, params) {
      const { productId } = params as z.infer<typeof FtoRunRequest>
      await new ObjectService(ctx).get(principal, 'product', productId, false)
    },
    async run(job, raw, control) {
      const params = raw as z.infer<typeof FtoRunRequest>
      const product = await ctx.workspace.getObject(job.orgId, params.productId)
      if (!product || product.kind !== 'product') {
        throw new Error(`product ${params.productId} not found in this organisation`)
      }
      const candidates = await ctx.fto.run({
        productText: `${product.title}\n${product.body}`,
        limit: params.limit,
        ...(params.country ? { country: params.country } : {}),
        isCancelled: () => control.signal.aborted,
        onProgress: (done, total) =>
          control.progress({
            fraction: done / total,
            message: 'charting',
            detail: { done, total },
          }),
      })
      const now = new Date().toISOString()
      const charts: string[] = []
      for (const c of candidates) {
        const existing = (await ctx.charts.list(job.orgId, product.id)).find(
          (x) => x.patentId === c.patentId && x.claimNumber === c.claimNumber,
        )
        const id = existing?.id ?? randomUUID()
        await ctx.charts.save({
          id,
          orgId: job.orgId,
          productId: product.id,
          patentId: c.patentId,
          patentTitle: c.title,
          claimNumber: c.claimNumber,
          claimText: c.claimText,
          elements: c.elements,
          updatedBy: job.userId,
          updatedAt: now,
        })
        charts.push(id)
      }
      await ctx.workspace.appendAudit({
        orgId: job.orgId,
        userId: job.userId,
        action: 'run',
        objectType: 'fto',
        objectId: product.id,
        detail: `${charts.length} charts (${ctx.fto.id})`,
      })
      return {
        engine: ctx.fto.id,
        productId: product.id,
        candidates: candidates.map((c, i) => ({
          chartId: charts[i],
          patentId: c.patentId,
          title: c.title,
          claimNumber: c.claimNumber,
          coverage: c.coverage,
        })),
      }
    },
  }
}

/**
 * The job kinds this build runs. `fetch`, `invalidity` and `watch` arrive with the connectors,
 * FTO and monitoring issues: each adds its handler here and nothing else changes.
 */
export function jobHandlers(ctx: AppContext): JobHandler[] {
  return [ingestHandler(ctx), planHandler(ctx), eligibilityHandler(ctx), ftoHandler(ctx)]
}
