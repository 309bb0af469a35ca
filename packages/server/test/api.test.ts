import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChuhaiClient, type ChuhaiClient as Client } from '@chuhai/api-client'
import { buildPatentRecord, hasShared, sharedPath } from '@chuhai/core/testing'
import { SqliteMonitorStore } from '@chuhai/store-sqlite'
import { fixtureGrant } from './helpers/fixture-grant.js'
import {
  apiError,
  cookieFetch,
  signUpOwner,
  startTestServer,
  type TestServer,
} from './helpers/test-server.js'
import { waitJob } from './helpers/wait-job.js'

const LENS_RESPONSE = 'data/api-responses/lens/lens_patent_search_response_EP2471949A1_2026.json'

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
    expect([...ready.jobs].sort()).toEqual(
      ['eligibility', 'fetch', 'fto', 'ingest', 'invalidity', 'plan', 'watch'].sort(),
    )
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
    const invalid = await apiError(owner.createJob({ kind: 'fetch', params: { service: 'nope' } }))
    expect([invalid.status, invalid.code]).toEqual([400, 'VALIDATION'])
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

  it('runs the FTO engine as a job; charts per patent and country; findings saved, audited, exported', async () => {
    const product = await owner.createObject('products', {
      title: 'Robot dog X1',
      body: 'A quadruped robot with four legs, each driven by a motor. An inertial sensor measures the body pitch; the controller switches gait when the pitch exceeds a threshold on slopes.',
    })
    const bad = await apiError(owner.ftoRun({ productId: product.id, countries: ['XX'] }))
    expect([bad.status, bad.code]).toEqual([422, 'FTO_UNKNOWN_COUNTRY'])
    const job = await owner.ftoRun({ productId: product.id, countries: ['US'], asOf: '2026-06-01' })
    const done = await waitJob(owner, job.id)
    expect(done.status).toBe('succeeded')
    const runId = (done.result as { runId: string }).runId
    expect((await owner.ftoRuns(product.id)).map((r) => r.id)).toEqual([runId])
    const run = await owner.ftoRunView(runId)
    const hit = run.results.find((r) => r.publicationNumber === 'US-10000001-B2')!
    expect(hit).toMatchObject({ country: 'US', status: 'in-force', route: 'national' })
    expect(run.summary[0]!.country).toBe('US')
    const claim = hit.claims[0]!
    expect(claim.elements.length).toBeGreaterThanOrEqual(3)
    expect(claim.elements.some((e) => e.suggested === 'yes')).toBe(true)
    const element = claim.elements.find((e) => e.kind !== 'preamble' && e.met === 'yes')!
    const updated = await owner.ftoFindings(runId, {
      findings: [
        {
          publicationNumber: hit.publicationNumber,
          country: 'US',
          claim: claim.claim,
          element: element.id,
          met: 'no',
          evidence: 'The X1 has wheels on its feet.',
          note: 'no motor per leg',
        },
      ],
    })
    const after = updated.results
      .find((r) => r.publicationNumber === hit.publicationNumber)!
      .claims[0]!.elements.find((e) => e.id === element.id)!
    expect(after).toMatchObject({
      met: 'no',
      suggested: 'yes',
      note: 'no motor per leg',
      evidence: 'The X1 has wheels on its feet.',
    })
    expect(after.reviewedBy).toBe((await owner.me()).user.id)
    expect(updated.findings).toBe(1)
    const wrong = await apiError(
      owner.ftoFindings(runId, {
        findings: [
          { publicationNumber: 'US-1-B1', country: 'US', claim: 1, element: 'x', met: 'no' },
        ],
      }),
    )
    expect(wrong.status).toBe(400)
    const audit = await owner.audit({ limit: 50 })
    expect(audit.some((l) => l.action === 'update' && l.objectType === 'fto_run')).toBe(true)
    const get = (format: string) =>
      cookieFetchFor(owner)(`${server.url}/api/fto/runs/${runId}/export?format=${format}&lang=en`)
    for (const format of ['docx', 'xlsx']) {
      const res = await get(format)
      expect(res.headers.get('content-type')).toMatch(/openxmlformats/)
      expect(
        Buffer.from(await res.arrayBuffer())
          .subarray(0, 2)
          .toString(),
      ).toBe('PK')
    }
    const html = await (await get('html')).text()
    expect(html).toContain('US-10000001-B2')
    expect(html).toContain('no motor per leg')
    const json = (await (await get('json')).json()) as { results: { publication_number: string }[] }
    expect(json.results.map((r) => r.publication_number)).toContain('US-10000001-B2')
  })

  it('runs an invalidity search as a job: prior art before the priority date, charted', async () => {
    await server.ctx.patents.upsert([
      buildPatentRecord({
        id: 'US-7000001-B1',
        publication: { country: 'US', number: '7000001', kind: 'B1', date: '2006-02-14' },
        application: { country: 'US', number: '10999001', date: '2004-05-01' },
        titles: [{ lang: 'en', text: 'Walking robot with slope detection' }],
        abstracts: [
          {
            lang: 'en',
            text: 'A quadruped robot has four legs each driven by a motor; an inertial sensor measures the body pitch and the controller changes the gait when the pitch exceeds a threshold.',
          },
        ],
        claims: [],
      }),
    ])
    const job = await owner.invalidityRun({ publicationNumber: 'US 10,000,001 B2' })
    const done = await waitJob(owner, job.id)
    expect(done.status).toBe('succeeded')
    const result = done.result as {
      asserted: { publication_number: string }
      results: { publication_number: string; coverage: number }[]
    }
    expect(result.asserted.publication_number).toBe('US-10000001-B2')
    expect(result.results[0]?.publication_number).toBe('US-7000001-B1')
    expect(result.results.map((r) => r.publication_number)).not.toContain('US-10000000-B2')
    const missing = await waitJob(
      owner,
      (await owner.invalidityRun({ publicationNumber: 'US-1-B1' })).id,
    )
    expect([missing.status, missing.error]).toEqual([
      'failed',
      'not found: publication US-1-B1 in the store',
    ])
  })

  it('refuses a fetch without credentials, naming the variables to set', async () => {
    const refused = await apiError(
      owner.fetchRun({ service: 'lens', numbers: ['031-156-664-516-153'] }),
    )
    expect([refused.status, refused.code]).toEqual([422, 'CONNECTOR_CREDENTIALS_MISSING'])
    expect(refused.message).toContain('CHUHAI_LENS_TOKEN')
    const ops = await apiError(owner.fetchRun({ service: 'ops', numbers: ['EP1000000A1'] }))
    expect(ops.message).toMatch(/CHUHAI_EPO_OPS_KEY.*CHUHAI_EPO_OPS_SECRET/)
  })

  it.skipIf(!hasShared(LENS_RESPONSE))(
    'fetches from a connector (recorded Lens response replayed on loopback) and ingests what came',
    async () => {
      const body = readFileSync(sharedPath(LENS_RESPONSE))
      const seen: string[] = []
      const replay = createServer((req, res) => {
        seen.push(`${req.method} ${req.url} ${req.headers.authorization}`)
        req.resume()
        req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(body))
      })
      await new Promise<void>((r) => replay.listen(0, '127.0.0.1', r))
      const env = {
        CHUHAI_LENS_TOKEN: 'recorded-token',
        CHUHAI_LENS_URL: `http://127.0.0.1:${(replay.address() as AddressInfo).port}`,
        CHUHAI_FETCH_DIR: join(server.dir, 'fetch'),
        CHUHAI_CACHE_DIR: join(server.dir, 'cache'),
      }
      Object.assign(process.env, env)
      try {
        const job = await owner.fetchRun({ service: 'lens', numbers: ['031-156-664-516-153'] })
        const done = await waitJob(owner, job.id)
        expect([done.status, done.error]).toEqual(['succeeded', null])
        const result = done.result as {
          files: number
          ingest: { documents: number; failed: number }
        }
        expect(result.files).toBe(1)
        expect(result.ingest.documents).toBeGreaterThanOrEqual(1)
        expect(result.ingest.failed).toBe(0)
        expect(seen[0]).toBe('POST /patent/search Bearer recorded-token')
        expect((await owner.patent('EP2471949A1')).country).toBe('EP')
      } finally {
        for (const k of Object.keys(env)) {
          delete process.env[k]
        }
        await new Promise((r) => replay.close(r))
      }
    },
  )

  it('runs the watchlists as a job: baseline first, then alerts for what changed', async () => {
    // An installation-level (CLI) watch is not the organisation's: runs never see it.
    await new SqliteMonitorStore(server.ctx.db).addWatch(
      { name: 'cli', query: 'robot' },
      Date.now(),
    )
    await owner.createWatch({ name: 'legged robots', query: 'robot', countries: ['US'] })
    expect((await owner.watches()).map((w) => w.name)).toEqual(['legged robots'])
    const unknown = await apiError(owner.watchRun({ names: ['nope'] }))
    expect(unknown.status).toBe(404)
    const first = await waitJob(owner, (await owner.watchRun({ names: ['legged robots'] })).id)
    expect(first.status).toBe('succeeded')
    expect((first.result as { watches: { baseline: boolean }[] }).watches[0]?.baseline).toBe(true)
    await server.ctx.patents.upsert([
      buildPatentRecord({
        id: 'US-10000002-B2',
        publication: { country: 'US', number: '10000002', kind: 'B2', date: '2020-03-03' },
        application: { country: 'US', number: '16000002', date: '2018-01-01' },
        titles: [{ lang: 'en', text: 'Stair-climbing legged robot' }],
      }),
    ])
    const second = await waitJob(owner, (await owner.watchRun({ deliver: false })).id)
    const result = second.result as {
      alerts: { watch: string; kind: string; publicationNumber: string }[]
    }
    expect(result.alerts).toContainEqual(
      expect.objectContaining({
        watch: 'legged robots',
        kind: 'new_publication',
        publicationNumber: 'US-10000002-B2',
      }),
    )
    expect(result.alerts.every((a) => a.watch === 'legged robots')).toBe(true)
    const detail = await owner.watch('legged robots', 10)
    expect(detail.alerts.map((a) => [a.kind, a.publicationNumber])).toContainEqual([
      'new_publication',
      'US-10000002-B2',
    ])
    expect(await owner.removeWatch('legged robots')).toEqual({ ok: true })
    expect((await apiError(owner.watch('legged robots'))).status).toBe(404)
  })
})

describe('route coverage', () => {
  it('exercised every route of the route table', async () => {
    const ics = await cookieFetchFor(owner)(`${server.url}/api/docket.ics`)
    expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR/)
    const json = await cookieFetchFor(owner)(`${server.url}/api/fto/runs/none/export?format=json`)
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
