/* global fetch */
// Web benchmark (issue 9): with the store of bench/web/seed.mjs (100,000 documents), 50 concurrent
// clients search and open patents for 60 s over loopback (autocannon; the exact p95 comes from
// every response time), then the first load of the app in headless Chromium with a cold cache,
// and the JavaScript bundle sizes. Usage:
//   node bench/web/run.mjs [DB] [SECONDS] [CONNECTIONS]     (results: bench/out/web.json)
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'
import { chromium } from 'playwright-core'

const root = resolve(import.meta.dirname, '../..')
const db = resolve(process.argv[2] ?? join(root, 'bench/out/web-100k.db'))
const seconds = Number(process.argv[3] ?? 60)
const connections = Number(process.argv[4] ?? 50)
if (!existsSync(db)) {
  console.log(`skipped: ${db} is missing; build it with node bench/web/seed.mjs ${db} 100000`)
  process.exit(0)
}
const port = 8900 + Math.floor(Math.random() * 90)
const base = `http://127.0.0.1:${port}`
const server = spawn('node', [join(root, 'packages/server/bin/chuhai-server.js')], {
  env: { ...process.env, PORT: String(port), CHUHAI_DB: db, CHUHAI_LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
})
const stop = () => server.kill('SIGTERM')
process.on('exit', stop)

async function json(path, init = {}) {
  const res = await fetch(`${base}${path}`, init)
  if (!res.ok) {
    throw new Error(`${path}: ${res.status} ${await res.text()}`)
  }
  return { body: await res.json(), res }
}

for (let i = 0; ; i++) {
  try {
    await json('/health')
    break
  } catch {
    if (i > 200) {
      throw new Error('server did not start')
    }
    await new Promise((r) => setTimeout(r, 100))
  }
}
// An owner account and an API token for the load (the store is shared by every organisation).
const creds = { email: 'bench@example.test', password: 'bench password 2026' }
let cookie
const setup = await fetch(`${base}/api/setup`)
if ((await setup.json()).needsOwner) {
  const r = await fetch(`${base}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...creds, name: 'Bench', organisation: 'Bench' }),
  })
  cookie = r.headers.getSetCookie()[0]
} else {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(creds),
  })
  cookie = r.headers.getSetCookie()[0]
}
cookie = cookie.split(';')[0]
const me = (await json('/api/me', { headers: { cookie } })).body
const token = (
  await json('/api/tokens', {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': me.csrf },
    body: JSON.stringify({ name: 'bench' }),
  })
).body.token
const auth = { authorization: `Bearer ${token}` }

// Queries: two-word and one-word queries from the titles of the store, and patent ids from them.
const words = new Set()
const ids = []
for (const q of ['method', 'device', 'system', 'apparatus', 'semiconductor', 'composition']) {
  const page = (await json(`/api/patents/search?q=${q}&limit=100`, { headers: auth })).body
  for (const h of page.hits) {
    ids.push(h.id)
    for (const w of h.title.toLowerCase().match(/[a-z]{5,}/g) ?? []) {
      words.add(w)
    }
  }
}
const vocab = [...words]
let seed = 7
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
const pick = (list) => list[Math.floor(rand() * list.length)]
const queries = Array.from({ length: 200 }, (_, i) =>
  i % 3 === 0 ? pick(vocab) : `${pick(vocab)} ${pick(vocab)}`,
)
const total = (await json('/api/patents/stats', { headers: auth })).body.documents
console.log(
  `store: ${total} documents; ${queries.length} queries, ${ids.length} patents; load ${loadavg()[0].toFixed(1)}`,
)

const times = []
const statuses = new Map()
const load1 = loadavg()[0]
const result = await new Promise((resolvePromise, reject) => {
  const instance = autocannon(
    {
      url: base,
      connections,
      duration: seconds,
      headers: auth,
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            path:
              rand() < 0.5
                ? `/api/patents/search?q=${encodeURIComponent(pick(queries))}`
                : `/api/patents/${encodeURIComponent(pick(ids))}`,
          }),
        },
      ],
    },
    (error, r) => (error ? reject(error) : resolvePromise(r)),
  )
  instance.on('response', (_client, status, _bytes, ms) => {
    times.push(ms)
    statuses.set(status, (statuses.get(status) ?? 0) + 1)
  })
})
const load2 = loadavg()[0]
times.sort((a, b) => a - b)
const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]
const non2xx = [...statuses].filter(([s]) => s < 200 || s >= 300).reduce((n, [, c]) => n + c, 0)
const load = {
  requests: times.length,
  rps: Math.round(times.length / seconds),
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx,
  p50: pct(50),
  p95: pct(95),
  p99: pct(99),
  max: times.at(-1),
}
console.log('load', load)

// First page load: a cold browser context, signed in, the search page with a query.
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
})
const firstLoads = []
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext()
  await context.addCookies([{ name: 'chuhai_session', value: cookie.split('=')[1], url: base }])
  const page = await context.newPage()
  const t0 = Date.now()
  await page.goto(`${base}/search?q=${encodeURIComponent(queries[i])}`, { waitUntil: 'load' })
  const loaded = Date.now() - t0
  await page.locator('.hit, .summary').first().waitFor({ timeout: 10_000 })
  const results = Date.now() - t0
  const nav = await page.evaluate(() => {
    const e = performance.getEntriesByType('navigation')[0]
    return {
      domContentLoaded: Math.round(e.domContentLoadedEventEnd),
      load: Math.round(e.loadEventEnd),
    }
  })
  firstLoads.push({ ...nav, wallLoad: loaded, firstResults: results })
  await context.close()
}
await browser.close()
console.log('first page load', firstLoads)

const assets = join(root, 'packages/web/dist/assets')
const bundle = existsSync(assets)
  ? readdirSync(assets).map((f) => ({
      file: f,
      bytes: statSync(join(assets, f)).size,
      gzip: gzipSync(readFileSync(join(assets, f))).length,
    }))
  : []
const out = {
  date: new Date().toISOString(),
  documents: total,
  seconds,
  connections,
  loadAverage: { before: load1, after: load2 },
  load,
  statuses: Object.fromEntries(statuses),
  firstLoads,
  bundle,
}
mkdirSync(join(root, 'bench/out'), { recursive: true })
writeFileSync(join(root, 'bench/out/web.json'), `${JSON.stringify(out, null, 2)}\n`)
stop()
process.exit(0)
