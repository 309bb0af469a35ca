import {
  IdParam,
  LandscapeQuery,
  PatentDetail,
  SearchPage,
  SearchQuery,
  StoreStatsView,
} from '@chuhai/api-client'
import { z } from 'zod'
import type { RouteModule } from '../http/zod-app.js'

const Facet = z.array(z.object({ value: z.string(), count: z.number() }))

/** Search, the patent page, statistics and landscape aggregations (public corpus). */
export const patentRoutes: RouteModule = (app, s) => {
  const tags = ['patents']
  app.get(
    '/api/patents/search',
    {
      config: { access: 'patents.read', tenant: 'none' },
      schema: {
        tags,
        summary:
          'Search: the query language (AND OR NOT, "phrases", NEAR/5, comput*, ti: ab: cl: de: cpc: pa: in: pn: cc: pd:[2018 TO 2022] prd:) or prose (English or Chinese), ranked; one hit per family unless allMembers',
        querystring: SearchQuery,
        response: { 200: SearchPage },
      },
    },
    (request) => {
      const q = request.query
      return s.patents.search({
        q: q.q,
        mode: q.mode,
        ...(q.allMembers ? { allMembers: true } : {}),
        ...(q.status ? { status: q.status } : {}),
        limit: q.limit,
        offset: q.offset,
        ...(q.country ? { country: q.country } : {}),
        ...(q.kind ? { kind: q.kind } : {}),
        ...(q.yearFrom ? { yearFrom: q.yearFrom } : {}),
        ...(q.yearTo ? { yearTo: q.yearTo } : {}),
        ...(q.cpc ? { cpc: q.cpc } : {}),
        ...(q.applicant ? { applicant: q.applicant } : {}),
      })
    },
  )
  app.get(
    '/api/patents/stats',
    {
      config: { access: 'patents.read', tenant: 'none' },
      schema: { tags, response: { 200: StoreStatsView } },
    },
    () => s.patents.stats(),
  )
  app.get(
    '/api/patents/:id',
    {
      config: { access: 'patents.read', tenant: 'none' },
      schema: {
        tags,
        summary: 'The patent page: record, claims tree, family, citations',
        params: IdParam,
        response: { 200: PatentDetail },
      },
    },
    (request) => s.patents.detail(request.params.id),
  )
  app.get(
    '/api/landscape',
    {
      config: { access: 'patents.read', tenant: 'none' },
      schema: {
        tags,
        summary: 'Landscape of a query: publications per year, country, CPC subclass and applicant',
        querystring: LandscapeQuery,
        response: {
          200: z.object({
            total: z.number(),
            country: Facet,
            year: Facet,
            cpc: Facet,
            applicant: Facet,
          }),
        },
      },
    },
    async (request) => {
      const page = await s.patents.search({ q: request.query.q, limit: 1, allMembers: true })
      return { total: page.total, ...page.facets }
    },
  )
}
