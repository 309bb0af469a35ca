// CLIR benchmark: Chinese queries of ../shared/eval/clir-zh-dev.jsonl against the NVIDIA
// PatentsView set and the ultrasound set together, scored per script (zh-Hans, zh-Hant) and per
// half (even/odd query positions) with ../shared/tools/score_run.py.
//
//   node bench/clir/run.mjs                 # default weights
//   node bench/clir/run.mjs --ablate        # + without glossary, without CC-CEDICT, without parts
//   node bench/clir/run.mjs --tune          # weight grid chosen on the even half, checked on the odd
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
    weights: { type: 'string', default: '{}' },
    fields: { type: 'string', default: '{"title":2,"abstract":1,"claims":0.5,"description":0.2}' },
    out: { type: 'string', default: join(import.meta.dirname, '..', '..', 'tmp', 'clir') },
    ablate: { type: 'boolean', default: false },
    tune: { type: 'boolean', default: false },
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
const indexMs = Math.round(performance.now() - t)
const queries = readFileSync(queriesFile, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l))

const subsets = {
  all: queries,
  'zh-Hans': queries.filter((q) => q.lang === 'zh-Hans'),
  'zh-Hant': queries.filter((q) => q.lang === 'zh-Hant'),
  even: queries.filter((_, i) => i % 2 === 0),
  odd: queries.filter((_, i) => i % 2 === 1),
}
for (const [name, subset] of Object.entries(subsets)) {
  writeFileSync(
    join(args.out, `queries-${name}.jsonl`),
    subset.map((q) => JSON.stringify(q)).join('\n') + '\n',
  )
}

/** Runs every query with one translation configuration; returns scores per subset. */
function evaluate(name, options) {
  const t0 = performance.now()
  const translation = createQueryTranslation(options)
  const loadMs = Math.round(performance.now() - t0)
  let translateMs = 0
  let searchMs = 0
  const lines = []
  for (const q of queries) {
    const a = performance.now()
    const wq = translation.translate(q.text, 'en')
    const b = performance.now()
    const hits = index.search(wq, 100)
    searchMs += performance.now() - b
    translateMs += b - a
    lines.push(JSON.stringify({ id: q.id, results: hits.map((h) => h.id) }))
  }
  const runFile = join(args.out, `run-${name}.jsonl`)
  writeFileSync(runFile, lines.join('\n') + '\n')
  const scores = {}
  for (const subset of Object.keys(subsets)) {
    const qf = join(args.out, `queries-${subset}.jsonl`)
    const s = JSON.parse(
      execFileSync('python3', [join(args.shared, 'tools', 'score_run.py'), qf, runFile], {
        encoding: 'utf8',
      }),
    )
    scores[subset] = {
      'S@10': s['S@10'],
      MRR: s.MRR,
      'R@100': s['R@100'],
      MAP: s.MAP,
      n: s.queries,
    }
  }
  return {
    name,
    load_ms: loadMs,
    translate_ms_per_query: Math.round((translateMs / queries.length) * 10) / 10,
    search_ms_per_query: Math.round((searchMs / queries.length) * 10) / 10,
    scores,
  }
}

const base = JSON.parse(args.weights)
const results = [evaluate('default', { weights: base })]
if (args.ablate) {
  results.push(evaluate('no-glossary', { weights: base, glossary: false }))
  results.push(evaluate('no-cedict', { weights: base, dictionary: false }))
  results.push(evaluate('no-parts', { weights: { ...base, part: 0 } }))
}
if (args.tune) {
  const grid = []
  for (const dictionary of [0.4, 0.6, 0.8])
    for (const part of [0.2, 0.4, 0.6])
      for (const singleChar of [0.1, 0.25]) grid.push({ ...base, dictionary, part, singleChar })
  const tuned = grid.map((w) => ({ w, r: evaluate(`grid`, { weights: w }) }))
  tuned.sort((a, b) => b.r.scores.even.MRR - a.r.scores.even.MRR)
  const best = tuned[0]
  console.log(
    JSON.stringify({
      tuning: 'grid chosen on the even half by MRR',
      best_weights: best.w,
      even: best.r.scores.even,
      odd_held_out: best.r.scores.odd,
      grid: tuned.map(({ w, r }) => ({ w, even: r.scores.even.MRR, odd: r.scores.odd.MRR })),
    }),
  )
}
console.log(
  JSON.stringify(
    { docs: docs.length, queries: queries.length, index_ms: indexMs, results },
    null,
    1,
  ),
)
