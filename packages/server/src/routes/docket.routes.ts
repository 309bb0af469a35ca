import {
  AssignRequest,
  CreateEventRequest,
  CreateMatterRequest,
  DocketQuery,
  DocketView,
  EventView,
  IdParam,
  MatterDetail,
  MatterView,
  NetQuery,
  NetView,
} from '@chuhai/api-client'
import { z } from 'zod'
import { principalOf } from '../auth/auth-hook.js'
import type { RouteModule } from '../http/zod-app.js'

/** Matters, events, deadlines, calendar export and protection net. */
export const docketRoutes: RouteModule = (app, s) => {
  const tags = ['docket']
  app.get(
    '/api/matters',
    {
      config: { access: 'matters.read', tenant: 'org' },
      schema: { tags, response: { 200: z.array(MatterView) } },
    },
    (request) => s.docket.list(principalOf(request)),
  )
  app.post(
    '/api/matters',
    {
      config: { access: 'matters.write', tenant: 'org' },
      schema: { tags, body: CreateMatterRequest, response: { 200: MatterView } },
    },
    (request) => s.docket.create(principalOf(request), request.body),
  )
  app.get(
    '/api/matters/:id',
    {
      config: { access: 'matters.read', tenant: 'object' },
      schema: { tags, params: IdParam, response: { 200: MatterDetail } },
    },
    (request) => s.docket.get(principalOf(request), request.params.id),
  )
  app.post(
    '/api/matters/:id/events',
    {
      config: { access: 'matters.write', tenant: 'object' },
      schema: { tags, params: IdParam, body: CreateEventRequest, response: { 200: EventView } },
    },
    (request) => s.docket.addEvent(principalOf(request), request.params.id, request.body),
  )
  app.post(
    '/api/matters/:id/assignees',
    {
      config: { access: 'matters.assign', tenant: 'object' },
      schema: {
        tags,
        summary: 'Assign a matter to a member (outside counsel)',
        params: IdParam,
        body: AssignRequest,
        response: { 200: MatterView },
      },
    },
    (request) => s.docket.assign(principalOf(request), request.params.id, request.body.userId),
  )
  app.get(
    '/api/docket',
    {
      config: { access: 'matters.read', tenant: 'org' },
      schema: {
        tags,
        summary: 'Deadlines of the visible matters',
        querystring: DocketQuery,
        response: { 200: DocketView },
      },
    },
    (request) =>
      s.docket.deadlines(principalOf(request), request.query.upcoming, request.query.all),
  )
  app.get(
    '/api/docket.ics',
    {
      config: { access: 'matters.read', tenant: 'org' },
      schema: { tags, summary: 'RFC 5545 calendar of the open deadlines' },
    },
    async (request, reply) => {
      const ics = await s.docket.ics(principalOf(request))
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="chuhai-docket.ics"')
        .send(ics)
    },
  )
  app.get(
    '/api/net',
    {
      config: { access: 'matters.read', tenant: 'org' },
      schema: {
        tags,
        summary: 'Protection net: families × countries',
        querystring: NetQuery,
        response: { 200: NetView },
      },
    },
    (request) =>
      s.docket.net(
        principalOf(request),
        request.query.markets
          ?.split(',')
          .map((m) => m.trim().toUpperCase())
          .filter(Boolean),
        request.query.currency.toUpperCase(),
      ),
  )
}
