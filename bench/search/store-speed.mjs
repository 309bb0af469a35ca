// Search speed through the product path (issue 4): SqliteSearchBackend on a store built by
// bench/scale/build-store.mjs (branch fto). The store is copied first (the index is written into
// the copy, never into the original), the index is built by `refresh()` (in shards on two worker
// threads for large stores, ADR 0012), then 300-word natural-language queries (cut-off date
// filter) and fielded Boolean queries run through `search()` with the CLI's defaults (top 20, one
// hit per family, snippets).
// Usage: npm run build && node --max-old-space-size=12000 bench/search/store-speed.mjs STORE.db
//   [--copy FILE (default /work/bench-cache/search-store-<name>)] [--queries N=100] [--rebuild]
// (--rebuild drops the copy's index stamp, so refresh() builds the index and is timed.)
// Writes bench/out/search-store-speed-<name>.json.
import { copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { freemem, loadavg, totalmem } from 'node:os'
import { basename, resolve } from 'node:path'
import { parseQuery } from '../../packages/core/dist/index.js'
import Database from 'better-sqlite3'
import { SqliteSearchBackend } from '../../packages/store-sqlite/dist/index.js'
import { readQueries } from './prior-art-lib.mjs'

const root = resolve(import.meta.dirname, '../..')
const shared = process.env.CHUHAI_SHARED ?? resolve(root, '../shared')
const args = process.argv.slice(2)
const flag = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : fallback
}
const source = args.find((a) => !a.startsWith('--') && a.endsWith('.db'))
if (!source || !existsSync(source) || !existsSync(`${shared}/eval/prior-art-dev.jsonl`)) {
  console.log('skipped: give a store built by bench/scale/build-store.mjs (and ../shared)')
  process.exit(0)
}
const name = basename(source, '.db')
const copy = flag('--copy', `/work/bench-cache/search-store-${name}.db`)
const Q = Number(flag('--queries', 100))
const log = (msg) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${msg}`)
if (!existsSync(copy)) {
  const t = performance.now()
  copyFileSync(source, copy)
  log(`copied ${source} to ${copy} in ${((performance.now() - t) / 1000).toFixed(0)} s`)
}
// The production backend on the copy. Opened on a plain connection (WAL, as the store's own):
// a store from a newer branch may carry schema steps this build does not know, which the search
// tables (migration 30) do not depend on.
const db = new Database(copy)
db.pragma('journal_mode = WAL')
db.pragma('synchronous = NORMAL')
const search = new SqliteSearchBackend(db)
const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]

if (args.includes('--rebuild')) db.exec("DELETE FROM search_index_info WHERE key = 'stamp'")
let t = performance.now()
const wasCurrent = search.isCurrent()
const documents = await search.refresh()
const refreshSeconds = (performance.now() - t) / 1000
log(`refresh (${wasCurrent ? 'index current' : 'index built'}): ${refreshSeconds.toFixed(0)} s`)
t = performance.now()
await search.search(parseQuery('ultrasound'), { limit: 1 })
const loadSeconds = (performance.now() - t) / 1000
log(`index loaded, first search: ${loadSeconds.toFixed(1)} s`)

const dev = readQueries(`${shared}/eval/prior-art-dev.jsonl`)
const nl = []
for (let i = 0; nl.length < Q; i++) {
  let words = []
  for (let j = i; words.length < 300; j++)
    words = words.concat(dev[j % dev.length].text.split(/\s+/u))
  const b = String(dev[i % dev.length].before)
  nl.push({
    text: words.slice(0, 300).join(' '),
    before: `${b.slice(0, 4)}-${b.slice(4, 6)}-${b.slice(6, 8)}`,
  })
}
// Boolean queries from the words of the dev queries' titles (first line of each text).
let seed = 7
const pick = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return Math.floor((seed / 2147483648) * n)
}
const titles = dev.map((q) => q.text.split('\n')[0].toLowerCase())
const words = titles.flatMap((x) => x.match(/[a-z]{5,}/gu) ?? [])
const pairs = titles.flatMap((x) => {
  const w = x.match(/[a-z]{4,}/gu) ?? []
  return w.slice(1).map((v, i) => `${w[i]} ${v}`)
})
const W = () => words[pick(words.length)]
const P = () => pairs[pick(pairs.length)]
const y = () => 1995 + pick(30)
const PATTERNS = [
  () => `ti:${W()} AND ab:${W()}`,
  () => `(${W()} OR ${W()}) AND cl:${W()} NOT de:${W()}`,
  () => `ti:"${P()}" AND cc:US`,
  (a = y()) => `${W()} NEAR/5 ${W()} AND pd:[${a} TO ${a + 10}]`,
  () => `cl:(${W()} AND ${W()}) OR ab:${W().slice(0, 5)}*`,
  () => `ab:"${P()}" OR ti:(${W()} AND ${W()})`,
  () => `${W()} AND ${W()} AND cc:EP NOT ${W()}`,
  () => `de:"${P()}" AND prd:[${y()} TO *]`,
]
const boolQueries = Array.from({ length: 2 * Q }, (_, i) => PATTERNS[i % PATTERNS.length]())

const boolTimes = []
const byPattern = PATTERNS.map(() => [])
let hits = 0
for (const [i, q] of boolQueries.entries()) {
  const s = performance.now()
  const page = await search.search(parseQuery(q, { mode: 'boolean' }), { limit: 20 })
  const ms = performance.now() - s
  hits += page.hits.length
  boolTimes.push(ms)
  byPattern[i % PATTERNS.length].push(ms)
}
log(`boolean p50 ${pct(boolTimes, 50).toFixed(1)} ms, p95 ${pct(boolTimes, 95).toFixed(1)} ms`)
const nlTimes = []
for (const q of nl) {
  const s = performance.now()
  await search.search(parseQuery(q.text, { mode: 'text' }), {
    limit: 20,
    filters: { before: q.before },
  })
  nlTimes.push(performance.now() - s)
}
log(`NL p50 ${pct(nlTimes, 50).toFixed(1)} ms, p95 ${pct(nlTimes, 95).toFixed(1)} ms`)
await search.close()
db.close()

const result = {
  store: source,
  copy,
  documents,
  store_mib: Math.round(statSync(copy).size / 2 ** 20),
  refresh_seconds: Math.round(refreshSeconds),
  index_was_current: wasCurrent,
  first_search_seconds: +loadSeconds.toFixed(1),
  boolean_ms: {
    p50: +pct(boolTimes, 50).toFixed(1),
    p95: +pct(boolTimes, 95).toFixed(1),
    mean_hits: hits / boolQueries.length,
    p95_by_pattern: PATTERNS.map((p, i) => ({
      pattern: p.toString().replace(/^.*=> /u, ''),
      p95: +pct(byPattern[i], 95).toFixed(1),
    })),
  },
  natural_language_300_words_ms: {
    p50: +pct(nlTimes, 50).toFixed(1),
    p95: +pct(nlTimes, 95).toFixed(1),
  },
  node: process.version,
  memory_gib: {
    total: +(totalmem() / 2 ** 30).toFixed(1),
    free: +(freemem() / 2 ** 30).toFixed(1),
  },
  rss_mib: Math.round(process.memoryUsage().rss / 2 ** 20),
  load_average: loadavg().map((x) => +x.toFixed(1)),
}
console.log(JSON.stringify(result, null, 2))
mkdirSync(resolve(root, 'bench/out'), { recursive: true })
writeFileSync(
  resolve(root, `bench/out/search-store-speed-${name}.json`),
  JSON.stringify(result, null, 2),
)
