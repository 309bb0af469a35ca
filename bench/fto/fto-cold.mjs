// Cold FTO benchmark (issue 5, ADR 0024): a fresh `chuhai fto` process per run — process start,
// opening the store, loading the search index and per-document columns, search, families,
// statuses, charts and JSON output — over the 1,000,000-document store of
// bench/scale/build-store.mjs; goal ≤ 10 s on 2 cores. Each run is timed end to end from outside
// (wall clock of the child), then one more fresh process times its phases from inside.
// The search index is brought up to date first and timed apart (a one-off after ingest).
// Usage: npm run build && node bench/fto/fto-cold.mjs [STORE.db] [--runs N] [--lang en|zh]
//   (results: bench/out/fto-cold.json)
//   default store: $CHUHAI_SCALE_DB, else /work/bench-cache/scale-1000000.db
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')
const args = process.argv.slice(2)
const flag = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : fallback
}
const PRODUCTS = {
  en: 'Product: a handheld ultrasound scanner. A transducer array of piezoelectric elements sends pulses into the body and receives the echoes; a beamformer delays and sums the received signals; a processor forms a B-mode image and shows it on a tablet connected by a wireless link; a battery powers the probe.',
  zh: '产品：手持式超声扫描仪。由压电元件组成的换能器阵列向人体发射脉冲并接收回波；波束形成器对接收信号进行延时和求和；处理器生成B型图像，并通过无线链路在平板电脑上显示；探头由电池供电。',
}
const COUNTRIES = 'US,EP,DE,JP,CN'
const AS_OF = '2024-01-01'
const round2 = (ms) => Math.round(ms / 10) / 100

if (args[0] === '--phases') {
  await phases(args[1], args[2])
} else {
  await main()
}

async function main() {
  const db = resolve(
    args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ??
      process.env.CHUHAI_SCALE_DB ??
      '/work/bench-cache/scale-1000000.db',
  )
  if (!existsSync(db)) {
    console.log(
      `skipped: no store at ${db}; build it with node bench/scale/build-store.mjs 1000000 ${db}`,
    )
    return
  }
  const runs = Number(flag('--runs', 3))
  const lang = flag('--lang', 'en')
  const productFile = join(mkdtempSync(join(tmpdir(), 'chuhai-fto-cold-')), `product-${lang}.txt`)
  writeFileSync(productFile, PRODUCTS[lang])

  // The index: a one-off after ingest (`chuhai search --refresh`), not part of a run.
  const indexStarted = performance.now()
  const { createSqliteStore } = await import('../../packages/store-sqlite/dist/index.js')
  const writable = createSqliteStore({ path: db })
  const indexed = await writable.search().refresh()
  await writable.close()
  const indexSeconds = round2(performance.now() - indexStarted)
  console.error(`index current (${indexed} documents) after ${indexSeconds} s`)

  const cli = join(root, 'packages/cli/bin/chuhai.js')
  const results = []
  for (let i = 0; i < runs; i++) {
    const load = loadavg()[0]
    const started = performance.now()
    const child = spawnSync(
      process.execPath,
      [
        cli,
        'fto',
        '--product',
        productFile,
        '--countries',
        COUNTRIES,
        '--as-of',
        AS_OF,
        '--db',
        db,
        '--json',
      ],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    )
    const seconds = round2(performance.now() - started)
    if (child.status !== 0) {
      throw new Error(`chuhai fto failed (${child.status}): ${child.stderr}`)
    }
    const report = JSON.parse(child.stdout)
    results.push({
      run: i + 1,
      seconds,
      load_1min: +load.toFixed(2),
      results: report.results.length,
      first: report.results[0]?.publication_number,
    })
    console.error(
      `run ${i + 1}: ${seconds} s (load ${load.toFixed(2)}), ${report.results.length} results`,
    )
  }
  const child = spawnSync(process.execPath, [import.meta.filename, '--phases', db, productFile], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  if (child.status !== 0) {
    throw new Error(`phase run failed (${child.status}): ${child.stderr}`)
  }
  const phaseRun = JSON.parse(child.stdout)
  console.error(`phases of a fresh process: ${JSON.stringify(phaseRun)}`)
  const out = {
    store: db,
    lang,
    countries: COUNTRIES,
    as_of: AS_OF,
    documents: indexed,
    index_refresh_seconds: indexSeconds,
    runs: results,
    phases: phaseRun,
    cpus: cpus().length,
    load_average: loadavg().map((x) => +x.toFixed(2)),
    node: process.version,
    at: new Date().toISOString(),
  }
  mkdirSync(join(root, 'bench/out'), { recursive: true })
  writeFileSync(join(root, 'bench/out/fto-cold.json'), `${JSON.stringify(out, null, 2)}\n`)
  console.log(JSON.stringify(out, null, 2))
}

/** In a fresh process: the CLI's steps, each timed (process start is the time before this). */
async function phases(db, productFile) {
  const t = { processStart: performance.now() }
  let last = performance.now()
  const lap = (name) => {
    const now = performance.now()
    t[name] = (t[name] ?? 0) + now - last
    last = now
  }
  const { readFileSync } = await import('node:fs')
  const { readProduct, runFto, ftoJson } = await import('../../packages/core/dist/fto/index.js')
  const { createSqliteStore } = await import('../../packages/store-sqlite/dist/index.js')
  const { glosserFor } = await import('../../packages/cli/dist/commands/fto.command.js')
  lap('imports')
  const store = createSqliteStore({ path: db, readonly: true })
  const search = store.search()
  const current = search.isCurrent()
  lap('openAndCheck')
  const text = readFileSync(productFile, 'utf8')
  const product = readProduct(text, productFile)
  const glosser = await glosserFor(text)
  lap('productAndTranslation')
  const sources = store.ftoSources('bench')
  // Each port object seen through a proxy that times one of its methods.
  const timing = (target, method, phase) =>
    new Proxy(target, {
      get(obj, prop) {
        const value = Reflect.get(obj, prop, obj)
        if (typeof value !== 'function') {
          return value
        }
        if (prop !== method) {
          return value.bind(obj)
        }
        return async (...a) => {
          lap('other')
          try {
            return await value.apply(obj, a)
          } finally {
            lap(phase)
          }
        }
      },
    })
  const timedSources = {
    ...sources,
    candidates: timing(sources.candidates, 'search', 'search'),
    records: timing(sources.records, 'prepare', 'indexLoad'),
  }
  lap('other')
  const report = await runFto(
    { product, countries: COUNTRIES.split(','), asOf: AS_OF },
    { ...timedSources, ...(glosser ? { glosser } : {}) },
  )
  lap('familiesStatusesCharts')
  const json = JSON.stringify(ftoJson(report), null, 2)
  lap('json')
  await store.close()
  lap('close')
  const total = performance.now()
  process.stdout.write(
    JSON.stringify({
      current,
      total: round2(total),
      ...Object.fromEntries(Object.entries(t).map(([k, v]) => [k, round2(v)])),
      results: report.results.length,
      jsonBytes: json.length,
    }),
  )
}
