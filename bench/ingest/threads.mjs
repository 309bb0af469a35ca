// Runs `chuhai ingest` on a file and reports CPU seconds per thread (sampled from
// /proc/PID/task/*/stat every 100 ms, Linux only), the wall time and the load average, so that a
// figure taken on a busy machine still says where the work went.
// Usage: node bench/ingest/threads.mjs FILE DB [extra chuhai ingest flags...]
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { clearInterval, setInterval } from 'node:timers'

const [file, db, ...extra] = process.argv.slice(2)
if (!file || !db) {
  console.error('usage: node bench/ingest/threads.mjs FILE DB [flags...]')
  process.exit(2)
}
for (const suffix of ['', '-wal', '-shm', '.fts', '.fts-wal', '.fts-shm']) {
  rmSync(`${db}${suffix}`, { force: true })
}
const tick = 100 // USER_HZ on Linux
const cli = resolve(import.meta.dirname, '../../packages/cli/bin/chuhai.js')
const load = loadavg()
const started = performance.now()
const child = spawn('node', [cli, 'ingest', file, '--db', db, '--json', ...extra], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
let out = ''
child.stdout.on('data', (d) => (out += d))
const threads = new Map()
const sample = () => {
  try {
    for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
      const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8')
      const name = /\((.*)\)/.exec(stat)[1]
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      threads.set(tid, { name, cpu: (Number(f[11]) + Number(f[12])) / tick })
    }
  } catch {
    // the process or a thread ended between the listing and the read
  }
}
const timer = setInterval(sample, 100)
const code = await new Promise((r) => child.on('exit', r))
clearInterval(timer)
const wall = (performance.now() - started) / 1000
const rows = [...threads.entries()]
  .map(([tid, t]) => ({ tid, ...t }))
  .filter((t) => t.cpu >= 0.05)
  .sort((a, b) => b.cpu - a.cpu)
const total = rows.reduce((s, t) => s + t.cpu, 0)
console.log(
  `exit ${code}, wall ${wall.toFixed(2)} s, load before ${load.map((l) => l.toFixed(2)).join(' ')}`,
)
for (const t of rows) {
  console.log(`  ${t.name.padEnd(16)} tid ${t.tid.padEnd(8)} ${t.cpu.toFixed(2)} CPU-s`)
}
console.log(
  `  total ${total.toFixed(2)} CPU-s (sampled every 100 ms; the last 100 ms may be missing)`,
)
const summary = out ? JSON.parse(out) : {}
console.log(`  documents ${summary.documents}, failed ${summary.failed}`)
