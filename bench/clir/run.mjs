// CLIR benchmark: Chinese queries of ../shared/eval/clir-zh-dev.jsonl against the NVIDIA
// PatentsView set and the ultrasound set together, scored per script (zh-Hans, zh-Hant) with
// ../shared/tools/score_run.py.
//
//   node bench/clir/run.mjs [--half odd|even] [--weights '{"dictionary":0.6}'] [--out DIR]
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createQueryTranslation } from '@chuhai/text-zh'
import { Bm25Index } from './bm25.mjs'
import { loadNvidia, loadUltrasound } from './corpus.mjs'

const { values: args } = parseArgs({
  options: {
    shared: { type: 'string', default: resolve(import.meta.dirname, '..', '..', '..', 'shared') },
    half: { type: 'string' },
    weights: { type: 'string', default: '{}' },
    fields: { type: 'string', default: '{"title":2,"abstract":1,"claims":0.5,"description":0.2}' },
    out: { type: 'string', default: join(import.meta.dirname, '..', '..', 'tmp', 'clir') },
    quiet: { type: 'boolean', default: false },
  },
})
const queriesFile = join(args.shared, 'eval', 'clir-zh-dev.jsonl')
if (!existsSync(queriesFile)) {
  console.log(`skipped: ${queriesFile} is absent (the CLIR benchmark needs ../shared)`)
  process.exit(0)
}
mkdirSync(args.out, { recursive: true })

let t = performance.now()
const docs = [...loadNvidia(args.shared), ...loadUltrasound(args.shared)]
const index = new Bm25Index(docs, JSON.parse(args.fields))
const tIndex = performance.now() - t
t = performance.now()
const translation = createQueryTranslation({ weights: JSON.parse(args.weights) })
const tLoad = performance.now() - t

let queries = readFileSync(queriesFile, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l))
if (args.half) queries = queries.filter((_, i) => (i % 2 === 1) === (args.half === 'odd'))

const runLines = []
let tTranslate = 0
for (const q of queries) {
  const t0 = performance.now()
  const wq = translation.translate(q.text, 'en')
  tTranslate += performance.now() - t0
  const hits = index.search(wq, 100)
  runLines.push(JSON.stringify({ id: q.id, results: hits.map((h) => h.id) }))
}
const runFile = join(args.out, 'run.jsonl')
writeFileSync(runFile, runLines.join('\n') + '\n')

const score = (subset, name) => {
  const qf = join(args.out, `queries-${name}.jsonl`)
  writeFileSync(qf, subset.map((q) => JSON.stringify(q)).join('\n') + '\n')
  return JSON.parse(
    execFileSync('python3', [join(args.shared, 'tools', 'score_run.py'), qf, runFile], {
      encoding: 'utf8',
    }),
  )
}
const report = {
  docs: docs.length,
  queries: queries.length,
  index_ms: Math.round(tIndex),
  load_translation_ms: Math.round(tLoad),
  translate_ms_per_query: Math.round((tTranslate / queries.length) * 10) / 10,
  all: score(queries, 'all'),
  'zh-Hans': score(
    queries.filter((q) => q.lang === 'zh-Hans'),
    'hans',
  ),
  'zh-Hant': score(
    queries.filter((q) => q.lang === 'zh-Hant'),
    'hant',
  ),
}
console.log(JSON.stringify(report, null, args.quiet ? 0 : 2))
