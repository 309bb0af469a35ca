import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, realpath, rm } from 'node:fs/promises'
import { basename, join, resolve, sep } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { FINAL_JOB_STATUSES, type Job } from '@chuhai/core/workspace'
import {
  CreateJobRequest,
  IdParam,
  ImportPathRequest,
  ImportRoots,
  JobsQuery,
  JobView,
} from '@chuhai/api-client'
import { z } from 'zod'
import { principalOf } from '../auth/auth-hook.js'
import { createServerError } from '../errors.js'
import type { RouteModule } from '../http/zod-app.js'
import { presentJob } from '../presenters/job-presenter.js'

/** Resolves a path and checks it lies inside one of the import roots (symlinks followed). */
async function allowedPath(roots: readonly string[], raw: string): Promise<string> {
  let real: string
  try {
    real = await realpath(resolve(raw))
  } catch {
    throw createServerError('NOT_FOUND', raw)
  }
  for (const root of roots) {
    const r = await realpath(root).catch(() => root)
    if (real === r || real.startsWith(r.endsWith(sep) ? r : `${r}${sep}`)) {
      return real
    }
  }
  throw createServerError('PATH_NOT_ALLOWED', raw)
}

/** Background jobs, their live progress (SSE), cancel and retry; data import. */
export const jobRoutes: RouteModule = (app, s) => {
  const tags = ['jobs']
  app.get(
    '/api/jobs',
    {
      config: { access: 'jobs.read', tenant: 'org' },
      schema: { tags, querystring: JobsQuery, response: { 200: z.array(JobView) } },
    },
    async (request) =>
      (await s.jobs.list(principalOf(request), request.query.limit)).map(presentJob),
  )
  app.post(
    '/api/jobs',
    {
      config: { access: 'signed-in', tenant: 'org' },
      schema: {
        tags,
        summary: 'Submit a job (ingest, plan, eligibility, fto …)',
        body: CreateJobRequest,
        response: { 200: JobView },
      },
    },
    async (request) => {
      const p = principalOf(request)
      const { kind, params } = request.body
      if (kind === 'ingest') {
        const paths = ImportPathRequest.parse({ paths: params.paths }).paths
        const real = await Promise.all(paths.map((x) => allowedPath(s.ctx.config.importRoots, x)))
        return presentJob(
          await s.jobs.submit(p, 'ingest', { paths: real, force: params.force === true }),
        )
      }
      return presentJob(await s.jobs.submit(p, kind, params))
    },
  )
  app.get(
    '/api/jobs/:id',
    {
      config: { access: 'jobs.read', tenant: 'object' },
      schema: { tags, params: IdParam, response: { 200: JobView } },
    },
    async (request) => presentJob(await s.jobs.get(principalOf(request), request.params.id)),
  )
  app.post(
    '/api/jobs/:id/cancel',
    {
      config: { access: 'jobs.read', tenant: 'object' },
      schema: { tags, params: IdParam, response: { 200: JobView } },
    },
    async (request) =>
      presentJob(await s.jobs.control(principalOf(request), request.params.id, 'cancel')),
  )
  app.post(
    '/api/jobs/:id/retry',
    {
      config: { access: 'jobs.read', tenant: 'object' },
      schema: { tags, params: IdParam, response: { 200: JobView } },
    },
    async (request) =>
      presentJob(await s.jobs.control(principalOf(request), request.params.id, 'retry')),
  )
  app.get(
    '/api/jobs/:id/events',
    {
      config: { access: 'jobs.read', tenant: 'object' },
      schema: {
        tags,
        summary: 'Server-sent events: `job` with the job on every change, until it ends',
        params: IdParam,
      },
    },
    async (request, reply) => {
      const p = principalOf(request)
      const first = await s.jobs.get(p, request.params.id)
      reply.hijack()
      const res = reply.raw
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      })
      const send = (job: Job): void => {
        res.write(`event: job\ndata: ${JSON.stringify(presentJob(job))}\n\n`)
      }
      const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000)
      const close = (): void => {
        clearInterval(heartbeat)
        s.ctx.runner.off('job', listener)
        res.end()
      }
      const listener = (job: Job): void => {
        if (job.id !== first.id || job.orgId !== p.orgId) {
          return
        }
        send(job)
        if (FINAL_JOB_STATUSES.has(job.status)) {
          close()
        }
      }
      s.ctx.runner.on('job', listener)
      request.raw.on('close', close)
      // Re-read after subscribing so a change between the first read and `on` is not lost.
      const current = await s.jobs.get(p, first.id)
      send(current)
      if (FINAL_JOB_STATUSES.has(current.status)) {
        close()
      }
    },
  )
  app.get(
    '/api/imports/roots',
    {
      config: { access: 'patents.import', tenant: 'none' },
      schema: {
        tags: ['import'],
        summary: 'Server folders the import may read',
        response: { 200: ImportRoots },
      },
    },
    () => ({ roots: s.ctx.config.importRoots }),
  )
  app.post(
    '/api/imports/path',
    {
      config: { access: 'patents.import', tenant: 'org' },
      schema: {
        tags: ['import'],
        summary: 'Ingest files or folders on the server (inside the import roots)',
        body: ImportPathRequest,
        response: { 200: JobView },
      },
    },
    async (request) => {
      const real = await Promise.all(
        request.body.paths.map((x) => allowedPath(s.ctx.config.importRoots, x)),
      )
      return presentJob(await s.jobs.submit(principalOf(request), 'ingest', { paths: real }))
    },
  )
  app.post(
    '/api/imports/upload',
    {
      config: { access: 'patents.import', tenant: 'org' },
      schema: {
        tags: ['import'],
        summary: 'Upload files (multipart, field `file`, XML/zip/gz/txt) and ingest them',
        response: { 200: JobView },
      },
    },
    async (request) => {
      const p = principalOf(request)
      const dir = resolve(join(s.ctx.config.uploadDir ?? 'uploads', randomUUID()))
      await mkdir(dir, { recursive: true })
      let count = 0
      try {
        for await (const part of request.files()) {
          const name = basename(part.filename || `upload-${count}`).replace(/[^\w.-]+/g, '_')
          await pipeline(part.file, createWriteStream(join(dir, `${count}-${name}`)))
          if (part.file.truncated) {
            throw createServerError('PAYLOAD_TOO_LARGE', `${s.ctx.config.uploadMaxMiB} MiB`)
          }
          count++
        }
        if (count === 0) {
          throw createServerError('VALIDATION', 'no file in the upload (multipart field `file`)')
        }
      } catch (error) {
        await rm(dir, { recursive: true, force: true })
        throw error
      }
      return presentJob(await s.jobs.submit(p, 'ingest', { paths: [dir], uploadDir: dir }))
    },
  )
}
