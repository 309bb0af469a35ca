import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ApiError, ChuhaiClient } from '@chuhai/api-client'
import { buildPatentRecord } from '@chuhai/core/testing'
import { loadConfig } from '../../src/config/config.js'
import { startServer, type RunningServer } from '../../src/server.js'

/** A real server on 127.0.0.1:0 over a fresh database file in a temporary folder. */
export interface TestServer extends RunningServer {
  readonly dir: string
  /** A client with its own cookie jar (one browser). */
  client(): ChuhaiClient
  /** Raw fetch with the jar of `client` (for non-JSON routes). */
  stop(): Promise<void>
}

/** Fetch that keeps cookies (one jar per client), as a browser does. */
export function cookieFetch(): typeof fetch {
  const jar = new Map<string, string>()
  return async (input, init) => {
    const headers = new Headers(init?.headers)
    if (jar.size > 0) {
      headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '))
    }
    const response = await fetch(input, { ...init, headers })
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';')
      const eq = pair.indexOf('=')
      const name = pair.slice(0, eq)
      const value = pair.slice(eq + 1)
      if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line) || value === '') {
        jar.delete(name)
      } else {
        jar.set(name, value)
      }
    }
    return response
  }
}

/** Starts a test server with a few patents in its store. */
export async function startTestServer(importRoots: string[] = []): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'chuhai-server-'))
  const config = loadConfig(
    {},
    {
      port: 0,
      host: '127.0.0.1',
      db: join(dir, 'test.db'),
      logLevel: 'silent',
      importRoots,
      uploadDir: join(dir, 'uploads'),
      ingestWorkers: 0,
      // Tests tick the watch scheduler themselves (`server.scheduler.tick`).
      watchScheduleSeconds: 0,
    },
  )
  const server = await startServer({ ...config, webDist: undefined })
  await server.ctx.patents.upsert([
    buildPatentRecord(),
    buildPatentRecord({
      id: 'US-10000001-B2',
      publication: { country: 'US', number: '10000001', kind: 'B2', date: '2019-02-05' },
      application: { country: 'US', number: '15999999', date: '2017-03-01' },
      titles: [{ lang: 'en', text: 'Gait controller for a quadruped robot' }],
      abstracts: [{ lang: 'en', text: 'A quadruped robot adapts its gait to the terrain slope.' }],
      claims: [
        {
          lang: 'en',
          claims: [
            {
              number: 1,
              text: '1. A quadruped robot comprising: four legs each driven by a motor; an inertial sensor measuring body pitch; and a controller that changes the gait when the pitch exceeds a threshold.',
              dependsOn: [],
              independent: true,
            },
          ],
        },
      ],
      citations: [{ documentRef: 'US-10000000-B2', category: 'examiner' }],
    }),
  ])
  await server.ctx.searchIndex.refresh()
  return {
    ...server,
    dir,
    client: () => new ChuhaiClient({ baseUrl: server.url, fetch: cookieFetch() }),
    async stop() {
      await server.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** The owner's sign-up on a fresh server. */
export async function signUpOwner(
  server: TestServer,
  org = 'Acme Robotics',
  email = 'owner@acme.test',
): Promise<ChuhaiClient> {
  const client = server.client()
  await client.setup({ email, name: 'Owner', password: 'correct horse battery', organisation: org })
  return client
}

/** The ApiError a call throws (fails the test when it does not throw). */
export async function apiError(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call
  } catch (error) {
    if (error instanceof ApiError) {
      return error
    }
    throw error
  }
  throw new Error('expected the call to fail')
}
