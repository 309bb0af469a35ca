// FTO speed benchmark (issue 5): one product, five countries (US, EP, DE, JP, CN), over a store of
// 1,000,000 documents built by bench/scale/build-store.mjs; goal ≤ 10 s on 2 cores. Runs the
// English and the Chinese product of the same invention (the Chinese one also loads the
// translation layer), each twice (cold: first run in the process, then warm), with the time of
// each phase (candidate search, family members, legal status, records and charts). The search
// index is brought up to date first and timed apart (a one-off after ingest, not part of a run).
// Usage: npm run build && node bench/fto/fto-scale.mjs [STORE.db]   (results: bench/out/fto-scale.json)
//   default store: $CHUHAI_SCALE_DB, else /work/bench-cache/scale-1000000.db
//   build it with: node bench/scale/build-store.mjs 1000000 /work/bench-cache/scale-1000000.db
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { readProduct, runFto } from '../../packages/core/dist/fto/index.js'
import { createSqliteStore } from '../../packages/store-sqlite/dist/index.js'
import { glosserFor } from '../../packages/cli/dist/commands/fto.command.js'

const root = resolve(import.meta.dirname, '../..')
const db = resolve(
  process.argv[2] ?? process.env.CHUHAI_SCALE_DB ?? '/work/bench-cache/scale-1000000.db',
)
if (!existsSync(db)) {
  console.log(
    `skipped: no store at ${db}; build it with node bench/scale/build-store.mjs 1000000 ${db} (about 15–20 min)`,
  )
  process.exit(0)
}
const PRODUCTS = {
  en: 'Product: a handheld ultrasound scanner. A transducer array of piezoelectric elements sends pulses into the body and receives the echoes; a beamformer delays and sums the received signals; a processor forms a B-mode image and shows it on a tablet connected by a wireless link; a battery powers the probe.',
  zh: '产品：手持式超声扫描仪。由压电元件组成的换能器阵列向人体发射脉冲并接收回波；波束形成器对接收信号进行延时和求和；处理器生成B型图像，并通过无线链路在平板电脑上显示；探头由电池供电。',
}
const countries = ['US', 'EP', 'DE', 'JP', 'CN']
const round2 = (ms) => Math.round(ms / 10) / 100

// The search index: built once after ingest (`chuhai search --refresh`); timed apart.
const indexStarted = performance.now()
const writable = createSqliteStore({ path: db })
const indexed = await writable.search().refresh()
await writable.close()
const indexSeconds = round2(performance.now() - indexStarted)

/** Wraps each port method to add its time to `phases`. */
function timed(sources, phases) {
  const wrap =
    (name, fn) =>
    async (...args) => {
      const t = performance.now()
      try {
        return await fn(...args)
      } finally {
        phases[name] = (phases[name] ?? 0) + performance.now() - t
      }
    }
  const r = sources.records
  return {
    candidates: {
      id: sources.candidates.id,
      search: wrap('search', (...a) => sources.candidates.search(...a)),
    },
    records: {
      prepare: wrap('indexLoad', () => r.prepare()),
      get: wrap('records', (id) => r.get(id)),
      familyMembers: wrap('families', (x) => r.familyMembers(x)),
      statistics: {
        documentFrequency(stem) {
          const t = performance.now()
          const df = r.statistics.documentFrequency(stem)
          phases.termStatistics = (phases.termStatistics ?? 0) + performance.now() - t
          return df
        },
        get totalDocuments() {
          return r.statistics.totalDocuments
        },
      },
      legalEvents: wrap('legal', (id) => r.legalEvents(id)),
      describe: wrap('describe', () => r.describe()),
    },
    legalStatus: { legalStatus: wrap('legal', (ids) => sources.legalStatus.legalStatus(ids)) },
  }
}

const store = createSqliteStore({ path: db, readonly: true })
const documents = await store.count()
const runs = []
for (const [lang, text] of Object.entries(PRODUCTS)) {
  for (const round of ['cold', 'warm']) {
    const phases = {}
    const started = performance.now()
    const product = readProduct(text, `${lang} product`)
    const glosser = await glosserFor(text)
    const loaded = performance.now()
    const report = await runFto(
      { product, countries, asOf: '2024-01-01' },
      { ...timed(store.ftoSources('bench'), phases), ...(glosser ? { glosser } : {}) },
    )
    const ms = performance.now() - started
    const ported = Object.values(phases).reduce((a, b) => a + b, 0)
    runs.push({
      lang,
      round,
      seconds: round2(ms),
      phases: {
        translationLoad: round2(loaded - started),
        ...Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, round2(v)])),
        chartsAndRest: round2(ms - (loaded - started) - ported),
      },
      results: report.results.length,
      excluded: report.excluded.length,
      candidates: report.strategy.candidates,
      backend: report.strategy.backend,
      top: report.results.slice(0, 3).map((r) => `${r.publicationNumber} ${r.country} ${r.risk}`),
    })
    console.error(JSON.stringify(runs.at(-1)))
  }
}
await store.close()
const result = {
  store: db,
  documents,
  indexed,
  indexSeconds,
  countries,
  cores: cpus().length,
  loadavg: loadavg().map((x) => Math.round(x * 100) / 100),
  runs,
  goalSeconds: 10,
}
mkdirSync(join(root, 'bench/out'), { recursive: true })
writeFileSync(join(root, 'bench/out/fto-scale.json'), JSON.stringify(result, null, 2))
console.log(JSON.stringify(result, null, 2))
