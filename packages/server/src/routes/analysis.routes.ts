import {
  ChartsQuery,
  ChartSummary,
  ChartView,
  EligibilityRequest,
  ExportQuery,
  FtoRunRequest,
  IdParam,
  JobView,
  PlanRequest,
  UpdateChartRequest,
} from '@chuhai/api-client'
import { z } from 'zod'
import { principalOf } from '../auth/auth-hook.js'
import type { RouteModule } from '../http/zod-app.js'
import { presentJob } from '../presenters/job-presenter.js'

/** Eligibility pre-check, filing plan, FTO runs and claim charts. */
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
        summary: 'Start an FTO screening of a product (a job)',
        body: FtoRunRequest,
        response: { 200: JobView },
      },
    },
    async (request) => presentJob(await s.jobs.submit(principalOf(request), 'fto', request.body)),
  )
  app.get(
    '/api/fto/charts',
    {
      config: { access: 'objects.read', tenant: 'org' },
      schema: { tags, querystring: ChartsQuery, response: { 200: z.array(ChartSummary) } },
    },
    (request) => s.charts.list(principalOf(request), request.query.productId),
  )
  app.get(
    '/api/fto/charts/:id',
    {
      config: { access: 'objects.read', tenant: 'object' },
      schema: { tags, params: IdParam, response: { 200: ChartView } },
    },
    (request) => s.charts.get(principalOf(request), request.params.id),
  )
  app.put(
    '/api/fto/charts/:id',
    {
      config: { access: 'objects.write', tenant: 'object' },
      schema: {
        tags,
        summary: 'Record findings element by element',
        params: IdParam,
        body: UpdateChartRequest,
        response: { 200: ChartView },
      },
    },
    (request) => s.charts.update(principalOf(request), request.params.id, request.body),
  )
  app.get(
    '/api/fto/charts/:id/export',
    {
      config: { access: 'objects.read', tenant: 'object' },
      schema: {
        tags,
        summary: 'Export a chart as CSV or JSON',
        params: IdParam,
        querystring: ExportQuery,
      },
    },
    async (request, reply) => {
      const format = request.query.format
      const body = await s.charts.export(principalOf(request), request.params.id, format)
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json')
        .header(
          'content-disposition',
          `attachment; filename="claim-chart-${request.params.id}.${format}"`,
        )
        .send(body)
    },
  )
}
