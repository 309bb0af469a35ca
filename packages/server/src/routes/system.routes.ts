import { z } from 'zod'
import { SCHEMA_VERSION } from '@chuhai/store-sqlite'
import { createServerError } from '../errors.js'
import type { RouteModule } from '../http/zod-app.js'

/** Liveness and readiness (no account needed; no organisation data). */
export const systemRoutes: RouteModule = (app, s) => {
  app.get(
    '/health',
    {
      config: { access: 'public', tenant: 'none' },
      schema: { tags: ['system'], response: { 200: z.object({ status: z.literal('ok') }) } },
    },
    () => ({ status: 'ok' as const }),
  )
  app.get(
    '/ready',
    {
      config: { access: 'public', tenant: 'none' },
      schema: {
        tags: ['system'],
        response: {
          200: z.object({
            status: z.literal('ready'),
            schema: z.number(),
            jobs: z.array(z.string()),
            searchIndex: z.object({
              building: z.boolean(),
              built: z.boolean(),
              current: z.boolean(),
              lastError: z.string().nullable(),
            }),
          }),
        },
      },
    },
    () => {
      const { db } = s.ctx
      if (!db.open) {
        throw createServerError('UNAVAILABLE', 'database closed')
      }
      const version = db.pragma('user_version', { simple: true }) as number
      if (version !== SCHEMA_VERSION) {
        throw createServerError('UNAVAILABLE', `schema ${version}, expected ${SCHEMA_VERSION}`)
      }
      db.prepare('SELECT 1').get()
      return {
        status: 'ready' as const,
        schema: version,
        jobs: s.ctx.runner.kinds,
        searchIndex: s.ctx.searchIndex.state(),
      }
    },
  )
}
