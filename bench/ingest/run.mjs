// Ingest benchmark: the reference (Python expat + SQLite FTS5, ../shared/tools/ref_uspto_ingest.py)
// and `chuhai ingest` on the same ≥200 MB weekly-style file, side by side in one run, with peak RSS
// and CPU seconds (user + system, all threads) from GNU time, and the load average before each.
// With RUNS > 1 the pair is run RUNS times, alternating which side goes first, and the median and
// range of the ratios are reported. Usage: node bench/ingest/run.mjs [TARGET_MB] [RUNS]
// (results: bench/out/ingest.json)
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')
const shared = process.env.CHUHAI_SHARED ?? resolve(root, '../shared')
if (!existsSync(join(shared, 'data'))) {
  console.log('skipped: ../shared is absent; the ingest benchmark needs its USPTO files')
  process.exit(0)
}
const outDir = join(root, 'bench/out')
mkdirSync(outDir, { recursive: true })
const xml = join(outDir, 'weekly.xml')
const target = process.argv[2] ?? '210'
const runs = Number(process.argv[3] ?? 1)
if (!existsSync(xml) || statSync(xml).size < Number(target) * 1e6) {
  execFileSync('node', [join(import.meta.dirname, 'build-weekly.mjs'), xml, target], {
    stdio: 'inherit',
  })
}
const size = statSync(xml).size

function timed(label, cmd, args) {
  const load = loadavg()[0]
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M %U %S', cmd, ...args], {
    encoding: 'utf8',
    cwd: root,
  })
  const m = /TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr)
  if (r.status !== 0 || !m) {
    throw new Error(`${label} failed: ${r.stderr}\n${r.stdout}`)
  }
  const seconds = Number(m[1])
  return {
    label,
    seconds,
    mbPerSecond: size / 1e6 / seconds,
    peakRssMb: Number(m[2]) / 1024,
    cpuSeconds: Number(m[3]) + Number(m[4]),
    loadBefore: load,
    stdout: r.stdout.trim(),
  }
}

const refDb = join(outDir, 'ref.db')
const ourDb = join(outDir, 'chuhai.db')
const runReference = () =>
  timed('reference (python expat + FTS5)', 'python3', [
    join(shared, 'tools/ref_uspto_ingest.py'),
    xml,
    refDb,
  ])
const runOurs = () => {
  for (const suffix of ['', '-wal', '-shm', '.fts', '.fts-wal', '.fts-shm']) {
    rmSync(`${ourDb}${suffix}`, { force: true })
  }
  return timed('chuhai ingest', 'node', [
    join(root, 'packages/cli/bin/chuhai.js'),
    'ingest',
    xml,
    '--db',
    ourDb,
    '--json',
  ])
}
const show = (r) =>
  `${r.label.padEnd(34)} ${r.seconds.toFixed(2)} s  ${r.mbPerSecond.toFixed(1)} MB/s  ` +
  `CPU ${r.cpuSeconds.toFixed(2)} s  peak RSS ${r.peakRssMb.toFixed(0)} MB  (load before ${r.loadBefore.toFixed(2)})`
console.log(`file ${(size / 1e6).toFixed(1)} MB, ${runs} run(s), alternating order`)
const results = []
for (let i = 0; i < runs; i++) {
  // Alternate the order, so that neither side always runs on a warmer (or busier) machine.
  const [first, second] = i % 2 === 0 ? [runReference, runOurs] : [runOurs, runReference]
  const a = first()
  const b = second()
  const [ref, ours] = i % 2 === 0 ? [a, b] : [b, a]
  const summary = JSON.parse(ours.stdout)
  const ratio = ours.mbPerSecond / ref.mbPerSecond
  results.push({
    reference: ref,
    chuhai: { ...ours, stdout: undefined, documents: summary.documents, failed: summary.failed },
    ratio,
  })
  console.log(`run ${i + 1}${i % 2 === 0 ? ' (reference first)' : ' (chuhai first)'}`)
  for (const r of [ref, ours]) {
    console.log(`  ${show(r)}`)
  }
  console.log(
    `  chuhai documents ${summary.documents}, failed ${summary.failed}; throughput ratio ${ratio.toFixed(2)}x (goal ≥ 1.25x)`,
  )
}
const ratios = results.map((r) => r.ratio).sort((a, b) => a - b)
const mid = Math.floor(ratios.length / 2)
const median = ratios.length % 2 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2
writeFileSync(
  join(outDir, 'ingest.json'),
  JSON.stringify(
    { date: new Date().toISOString(), file: { bytes: size }, runs: results, median },
    null,
    2,
  ),
)
if (runs > 1) {
  console.log(
    `ratio median ${median.toFixed(2)}x, range ${ratios[0].toFixed(2)}–${ratios.at(-1).toFixed(2)}x over ${runs} runs (goal ≥ 1.25x)`,
  )
}
