// CLIR through the product path: ingest the NVIDIA PatentsView tables and the ultrasound NDJSON
// with `chuhai ingest`, run the 60 Chinese dev queries with `chuhai search --batch` (which
// translates Chinese prose, ADR 0013), and score per script and per half with score_run.py.
//
//   node bench/clir/cli.mjs [--db tmp/clir/both.db] [--reuse]
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const root = resolve(import.meta.dirname, '..', '..')
const { values: args } = parseArgs({
  options: {
    shared: { type: 'string', default: resolve(root, '..', 'shared') },
    out: { type: 'string', default: join(root, 'tmp', 'clir') },
    db: { type: 'string' },
    reuse: { type: 'boolean', default: false },
  },
})
const queriesFile = join(args.shared, 'eval', 'clir-zh-dev.jsonl')
if (!existsSync(queriesFile)) {
  console.log(`skipped: ${queriesFile} is absent (the CLIR benchmark needs ../shared)`)
  process.exit(0)
}
mkdirSync(args.out, { recursive: true })
const db = args.db ?? join(args.out, 'both.db')
const cli = join(root, 'packages', 'cli', 'bin', 'chuhai.js')
const run = (argv) =>
  execFileSync(process.execPath, [cli, ...argv], { encoding: 'utf8', maxBuffer: 1 << 28 })

let t = performance.now()
if (!args.reuse || !existsSync(db)) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true })
  run([
    'ingest',
    join(args.shared, 'data', 'nvidia_analytics', 'data_cleaned'),
    join(args.shared, 'data', 'google-patents-ultrasound', 'publications-nocite.jsonl'),
    '--db',
    db,
    '--json',
  ])
}
const ingestS = (performance.now() - t) / 1000

const queries = readFileSync(queriesFile, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l))
const batch = join(args.out, 'batch-in.jsonl')
writeFileSync(
  batch,
  queries.map((q) => JSON.stringify({ id: q.id, text: q.text })).join('\n') + '\n',
)
t = performance.now()
const runFile = join(args.out, 'run-cli.jsonl')
writeFileSync(runFile, run(['search', '--batch', batch, '--db', db, '--limit', '100']))
const searchS = (performance.now() - t) / 1000

const subsets = {
  all: queries,
  'zh-Hans': queries.filter((q) => q.lang === 'zh-Hans'),
  'zh-Hant': queries.filter((q) => q.lang === 'zh-Hant'),
  even: queries.filter((_, i) => i % 2 === 0),
  odd: queries.filter((_, i) => i % 2 === 1),
}
const scores = {}
for (const [name, subset] of Object.entries(subsets)) {
  const qf = join(args.out, `queries-${name}.jsonl`)
  writeFileSync(qf, subset.map((q) => JSON.stringify(q)).join('\n') + '\n')
  scores[name] = JSON.parse(
    execFileSync('python3', [join(args.shared, 'tools', 'score_run.py'), qf, runFile], {
      encoding: 'utf8',
    }),
  )
}
console.log(
  JSON.stringify(
    {
      ingest_seconds: Math.round(ingestS),
      batch_seconds_incl_index_build: Math.round(searchS),
      scores,
    },
    null,
    1,
  ),
)
