import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChuhaiClient, type ChuhaiClient as Client } from '@chuhai/api-client'
import { fixtureGrant } from './helpers/fixture-grant.js'
import {
  apiError,
  cookieFetch,
  signUpOwner,
  startTestServer,
  type TestServer,
} from './helpers/test-server.js'
import { waitJob } from './helpers/wait-job.js'

let server: TestServer
let owner: Client

beforeAll(async () => {
  server = await startTestServer()
  owner = await signUpOwner(server)
})

afterAll(async () => {
  await server.stop()
})

describe('system', () => {
  it('answers health, readiness and the OpenAPI document', async () => {
    expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ status: 'ok' })
    const ready = (await (await fetch(`${server.url}/ready`)).json()) as {
      status: string
      jobs: string[]
    }
    expect(ready.status).toBe('ready')
    expect(ready.jobs).toEqual(expect.arrayContaining(['ingest', 'plan', 'eligibility', 'fto']))
    const doc = (await (await fetch(`${server.url}/api/docs/json`)).json()) as {
      paths: Record<string, unknown>
    }
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/patents/search', '/api/jobs/{id}']),
    )
    expect((await fetch(`${server.url}/api/docs`)).status).toBe(200)
  })
})

describe('accounts', () => {
  it('creates the owner once, then refuses another setup', async () => {
    expect(await server.client().setupStatus()).toEqual({ needsOwner: false })
    const e = await apiError(
      server
        .client()
        .setup({ email: 'x@y.test', name: 'X', password: 'long enough pass', organisation: 'X' }),
    )
    expect([e.status, e.code]).toEqual([409, 'SETUP_DONE'])
  })

  it('signs in and out, rejects a wrong password and validates input', async () => {
    const c = server.client()
    expect((await apiError(c.login({ email: 'owner@acme.test', password: 'wrong' }))).code).toBe(
      'BAD_CREDENTIALS',
    )
    const me = await c.login({ email: 'OWNER@acme.test', password: 'correct horse battery' })
    expect(me.org.role).toBe('owner')
    expect(me.permissions).toContain('members.manage')
    await c.logout()
    expect((await apiError(c.me())).status).toBe(401)
    const bad = await apiError(c.login({ email: 'not-an-email', password: 'x' }))
    expect([bad.status, bad.code]).toEqual([400, 'VALIDATION'])
    expect(bad.message).toMatch(/email/)
  })

  it('refuses a cookie write without the CSRF token', async () => {
    const f = cookieFetch()
    const c = new ChuhaiClient({ baseUrl: server.url, fetch: f })
    await c.login({ email: 'owner@acme.test', password: 'correct horse battery' })
    const raw = await f(`${server.url}/api/disclosures`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x', body: 'y' }),
    })
    expect(raw.status).toBe(403)
    expect(((await raw.json()) as { error: { code: string } }).error.code).toBe('CSRF')
  })

  it('issues API tokens that work as bearer credentials until revoked', async () => {
    const created = await owner.createToken('ci script')
    expect(created.token).toMatch(/^chu_/)
    const script = new ChuhaiClient({ baseUrl: server.url, token: created.token })
    expect((await script.me()).user.email).toBe('owner@acme.test')
    await script.createObject('products', { title: 'via token', body: '' })
    expect((await owner.tokens()).map((t) => t.id)).toContain(created.id)
    await owner.revokeToken(created.id)
    expect((await apiError(script.me())).status).toBe(401)
  })

  it('manages members and roles and keeps an owner', async () => {
    const m = await owner.addMember({
      email: 'viewer@acme.test',
      name: 'Vi',
      password: 'viewer password 1',
      role: 'viewer',
    })
    expect((await owner.members()).map((x) => x.email)).toContain('viewer@acme.test')
    expect((await owner.setRole(m.userId, 'ip_manager')).role).toBe('ip_manager')
    await owner.setRole(m.userId, 'viewer')
    const viewer = server.client()
    await viewer.login({ email: 'viewer@acme.test', password: 'viewer password 1' })
    const denied = await apiError(viewer.createObject('disclosures', { title: 'x', body: '' }))
    expect([denied.status, denied.code]).toEqual([403, 'FORBIDDEN'])
    const me = await owner.me()
    expect((await apiError(owner.removeMember(me.user.id))).code).toBe('CONFLICT')
    await owner.removeMember(m.userId)
    expect((await apiError(viewer.me())).status).toBe(401)
  })

  it('switches between organisations of one user', async () => {
    const c = server.client()
    await c.login({ email: 'owner@acme.test', password: 'correct horse battery' })
    const acme = (await c.me()).org.id
    const beta = await c.createOrg('Second Org')
    expect(beta.org.name).toBe('Second Org')
    expect(beta.orgs).toHaveLength(2)
    expect((await c.switchOrg(acme)).org.id).toBe(acme)
  })
})

