import {
  CreateWatchRequest,
  Ok,
  WatchAlertsQuery,
  WatchDetail,
  WatchNameParam,
  WatchView,
} from '@chuhai/api-client'
import { z } from 'zod'
import { principalOf } from '../auth/auth-hook.js'
import type { RouteModule } from '../http/zod-app.js'

/**
 * The organisation's watchlists (ADR 0026): list, create, read with alerts, remove. Runs are jobs
 * (`POST /api/watch/runs`). Reading needs `objects.read`, changing `objects.write`: watches name
 * the competitors and patents an organisation follows, which is as confidential as its objects.
 */
export const watchRoutes: RouteModule = (app, s) => {
  const tags = ['monitoring']
  app.get(
    '/api/watches',
    {
      config: { access: 'objects.read', tenant: 'org' },
      schema: {
        tags,
        summary: "The organisation's watchlists",
        response: { 200: z.array(WatchView) },
      },
    },
    (request) => s.watches.list(principalOf(request)),
  )
  app.post(
    '/api/watches',
    {
      config: { access: 'objects.write', tenant: 'org' },
      schema: {
        tags,
        summary: 'Add a watchlist to the organisation (422 names a bad field; 409 a taken name)',
        body: CreateWatchRequest,
        response: { 200: WatchView },
      },
    },
    (request) => s.watches.create(principalOf(request), request.body),
  )
  app.get(
    '/api/watches/:name',
    {
      config: { access: 'objects.read', tenant: 'object' },
      schema: {
        tags,
        summary: 'One watchlist with its newest alerts',
        params: WatchNameParam,
        querystring: WatchAlertsQuery,
        response: { 200: WatchDetail },
      },
    },
    (request) => s.watches.get(principalOf(request), request.params.name, request.query.limit),
  )
  app.delete(
    '/api/watches/:name',
    {
      config: { access: 'objects.write', tenant: 'object' },
      schema: {
        tags,
        summary: 'Remove a watchlist with its snapshot and alerts',
        params: WatchNameParam,
        response: { 200: Ok },
      },
    },
    async (request) => {
      await s.watches.remove(principalOf(request), request.params.name)
      return { ok: true as const }
    },
  )
}
