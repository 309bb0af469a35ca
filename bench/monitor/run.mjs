// Monitoring benchmark (issue 8): 50 watchlists over a 1,000,000-document store. Builds the store
// (bench/out/monitor-1m.db, kept for reruns), adds the watches, runs their baseline, adds a weekly
// batch of new documents and times the monitoring run that finds them.
// Usage: node bench/monitor/run.mjs [DOCUMENTS=1000000] [NEW=10000]   (results: bench/out/monitor.json)
import { execSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { ApplicantResolver, defaultAliases } from '@chuhai/core/monitor'
import { createSqliteMonitorStore, createSqliteStore } from '@chuhai/store-sqlite'
import { companies, rng, writeDocuments } from './corpus.mjs'

const root = resolve(import.meta.dirname, '../..')
const total = Number(process.argv[2] ?? 1_000_000)
const fresh = Number(process.argv[3] ?? 10_000)
const outDir = join(root, 'bench/out')
mkdirSync(outDir, { recursive: true })
const base = join(outDir, `monitor-${total}.base.db`)
const path = join(outDir, `monitor-${total}.db`)
const seed = 20261202
const firms = companies(20_000, rng(seed))
const t = () => performance.now() / 1000

if (!existsSync(base)) {
  const t0 = t()
  createSqliteStore({ path: base }).close()
  const db = new Database(base)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = OFF')
  writeDocuments(db, { from: 0, to: total - fresh, seed, firms })
  db.exec('DELETE FROM monitor_changes') // a store that existed before monitoring was set up
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
  console.log(`built ${total - fresh} documents in ${(t() - t0).toFixed(1)} s`)
}
for (const suffix of ['', '-wal', '-shm']) {
  rmSync(path + suffix, { force: true })
}
copyFileSync(base, path)

const store = createSqliteMonitorStore({ path })
const resolver = new ApplicantResolver(defaultAliases())
const now = Date.parse('2026-12-01T07:00:00Z')
const pick = rng(seed + 1)
const subclasses = ['G06N', 'G06F', 'G06T', 'G06V', 'B25J', 'H04L', 'B62D', 'G05D', 'H01M', 'G10L']
const watches = []
for (let i = 0; i < 20; i++) {
  watches.push({
    name: `applicant-${i}`,
    applicant: firms[Math.floor(firms.length * pick() ** 3)][1],
  })
}
for (let i = 0; i < 15; i++) {
  watches.push({
    name: `cpc-${i}`,
    cpc: [`${subclasses[i % 10]} ${1 + (i % 7)}`],
    countries: i % 2 ? ['US', 'EP'] : [],
  })
}
for (let i = 0; i < 10; i++) {
  watches.push({
    name: `applicant-cpc-${i}`,
    applicant: firms[i][0],
    cpc: [subclasses[i % 10]],
    countries: ['US', 'CN', 'EP'],
  })
}
watches.push(
  { name: 'query-0', query: 'robot AND gait' },
  { name: 'query-1', query: '"neural network" AND lidar' },
  { name: 'query-2', query: 'battery charging drone' },
)
watches.push({ name: 'cites-0', cites: ['US-20000123-B2', 'US-20000456-B2', 'US-20000789-A1'] })
watches.push({
  name: 'family-0',
  publications: ['US-20000300-B2', 'CN-20000600-A1'].filter(() => true),
})
for (const w of watches) {
  await store.addWatch(w, now)
}

const t1 = t()
const baseline = await store.run({ resolver, now })
const baselineSeconds = t() - t1
await store.close()

// The weekly update: new documents through the same tables (the change-log trigger fires).
const db = new Database(path)
const t2 = t()
writeDocuments(db, { from: total - fresh, to: total, seed, firms })
const writeSeconds = t() - t2
db.close()

const monitor = createSqliteMonitorStore({ path })
const load = loadavg()
const t3 = t()
const perWatch = []
let last = t3
const run = await monitor.run({
  resolver,
  now: now + 7 * 86_400_000,
  onWatch: (o) => {
    perWatch.push({ watch: o.watch, seconds: Number((t() - last).toFixed(3)), alerts: o.alerts })
    last = t()
  },
})
const runSeconds = t() - t3
const alerts = run.outcomes.reduce((n, o) => n + o.alerts, 0)
const examined = run.outcomes.reduce((n, o) => n + o.examined, 0)
await monitor.close()

const result = {
  date: new Date().toISOString(),
  documents: total,
  newDocuments: fresh,
  watches: watches.length,
  baselineSeconds: Number(baselineSeconds.toFixed(2)),
  baselineExamined: baseline.outcomes.reduce((n, o) => n + o.examined, 0),
  writeNewSeconds: Number(writeSeconds.toFixed(2)),
  runSeconds: Number(runSeconds.toFixed(2)),
  alerts,
  examined,
  firstWatchSeconds: perWatch[0]?.seconds,
  slowestWatches: [...perWatch].sort((a, b) => b.seconds - a.seconds).slice(0, 5),
  loadAverageBeforeRun: load.map((l) => Number(l.toFixed(2))),
  cpus: cpus().length,
  uptime: execSync('uptime').toString().trim(),
  node: process.version,
}
writeFileSync(join(outDir, 'monitor.json'), `${JSON.stringify(result, null, 2)}\n`)
console.log(JSON.stringify(result, null, 2))
