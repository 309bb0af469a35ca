// Upsert throughput of @chuhai/store-sqlite on synthetic USPTO-shaped grants (FTS included).
// Build first: npx tsc -b packages/store-sqlite/tsconfig.build.json
// Run: node packages/store-sqlite/bench/upsert-throughput.mjs [records=4000] [batch=400] [db path]
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createSqliteStore } from '@chuhai/store-sqlite'
import { syntheticGrant, textBytes } from './synthetic-grants.mjs'

const records = Number(process.argv[2] ?? 4000)
const batch = Number(process.argv[3] ?? 400)
const dir = mkdtempSync(join(tmpdir(), 'chuhai-bench-'))
const path = process.argv[4] ?? join(dir, 'bench.db')

// Generate up front so the timing is the store's alone.
const all = Array.from({ length: records }, (_, i) => syntheticGrant(i))
const bytes = all.reduce((sum, r) => sum + textBytes(r), 0)
const store = createSqliteStore({ path })

const started = performance.now()
const cpuStart = process.cpuUsage()
for (let i = 0; i < all.length; i += batch) {
  await store.upsert(all.slice(i, i + batch))
}
const seconds = (performance.now() - started) / 1000
const cpu = process.cpuUsage(cpuStart)
// On a shared machine wall time includes waiting for a core; CPU time shows the work itself.
const cpuSeconds = (cpu.user + cpu.system) / 1e6

const again = performance.now()
await store.upsert(all.slice(0, batch))
const unchangedSeconds = (performance.now() - again) / 1000
await store.close()

const mb = bytes / 1e6
console.log(
  `${records} records, batch ${batch}, ${(bytes / records / 1000).toFixed(1)} KB text each: ` +
    `${seconds.toFixed(2)} s → ${(records / seconds).toFixed(0)} records/s, ` +
    `${(mb / seconds).toFixed(1)} MB/s of text (CPU ${cpuSeconds.toFixed(2)} s → ` +
    `${(records / cpuSeconds).toFixed(0)} records/CPU-s); ` +
    `re-upsert unchanged: ${(batch / unchangedSeconds).toFixed(0)} records/s; ` +
    `db ${(statSync(path).size / 1e6).toFixed(0)} MB`,
)
if (!process.argv[4]) {
  rmSync(dir, { recursive: true, force: true })
}
