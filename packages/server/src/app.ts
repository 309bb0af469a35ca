import cookie from '@fastify/cookie'
import multipart from '@fastify/multipart'
import fastifyStatic from '@fastify/static'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import Fastify, { type FastifyServerOptions } from 'fastify'
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod'
import { authHook } from './auth/auth-hook.js'
import type { AppContext } from './context.js'
import { toHttpError } from './errors.js'
import type { RouteModule, ZodApp } from './http/zod-app.js'
import { analysisRoutes } from './routes/analysis.routes.js'
import { authRoutes } from './routes/auth.routes.js'
import { docketRoutes } from './routes/docket.routes.js'
import { jobRoutes } from './routes/job.routes.js'
import { objectRoutes } from './routes/object.routes.js'
import { orgRoutes } from './routes/org.routes.js'
import { patentRoutes } from './routes/patent.routes.js'
import { systemRoutes } from './routes/system.routes.js'
import { watchRoutes } from './routes/watch.routes.js'
import { createServices } from './services/services.js'

/** Every route module, in registration order. New capabilities add one line here. */
export const ROUTE_MODULES: readonly RouteModule[] = [
  systemRoutes,
  authRoutes,
  orgRoutes,
  objectRoutes,
  patentRoutes,
  docketRoutes,
  analysisRoutes,
  watchRoutes,
  jobRoutes,
]

/** One registered route, as the isolation test and the docs read them. */
export interface RouteInfo {
  readonly method: string
  readonly url: string
  readonly access: string
  readonly tenant: string
}

/**
 * Builds the Fastify app over a context: zod validation and serialisation (responses are parsed
 * by their schema, which drops any field it does not list), the OpenAPI document at /api/docs,
 * cookies, uploads, authentication and authorisation before every handler, one error mapping,
 * and the web app at `/` when built. `routes` lists every route with its declared access.
 */
export async function buildApp(
  ctx: AppContext,
  options: FastifyServerOptions = {},
): Promise<{ app: ZodApp; routes: RouteInfo[]; hits: Map<string, number> }> {
  const app = Fastify({
    ...(options.loggerInstance ? {} : { logger: { level: ctx.config.logLevel } }),
    trustProxy: false,
    bodyLimit: 4 * 1024 * 1024,
    ...options,
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  const routes: RouteInfo[] = []
  // Requests per route (`GET /api/jobs/:id`): the API tests check every route was exercised.
  const hits = new Map<string, number>()
  app.addHook('onResponse', (request, _reply, done) => {
    const url = request.routeOptions.url
    if (url) {
      const key = `${request.method} ${url}`
      hits.set(key, (hits.get(key) ?? 0) + 1)
    }
    done()
  })
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method]
    for (const method of methods) {
      if (method === 'HEAD' || !r.url.startsWith('/')) {
        continue
      }
      routes.push({
        method,
        url: r.url,
        access: (r.config as { access?: string } | undefined)?.access ?? 'undeclared',
        tenant: (r.config as { tenant?: string } | undefined)?.tenant ?? 'undeclared',
      })
    }
  })
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Chuhai API',
        version: '0.1.0',
        description:
          'Patent workspace API. Authenticate with the session cookie (browser; writes need X-CSRF-Token) or `Authorization: Bearer <token>` (scripts). Errors: `{ "error": { "code", "message" } }`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'chuhai_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs' })
  await app.register(cookie)
  await app.register(multipart, {
    limits: { fileSize: ctx.config.uploadMaxMiB * 1024 * 1024, files: 200 },
  })
  app.addHook('preHandler', authHook(ctx))
  app.setErrorHandler((error, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0]
      const where = `${error.validationContext ?? 'request'}${first?.instancePath.replace(/\//g, '.') ?? ''}`
      return reply.status(400).send({
        error: {
          code: 'VALIDATION',
          message: `invalid request: ${where}: ${first?.message ?? 'invalid'}`,
        },
      })
    }
    const e = error as { statusCode?: number; code?: string; message?: string }
    if (e.statusCode === 413 || e.code === 'FST_REQ_FILE_TOO_LARGE') {
      return reply
        .status(413)
        .send({ error: { code: 'PAYLOAD_TOO_LARGE', message: e.message ?? 'too large' } })
    }
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500 && e.code?.startsWith('FST_')) {
      return reply
        .status(e.statusCode)
        .send({ error: { code: 'BAD_REQUEST', message: e.message ?? 'bad request' } })
    }
    const mapped = toHttpError(error)
    if (mapped.status >= 500) {
      request.log.error({ err: error }, 'request failed')
    }
    return reply.status(mapped.status).send(mapped.body)
  })
  const services = createServices(ctx)
  for (const register of ROUTE_MODULES) {
    register(app, services)
  }
  if (ctx.config.webDist) {
    await app.register(fastifyStatic, {
      root: ctx.config.webDist,
      wildcard: false,
      maxAge: '1h',
      setHeaders: (reply, path) => {
        if (/[\\/]assets[\\/]/.test(path)) {
          void reply.header('cache-control', 'public, max-age=31536000, immutable')
        }
      },
    })
    app.setNotFoundHandler((request, reply) => {
      if (request.url.startsWith('/api/') || request.method !== 'GET') {
        return reply
          .status(404)
          .send({ error: { code: 'NOT_FOUND', message: `not found: ${request.url}` } })
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html')
    })
  } else {
    app.setNotFoundHandler((request, reply) =>
      reply
        .status(404)
        .send({ error: { code: 'NOT_FOUND', message: `not found: ${request.url}` } }),
    )
  }
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff')
    reply.header('referrer-policy', 'same-origin')
    reply.header('x-frame-options', 'DENY')
  })
  return { app, routes, hits }
}
