import pino from 'pino'
import { buildApp, type RouteInfo } from './app.js'
import type { ServerConfig } from './config/config.js'
import type { AppContext } from './context.js'
import { defaultWebDist, openContext } from './open-context.js'
import type { ZodApp } from './http/zod-app.js'
import { WatchScheduler } from './jobs/watch-scheduler.js'

/** A running server: its URL, context, and `close()`, which stops jobs and closes the database. */
export interface RunningServer {
  readonly url: string
  readonly app: ZodApp
  readonly ctx: AppContext
  /** Every route with its declared access and tenancy. */
  readonly routes: readonly RouteInfo[]
  /** Requests answered per route (`GET /api/jobs/:id`). */
  readonly hits: ReadonlyMap<string, number>
  /** Queues organisations' due watch runs (ADR 0026). */
  readonly scheduler: WatchScheduler
  close(): Promise<void>
}

/** Opens the database, builds the app, listens, then starts the job runner (crash recovery first). */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const log = pino({ level: config.logLevel })
  const webDist = config.webDist ?? defaultWebDist()
  const full = { ...config, ...(webDist ? { webDist } : {}) }
  const ctx = openContext(full, log)
  const { app, routes, hits } = await buildApp(ctx, { loggerInstance: log })
  await app.listen({ port: config.port, host: config.host })
  await ctx.runner.start()
  const scheduler = new WatchScheduler(ctx, config.watchScheduleSeconds * 1000, log)
  scheduler.start()
  // Builds the search index when the store changed since it was built (off the request path).
  ctx.searchIndex.refresh().catch((error: unknown) => {
    log.error({ err: error }, 'search index build failed')
  })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  return {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    app,
    ctx,
    routes,
    hits,
    scheduler,
    async close() {
      scheduler.stop()
      await ctx.runner.stop()
      await app.close()
      await ctx.close()
      ctx.db.close()
    },
  }
}
