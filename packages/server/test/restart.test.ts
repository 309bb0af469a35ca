import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ChuhaiClient } from '@chuhai/api-client'
import { loadConfig } from '../src/config/config.js'
import { startServer } from '../src/server.js'
import { cookieFetch } from './helpers/test-server.js'
import { waitJob } from './helpers/wait-job.js'

const dir = mkdtempSync(join(tmpdir(), 'chuhai-restart-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const config = () =>
  loadConfig({}, { port: 0, db: join(dir, 'r.db'), logLevel: 'silent', ingestWorkers: 0 })

describe('job restart safety', () => {
  it('marks a job cut off by a crash as interrupted, and its retry runs to the end', async () => {
    const first = await startServer(config())
    const client = new ChuhaiClient({ baseUrl: first.url, fetch: cookieFetch() })
    await client.setup({
      email: 'o@x.test',
      name: 'O',
      password: 'correct horse battery',
      organisation: 'X',
    })
    const job = await client.createJob({
      kind: 'eligibility',
      params: { claims: '1. A robot comprising a motor.' },
    })
    await waitJob(client, job.id)
    // Simulate a crash in the middle of the job: the row says running, the process is gone.
    first.ctx.db
      .prepare("UPDATE jobs SET status = 'running', finished_at = NULL WHERE id = ?")
      .run(job.id)
    await first.close()

    const second = await startServer(config())
    try {
      const again = new ChuhaiClient({ baseUrl: second.url, fetch: cookieFetch() })
      await again.login({ email: 'o@x.test', password: 'correct horse battery' })
      const interrupted = await again.job(job.id)
      expect(interrupted.status).toBe('interrupted')
      expect(interrupted.error).toMatch(/server stopped/)
      await again.retryJob(job.id)
      const done = await waitJob(again, job.id)
      expect([done.status, done.attempts]).toEqual(['succeeded', 2])
    } finally {
      await second.close()
    }
  })

  it('cancels a queued job at once', async () => {
    const server = await startServer({ ...config(), jobConcurrency: 1 })
    try {
      const client = new ChuhaiClient({ baseUrl: server.url, fetch: cookieFetch() })
      await client.login({ email: 'o@x.test', password: 'correct horse battery' })
      await server.ctx.runner.stop() // nothing runs: the next job stays queued
      const job = await client.createJob({
        kind: 'eligibility',
        params: { claims: '1. A robot comprising a motor.' },
      })
      const cancelled = await client.cancelJob(job.id)
      expect(cancelled.status).toBe('cancelled')
    } finally {
      await server.close()
    }
  })
})
