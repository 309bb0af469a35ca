import { rm } from 'node:fs/promises'
import { ingest } from '@chuhai/ingest'
import { EligibilityRequest, PlanRequest } from '@chuhai/api-client'
import { z } from 'zod'
import type { AppContext } from '../context.js'
import { AnalysisService } from '../services/analysis-service.js'
import { fetchHandler } from './fetch-handler.js'
import { ftoHandler, invalidityHandler } from './fto-handlers.js'
import type { JobHandler } from './job-handler.js'
import { watchHandler } from './watch-handler.js'

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

/** Every job kind: ingest, fetch, plan, eligibility, FTO, invalidity and watch runs. */
export function jobHandlers(ctx: AppContext): JobHandler[] {
  return [
    ingestHandler(ctx),
    fetchHandler(ctx),
    planHandler(ctx),
    eligibilityHandler(ctx),
    ftoHandler(ctx),
    invalidityHandler(ctx),
    watchHandler(ctx),
  ]
}
