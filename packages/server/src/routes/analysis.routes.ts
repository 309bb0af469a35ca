import {
  EligibilityRequest,
  FetchRequest,
  FtoExportQuery,
  FtoFindingsRequest,
  FtoRunRequest,
  FtoRunsQuery,
  FtoRunSummary,
  FtoRunView,
  IdParam,
  InvalidityRequest,
  JobView,
  PlanRequest,
  WatchRunRequest,
} from '@chuhai/api-client'
import { z } from 'zod'
import { principalOf } from '../auth/auth-hook.js'
import type { RouteModule } from '../http/zod-app.js'
import { presentJob } from '../presenters/job-presenter.js'

/** Eligibility pre-check, filing plan, FTO runs and their claim charts, invalidity, fetch and watch runs. */
export const analysisRoutes: RouteModule = (app, s) => {
  app.post(
    '/api/eligibility',
    {
      config: { access: 'analysis.run', tenant: 'none' },
      schema: {
        tags: ['analysis'],
        summary: 'AI subject-matter eligibility pre-check per office',
        body: EligibilityRequest,
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (request) =>
      (await s.analysis.eligibility(principalOf(request), request.body)) as unknown as Record<
        string,
        unknown
      >,
  )
  app.post(
    '/api/plan',
    {
      config: { access: 'analysis.run', tenant: 'none' },
      schema: {
        tags: ['analysis'],
        summary: 'Filing plan: country scores, routes, timeline, costs',
        body: PlanRequest,
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (request) =>
      (await s.analysis.plan(principalOf(request), request.body)) as Record<string, unknown>,
  )
  const tags = ['fto']
  app.post(
    '/api/fto/runs',
    {
      config: { access: 'analysis.run', tenant: 'org' },
      schema: {
        tags,
        summary: 'Start an FTO run of a product with the FTO engine (a job)',
        body: FtoRunRequest,
        response: { 200: JobView },
      },
    },
    async (request) => presentJob(await s.jobs.submit(principalOf(request), 'fto', request.body)),
  )
  app.get(
    '/api/fto/runs',
    {
      config: { access: 'objects.read', tenant: 'org' },
      schema: {
        tags,
        summary: 'FTO runs of the organisation (of one product with productId), newest first',
        querystring: FtoRunsQuery,
        response: { 200: z.array(FtoRunSummary) },
      },
    },
    (request) => s.fto.list(principalOf(request), request.query.productId),
  )
  app.get(
    '/api/fto/runs/:id',
    {
      config: { access: 'objects.read', tenant: 'object' },
      schema: {
        tags,
        summary: 'One FTO run: per country summary, results per patent and country, claim charts',
        params: IdParam,
        response: { 200: FtoRunView },
      },
    },
    (request) => s.fto.get(principalOf(request), request.params.id),
  )
  app.put(
    '/api/fto/runs/:id/findings',
    {
      config: { access: 'objects.write', tenant: 'object' },
      schema: {
        tags,
        summary: 'Record findings element by element (met / partly / no, evidence, note)',
        params: IdParam,
        body: FtoFindingsRequest,
        response: { 200: FtoRunView },
      },
    },
    (request) => s.fto.record(principalOf(request), request.params.id, request.body),
  )
  app.get(
    '/api/fto/runs/:id/export',
    {
      config: { access: 'objects.read', tenant: 'object' },
      schema: {
        tags,
        summary: 'The FTO report with the findings: DOCX claim charts, XLSX, HTML, PDF or JSON',
        params: IdParam,
        querystring: FtoExportQuery,
      },
    },
    async (request, reply) => {
      const out = await s.fto.export(principalOf(request), request.params.id, request.query)
      return reply
        .type(out.contentType)
        .header('content-disposition', `attachment; filename="${out.fileName}"`)
        .send(out.body)
    },
  )
  app.post(
    '/api/invalidity/runs',
    {
      config: { access: 'analysis.run', tenant: 'org' },
      schema: {
        tags: ['analysis'],
        summary: 'Start an invalidity search against a patent of the store (a job)',
        body: InvalidityRequest,
        response: { 200: JobView },
      },
    },
    async (request) =>
      presentJob(await s.jobs.submit(principalOf(request), 'invalidity', request.body)),
  )
  app.post(
    '/api/fetch/runs',
    {
      config: { access: 'patents.import', tenant: 'org' },
      schema: {
        tags: ['imports'],
        summary: 'Fetch from a live connector and ingest (a job); 422 names missing credentials',
        body: FetchRequest,
        response: { 200: JobView },
      },
    },
    async (request) => presentJob(await s.jobs.submit(principalOf(request), 'fetch', request.body)),
  )
  app.post(
    '/api/watch/runs',
    {
      config: { access: 'analysis.run', tenant: 'org' },
      schema: {
        tags: ['monitoring'],
        summary:
          "Run the organisation's watchlists (a job), as chuhai watch run; others' names are 404",
        body: WatchRunRequest,
        response: { 200: JobView },
      },
    },
    async (request) => presentJob(await s.jobs.submit(principalOf(request), 'watch', request.body)),
  )
}
