import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChuhaiClient } from '@chuhai/api-client'
import { startTestServer, type TestServer } from './helpers/test-server.js'
import { twoOrgs } from './helpers/two-orgs.js'
import { waitJob } from './helpers/wait-job.js'

/**
 * Tenant isolation, generated from the route table: for EVERY route that addresses one object
 * (`tenant: 'object'`) and every verb, the owner of organisation B uses the ids of organisation A's
 * objects and must get 404; for every route that lists or creates in the caller's organisation
 * (`tenant: 'org'`), B must see none of A's ids and must not be able to attach anything to A's
 * objects. A new route without a declared tenancy, an id mapping or a request body fails here.
 */

let server: TestServer
let a: ChuhaiClient
let b: ChuhaiClient
const ids: Record<string, string> = {}
const SECRET = 'acme-trade-secret-7f3a'

beforeAll(async () => {
  server = await startTestServer()
  const orgs = await twoOrgs(server)
  a = orgs.a
  b = orgs.b
  ids.disclosure = (await a.createObject('disclosures', { title: `D ${SECRET}`, body: SECRET })).id
  ids.product = (
    await a.createObject('products', {
      title: `Robot ${SECRET}`,
      body: 'A quadruped robot with four legs, each driven by a motor. An inertial sensor measures the body pitch; the controller switches gait when the pitch exceeds a threshold on slopes.',
    })
  ).id
  const matter = await a.createMatter({
    office: 'CN',
    title: `M ${SECRET}`,
    filingDate: '2026-01-05',
  })
  ids.matter = matter.id
  await a.addEvent(matter.id, { type: 'filing', date: '2026-01-05' })
  ids.member = (
    await a.addMember({
      email: 'viewer@acme.test',
      name: 'V',
      password: 'viewer password 1',
      role: 'viewer',
    })
  ).userId
  ids.token = (await a.createToken(`token ${SECRET}`)).id
  const job = await a.ftoRun({ productId: ids.product, countries: ['US'], asOf: '2026-06-01' })
  ids.job = job.id
  const ran = await waitJob(a, job.id)
  if (ran.status !== 'succeeded') {
    throw new Error(`FTO job ${ran.status}: ${ran.error}`)
  }
  ids.ftoRun = (await a.ftoRuns(ids.product))[0]!.id
  // The name is echoed in B's own 404 (B sent it); the secret is in what only A may read.
  ids.watch = (await a.createWatch({ name: 'rival watch of acme', applicant: `U ${SECRET}` })).name
})

afterAll(async () => {
  await server.stop()
})

