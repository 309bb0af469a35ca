// FTO development-set scorer (issue 5): runs every case of ../shared/eval/fto-dev.jsonl through
// the same code as `chuhai fto` (FTS5 candidates, family members, status on the date, charts) over
// a store of the USPTO XML in PatentsView-DB plus the ultrasound set (built once into bench/out/fto-dev.db), and checks
// each expectation: `min_coverage` — the patent is among the first `top` results for the country
// and its claim is charted with at least that coverage; `max_coverage` — the claim's coverage
// stays below it (a patent not reported counts as 0). Cases are never special-cased.
// Usage: npm run build && node bench/fto/fto-dev.mjs [CASES.jsonl]   (results: bench/out/fto-dev.json)
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { readProduct, runFto } from '../../packages/core/dist/fto/index.js'
import { createSqliteStore } from '../../packages/store-sqlite/dist/index.js'
import { glosserFor } from '../../packages/cli/dist/commands/fto.command.js'

const root = resolve(import.meta.dirname, '../..')
const shared = process.env.CHUHAI_SHARED ?? resolve(root, '../shared')
const file = process.argv[2] ?? join(shared, 'eval/fto-dev.jsonl')
if (!existsSync(file)) {
  console.log(`skipped: ${file} is absent; the FTO benchmark needs ../shared`)
  process.exit(0)
}
mkdirSync(join(root, 'bench/out'), { recursive: true })
const db = join(root, 'bench/out/fto-dev.db')
if (!existsSync(db)) {
  execFileSync(
    process.execPath,
    [
      join(root, 'packages/cli/bin/chuhai.js'),
      'ingest',
      join(shared, 'data/PatentsView-DB'),
      '--db',
      db,
      '--json',
    ],
    { stdio: 'ignore' },
  )
}
// FTO takes its candidates from the search engine: bring its index up to date once.
const writable = createSqliteStore({ path: db })
await writable.search().refresh()
await writable.close()
const store = createSqliteStore({ path: db, readonly: true })
const cases = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
const rows = []
for (const c of cases) {
  const started = performance.now()
  const product = readProduct(c.product, c.id)
  const glosser = await glosserFor(c.product)
  const report = await runFto(
    { product, countries: c.countries, asOf: c.as_of },
    { ...store.ftoSources('bench'), ...(glosser ? { glosser } : {}) },
  )
  const e = c.expect
  const country = c.countries[0]
  const inCountry = report.results.filter((r) => r.country === country)
  const rank = inCountry.findIndex((r) => r.publicationNumber === e.publication_number)
  const chart = rank >= 0 ? inCountry[rank].claims.find((x) => x.claim === e.claim) : undefined
  const coverage = chart?.coverage ?? 0
  const pass =
    e.min_coverage !== undefined
      ? rank >= 0 && rank < (e.top ?? 10) && coverage >= e.min_coverage
      : coverage < e.max_coverage
  rows.push({
    id: c.id,
    pass,
    rank: rank >= 0 ? rank + 1 : null,
    coverage,
    expected:
      e.min_coverage !== undefined
        ? `≥ ${e.min_coverage} in top ${e.top ?? 10}`
        : `< ${e.max_coverage}`,
    risk: rank >= 0 ? inCountry[rank].risk : null,
    seconds: (performance.now() - started) / 1000,
  })
}
await store.close()
const result = { cases: rows.length, passed: rows.filter((r) => r.pass).length, rows }
writeFileSync(join(root, 'bench/out/fto-dev.json'), JSON.stringify(result, null, 2))
console.log(JSON.stringify(result, null, 2))