describe('confidential objects and audit', () => {
  it('creates, reads, updates and deletes disclosures and products, and audits each', async () => {
    for (const kind of ['disclosures', 'products'] as const) {
      const o = await owner.createObject(kind, { title: 'Gait v2', body: 'secret body' })
      const listed = await owner.objects(kind)
      expect(listed.find((x) => x.id === o.id)).not.toHaveProperty('body')
      expect((await owner.object(kind, o.id)).body).toBe('secret body')
      expect((await owner.updateObject(kind, o.id, { body: 'changed' })).body).toBe('changed')
      await owner.deleteObject(kind, o.id)
      expect((await apiError(owner.object(kind, o.id))).status).toBe(404)
      const log = await owner.audit({ limit: 20 })
      const actions = log.filter((l) => l.objectId === o.id).map((l) => l.action)
      expect(actions).toEqual(expect.arrayContaining(['create', 'read', 'update', 'delete']))
    }
  })

  it('refuses to change the audit log, even in SQL', () => {
    expect(() => server.ctx.db.exec('DELETE FROM audit_log')).toThrow(/append-only/)
    expect(() => server.ctx.db.exec("UPDATE audit_log SET action = 'x'")).toThrow(/append-only/)
  })
})

describe('patents', () => {
  it('searches through the search engine: query language, prose, filters, facets, highlights', async () => {
    const page = await owner.search({ q: 'quadruped robot gait' })
    expect([page.backend, page.mode]).toEqual(['sqlite', 'text'])
    expect(page.hits[0]?.id).toBe('US-10000001-B2')
    expect(page.understood.length).toBeGreaterThan(0)
    const hl = page.hits[0]!.highlights.find((h) => h.spans.length > 0)
    const [start, end] = hl?.spans[0] ?? [0, 0]
    expect(hl?.text.slice(start, end).toLowerCase()).toMatch(/quadruped|robot|gait/)
    expect(page.facets.country[0]).toEqual({ value: 'US', count: page.hits.length })
    expect(page.facets.cpc.map((f) => f.value)).toContain('B62D')
    const ids = async (q: Parameters<typeof owner.search>[0]) =>
      (await owner.search(q)).hits.map((h) => h.id)
    // The query language: fields, phrases, NEAR, NOT, keyword fields.
    expect(await ids({ q: 'ti:(gait AND quadruped)' })).toEqual(['US-10000001-B2'])
    expect(await ids({ q: '"inertial sensor"' })).toEqual(['US-10000001-B2'])
    expect((await ids({ q: 'ti:battery OR ti:gait' })).sort()).toEqual([
      'US-10000000-B2',
      'US-10000001-B2',
    ])
    expect(await ids({ q: 'pitch NEAR/3 threshold' })).toEqual(['US-10000001-B2'])
    expect(await ids({ q: 'robot NOT quadruped' })).toEqual(['US-10000000-B2'])
    expect((await owner.search({ q: 'robot AND cc:US' })).mode).toBe('boolean')
    // Filters.
    expect(await ids({ q: 'robot', yearFrom: 2019 })).toEqual(['US-10000001-B2'])
    expect((await owner.search({ q: 'robot', cpc: 'B62D' })).total).toBe(2)
    expect(await ids({ q: 'robot', country: 'EP' })).toEqual([])
    expect((await owner.search({ q: 'robot', allMembers: true })).total).toBe(2)
    // Chinese prose is translated into English concepts.
    const zh = await owner.search({ q: '四足机器人的步态控制' })
    expect(zh.mode).toBe('translated')
    expect(zh.hits[0]?.id).toBe('US-10000001-B2')
    const bad = await apiError(owner.search({ q: 'robot AND (gait', mode: 'boolean' }))
    expect([bad.status, bad.code]).toEqual([400, 'QUERY_SYNTAX'])
  })

  it('opens a patent page with claims tree, family and citations', async () => {
    const p = await owner.patent('US 10,000,000 B2')
    expect(p.id).toBe('US-10000000-B2')
    expect(p.claims.map((c) => [c.number, c.dependsOn])).toEqual([
      [1, []],
      [2, [1]],
    ])
    expect(p.citedBy.map((c) => c.id)).toEqual(['US-10000001-B2'])
    expect(p.familyByCountry[0]).toMatchObject({ country: 'US', status: 'granted' })
    const citing = await owner.patent('US-10000001-B2')
    expect(citing.citations[0]).toMatchObject({ id: 'US-10000000-B2', inStore: true })
    expect((await apiError(owner.patent('US-1-B1'))).status).toBe(404)
    expect((await owner.stats()).documents).toBeGreaterThanOrEqual(2)
    expect((await owner.landscape('robot')).total).toBe(2)
  })
})