/** Which of A's objects a `:id`/`:userId` route addresses, by URL prefix. */
const OBJECT_OF: readonly [RegExp, string][] = [
  [/^\/api\/disclosures\//, 'disclosure'],
  [/^\/api\/products\//, 'product'],
  [/^\/api\/matters\//, 'matter'],
  [/^\/api\/jobs\//, 'job'],
  [/^\/api\/tokens\//, 'token'],
  [/^\/api\/fto\/runs\//, 'ftoRun'],
  [/^\/api\/org\/members\//, 'member'],
  [/^\/api\/watches\//, 'watch'],
]

/** A valid body per write route, so that a 404 proves scoping, not validation. */
const BODIES: Readonly<Record<string, () => unknown>> = {
  'PATCH /api/disclosures/:id': () => ({ title: 'hijacked' }),
  'DELETE /api/disclosures/:id': () => undefined,
  'PATCH /api/products/:id': () => ({ title: 'hijacked' }),
  'DELETE /api/products/:id': () => undefined,
  'POST /api/matters/:id/events': () => ({ type: 'grant', date: '2026-06-01' }),
  'POST /api/matters/:id/assignees': () => ({ userId: ids.member }),
  'POST /api/jobs/:id/cancel': () => ({}),
  'POST /api/jobs/:id/retry': () => ({}),
  'DELETE /api/tokens/:id': () => undefined,
  'PUT /api/fto/runs/:id/findings': () => ({
    findings: [
      { publicationNumber: 'US-10000001-B2', country: 'US', claim: 1, element: '1.1', met: 'no' },
    ],
  }),
  'PATCH /api/org/members/:userId': () => ({ role: 'owner' }),
  'DELETE /api/org/members/:userId': () => undefined,
  'DELETE /api/watches/:name': () => undefined,
  // Organisation-level writes that name one of A's objects in the body.
  'POST /api/disclosures': () => ({ title: 'x', body: '', matterId: ids.matter }),
  'POST /api/products': () => ({ title: 'x', body: '', matterId: ids.matter }),
  'POST /api/fto/runs': () => ({ productId: ids.product, countries: ['US'] }),
  'POST /api/jobs': () => ({ kind: 'fto', params: { productId: ids.product, countries: ['US'] } }),
  'POST /api/watch/runs': () => ({ names: [ids.watch] }),
}

/** Org-level writes that cannot name another organisation's object: checked by the lists after. */
const ORG_WRITES_WITHOUT_REFERENCE = new Set([
  'POST /api/org/members',
  'POST /api/tokens',
  'POST /api/matters',
  'POST /api/imports/path',
  'POST /api/imports/upload',
  // Public corpus: nothing of an organisation is named.
  'POST /api/invalidity/runs',
  'POST /api/fetch/runs',
  // A watch's name is unique per organisation: B's watch of A's name is B's own.
  'POST /api/watches',
])

function pathFor(url: string): string {
  const entry = OBJECT_OF.find(([re]) => re.test(url))
  if (!entry) {
    throw new Error(`isolation test: no object of organisation A for ${url}; add it to OBJECT_OF`)
  }
  const id = ids[entry[1]]!
  return url.replace(':userId', id).replace(':name', encodeURIComponent(id)).replace(':id', id)
}

async function call(
  client: ChuhaiClient,
  method: string,
  path: string,
  body: unknown,
): Promise<{ status: number; text: string }> {
  const res = await client.rawFetch(`${server.url}${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  })
  return { status: res.status, text: await res.text() }
}

describe('tenant isolation (generated from the route table)', () => {
  it('declares access and tenancy on every route', () => {
    const undeclared = server.routes.filter(
      (r) =>
        r.url.startsWith('/api/') &&
        !r.url.startsWith('/api/docs') &&
        (r.access === 'undeclared' || r.tenant === 'undeclared'),
    )
    expect(undeclared).toEqual([])
  })

  it("answers 404 to every verb on every object route addressed with another organisation's id", async () => {
    const routes = server.routes.filter((r) => r.tenant === 'object')
    expect(routes.length).toBeGreaterThanOrEqual(15)
    const leaks: string[] = []
    for (const r of routes) {
      const key = `${r.method} ${r.url}`
      const body = r.method === 'GET' ? undefined : BODIES[key]
      if (r.method !== 'GET' && !body) {
        throw new Error(`isolation test: add a valid body for ${key} to BODIES`)
      }
      const res = await call(b, r.method, pathFor(r.url), body?.())
      if (res.status !== 404 || res.text.includes(SECRET)) {
        leaks.push(`${key} → ${res.status} ${res.text.slice(0, 120)}`)
      }
    }
    expect(leaks).toEqual([])
  })

  it("shows none of A's objects in B's lists, and refuses to attach B's writes to A's objects", async () => {
    const leaks: string[] = []
    for (const r of server.routes.filter((x) => x.tenant === 'org')) {
      const key = `${r.method} ${r.url}`
      if (r.method === 'GET') {
        const query = r.url === '/api/fto/runs' ? `?productId=${ids.product}` : ''
        const res = await call(b, 'GET', `${r.url}${query}`, undefined)
        // An error message may echo the id B itself sent; anything else of A's is a leak.
        const seen = Object.values(ids).filter((id) => res.text.includes(id) && !query.includes(id))
        if (res.status >= 500 || seen.length > 0 || res.text.includes(SECRET)) {
          leaks.push(`${key} → ${res.status} shows ${seen.join(', ')}`)
        }
      } else if (BODIES[key]) {
        const res = await call(b, r.method, r.url, BODIES[key]())
        if (res.status !== 404) {
          leaks.push(`${key} with A's ids → ${res.status} ${res.text.slice(0, 120)}`)
        }
      } else if (!ORG_WRITES_WITHOUT_REFERENCE.has(key)) {
        throw new Error(`isolation test: add ${key} to BODIES or ORG_WRITES_WITHOUT_REFERENCE`)
      }
    }
    expect(leaks).toEqual([])
  })

  it("left every one of A's objects as it was", async () => {
    expect((await a.object('disclosures', ids.disclosure!)).title).toBe(`D ${SECRET}`)
    expect((await a.object('products', ids.product!)).title).toBe(`Robot ${SECRET}`)
    const matter = await a.matter(ids.matter!)
    expect(matter.events.map((e) => e.type)).toEqual(['filing'])
    expect(matter.assignees).toEqual([])
    expect((await a.job(ids.job!)).status).toBe('succeeded')
    expect((await a.tokens()).find((t) => t.id === ids.token)?.revokedAt).toBeNull()
    const run = await a.ftoRunView(ids.ftoRun!)
    expect([run.findings, run.updatedBy]).toEqual([0, (await a.me()).user.id])
    expect((await a.members()).find((m) => m.userId === ids.member)?.role).toBe('viewer')
    expect((await a.watch(ids.watch!)).applicant).toBe(`U ${SECRET}`)
    const bUser = (await b.me()).user.id
    expect((await a.audit({ limit: 500 })).every((l) => l.userId !== bUser)).toBe(true)
  })
})
