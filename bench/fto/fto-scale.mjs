// FTO speed benchmark (issue 5): one product, five countries (US, EP, DE, JP, CN), over a store of
// about 1,000,000 documents; goal ≤ 10 s on 2 cores. The 1M store is the search benchmark's
// (built by the search work); point at it with CHUHAI_SCALE_DB or the first argument. Without it
// the bench says so and exits 0. Runs the English and the Chinese product of the same invention
// (the Chinese one also loads the translation layer), each twice (cold, then warm page cache).
// Usage: npm run build && node bench/fto/fto-scale.mjs [STORE.db]   (results: bench/out/fto-scale.json)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { readProduct, runFto } from '../../packages/core/dist/fto/index.js'
import { createSqliteStore } from '../../packages/store-sqlite/dist/index.js'
import { glosserFor } from '../../packages/cli/dist/commands/fto.command.js'

const root = resolve(import.meta.dirname, '../..')
const db = process.argv[2] ?? process.env.CHUHAI_SCALE_DB ?? join(root, 'bench/out/search-1m.db')
if (!existsSync(db)) {
  console.log(
    `skipped: no store at ${db}; the FTO speed bench needs the 1,000,000-document store of the search benchmark (CHUHAI_SCALE_DB)`,
  )
  process.exit(0)
}
const PRODUCTS = {
  en: 'Product: a handheld ultrasound scanner. A transducer array of piezoelectric elements sends pulses into the body and receives the echoes; a beamformer delays and sums the received signals; a processor forms a B-mode image and shows it on a tablet connected by a wireless link; a battery powers the probe.',
  zh: '产品：手持式超声扫描仪。由压电元件组成的换能器阵列向人体发射脉冲并接收回波；波束形成器对接收信号进行延时和求和；处理器生成B型图像，并通过无线链路在平板电脑上显示；探头由电池供电。',
}
const countries = ['US', 'EP', 'DE', 'JP', 'CN']
const store = createSqliteStore({ path: db, readonly: true })
const documents = await store.count()
const runs = []
for (const [lang, text] of Object.entries(PRODUCTS)) {
  for (const round of ['cold', 'warm']) {
    const started = performance.now()
    const product = readProduct(text, `${lang} product`)
    const glosser = await glosserFor(text)
    const loaded = performance.now()
    const report = await runFto(
      { product, countries, asOf: '2024-01-01' },
      { ...store.ftoSources('bench'), ...(glosser ? { glosser } : {}) },
    )
    const seconds = (performance.now() - started) / 1000
    runs.push({
      lang,
      round,
      seconds: Math.round(seconds * 100) / 100,
      translationLoadSeconds: Math.round((loaded - started) / 10) / 100,
      results: report.results.length,
      candidates: report.strategy.candidates,
    })
  }
}
await store.close()
const result = {
  store: db,
  documents,
  countries,
  cores: cpus().length,
  loadavg: loadavg(),
  runs,
  goalSeconds: 10,
}
mkdirSync(join(root, 'bench/out'), { recursive: true })
writeFileSync(join(root, 'bench/out/fto-scale.json'), JSON.stringify(result, null, 2))
console.log(JSON.stringify(result, null, 2))