describe('docket', () => {
  it('keeps matters and events, computes deadlines, calendar and net; assigns counsel', async () => {
    const m = await owner.createMatter({
      office: 'CN',
      title: 'Gait control',
      filingDate: '2026-03-02',
      core: true,
      targets: ['US', 'EP'],
    })
    await owner.addEvent(m.id, { type: 'filing', date: '2026-03-02' })
    expect((await owner.matters()).map((x) => x.id)).toContain(m.id)
    const detail = await owner.matter(m.id)
    expect(detail.events.map((e) => e.type)).toEqual(['filing'])
    const docket = await owner.docket({ upcoming: 3650 })
    expect(docket.deadlines.some((d) => d.matterId === m.id && d.kind === 'priority_year')).toBe(
      true,
    )
    const net = await owner.net({ markets: 'US,EP,CN' })
    expect(net.rows[0]?.cells.map((c) => c.office)).toEqual(
      expect.arrayContaining(['US', 'EP', 'CN']),
    )
    const counsel = await owner.addMember({
      email: 'counsel@law.test',
      name: 'Counsel',
      password: 'counsel password',
      role: 'attorney',
    })
    expect((await owner.assign(m.id, counsel.userId)).assignees).toEqual([counsel.userId])
  })
})

describe('analysis and jobs', () => {
  it('runs the eligibility check and the filing plan inline', async () => {
    const report = await owner.eligibility({
      claims:
        '1. A method of training a neural network, comprising: collecting images; and adjusting weights.',
      jurisdictions: ['US', 'EP'],
    })
    expect(JSON.stringify(report)).toMatch(/eligible|uncertain/)
    const plan = await owner.plan({
      invention: {
        title: 'Robot dog',
        priorityDate: '2026-01-15',
        markets: ['US', 'EP', 'JP'],
        words: 9000,
        claims: 15,
      },
    })
    expect((plan as { scores: unknown[] }).scores.length).toBeGreaterThanOrEqual(3)
  })

  it('runs jobs in the background with progress over SSE, and refuses unknown kinds', async () => {
    const job = await owner.createJob({
      kind: 'eligibility',
      params: { claims: '1. A robot comprising a motor.' },
    })
    const res = await cookieFetchFor(owner)(`${server.url}/api/jobs/${job.id}/events`)
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/)
    const text = await res.text()
    expect(text).toMatch(/event: job\ndata: .*"status":"succeeded"/)
    expect((await owner.job(job.id)).result).toBeTruthy()
    expect((await owner.jobs()).map((j) => j.id)).toContain(job.id)
    const unavailable = await apiError(owner.createJob({ kind: 'watch', params: {} }))
    expect([unavailable.status, unavailable.code]).toEqual([422, 'JOB_KIND_UNAVAILABLE'])
    const bad = await apiError(owner.createJob({ kind: 'plan', params: { invention: 'x' } }))
    expect(bad.code).toBe('VALIDATION')
  })

  it('retries a failed job and refuses to cancel a finished one', async () => {
    const job = await owner.createJob({
      kind: 'plan',
      params: { invention: { title: 'x', priorityDate: 'not a date' } },
    })
    const failed = await waitJob(owner, job.id)
    expect(failed.status).toBe('failed')
    expect((await apiError(owner.cancelJob(job.id))).code).toBe('JOB_STATE')
    const again = await owner.retryJob(job.id)
    expect(again.attempts).toBe(2)
    expect((await waitJob(owner, job.id)).status).toBe('failed')
  })

  it('imports uploaded files and server paths inside the import roots only', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([
        fixtureGrant(
          '9111111',
          'Slope-aware gait',
          'A legged robot comprising a torque sensor and a gait planner.',
        ),
      ]),
      'grant.xml',
    )
    const job = await cookieFetchFor(owner)(`${server.url}/api/imports/upload`, {
      method: 'POST',
      headers: { 'x-csrf-token': (await owner.me()).csrf ?? '' },
      body: form,
    })
    const view = (await job.json()) as { id: string; params: { uploaded?: boolean } }
    expect(view.params.uploaded).toBe(true)
    const done = await waitJob(owner, view.id)
    expect(done.result).toMatchObject({ inserted: 1, failed: 0 })
    expect((await owner.patent('US-9111111-B2')).title).toBe('Slope-aware gait')
    expect((await owner.importRoots()).roots).toEqual([])
    const refused = await apiError(owner.importPaths([server.dir]))
    expect([refused.status, refused.code]).toEqual([403, 'PATH_NOT_ALLOWED'])
  })

  it('screens a product for FTO, charts claims, records findings and exports the chart', async () => {
    const product = await owner.createObject('products', {
      title: 'Robot dog X1',
      body: 'A quadruped robot with four legs, each driven by a motor. An inertial sensor measures the body pitch; the controller switches gait when the pitch exceeds a threshold on slopes.',
    })
    const job = await owner.ftoRun({ productId: product.id, limit: 5 })
    expect((await waitJob(owner, job.id)).status).toBe('succeeded')
    const charts = await owner.charts(product.id)
    expect(charts[0]?.patentId).toBe('US-10000001-B2')
    const chart = await owner.chart(charts[0]!.id)
    expect(chart.elements.length).toBeGreaterThanOrEqual(3)
    expect(chart.elements.some((e) => e.suggested === 'yes')).toBe(true)
    const updated = await owner.updateChart(chart.id, {
      elements: [{ index: chart.elements[0]!.index, status: 'absent', note: 'no motor per leg' }],
    })
    expect(updated.elements[0]).toMatchObject({ status: 'absent', note: 'no motor per leg' })
    const csv = await cookieFetchFor(owner)(
      `${server.url}/api/fto/charts/${chart.id}/export?format=csv`,
    )
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/)
    expect((await csv.text()).split('\r\n')[1]).toMatch(/^US-10000001-B2,1,/)
  })
})

describe('route coverage', () => {
  it('exercised every route of the route table', async () => {
    const ics = await cookieFetchFor(owner)(`${server.url}/api/docket.ics`)
    expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR/)
    const json = await cookieFetchFor(owner)(`${server.url}/api/fto/charts/none/export?format=json`)
    expect(json.status).toBe(404)
    const missed = server.routes
      .filter((r) => r.url.startsWith('/api/') || r.url === '/health' || r.url === '/ready')
      .filter((r) => !r.url.startsWith('/api/docs'))
      .filter((r) => !server.hits.has(`${r.method} ${r.url}`))
      .map((r) => `${r.method} ${r.url}`)
    expect(missed).toEqual([])
  })
})

/** The cookie-carrying fetch behind a client (for SSE, uploads and downloads). */
function cookieFetchFor(client: Client): typeof fetch {
  return (input, init) => client.rawFetch(input, init)
}
