// Semantic layer benchmark: BM25 alone vs the hybrid BM25 + cosine ranking, for a grid of hybrid
// weights, on both development sets:
//  - prior art: ../shared/eval/prior-art-dev.jsonl over the ultrasound set (English/German/… text,
//    cut-off date, the query's own document excluded);
//  - CLIR: ../shared/eval/clir-zh-dev.jsonl (queries translated zh→en) over NVIDIA + ultrasound.
// The model comes from CHUHAI_EMBEDDING_MODEL (default ../shared/models/glove100d-static-bert).
//
//   node bench/semantic/run.mjs [--weights 0,0.05,0.1,0.2,0.3,0.5]
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { embeddingText, fuseHybrid } from '@chuhai/core'
import { loadTransformersEmbedder } from '@chuhai/embed-transformers'
import { createQueryTranslation } from '@chuhai/text-zh'
import { Bm25Index, tokens } from '../clir/bm25.mjs'
import { loadNvidia, loadUltrasound } from '../clir/corpus.mjs'

const { values: args } = parseArgs({
  options: {
    shared: { type: 'string', default: resolve(import.meta.dirname, '..', '..', '..', 'shared') },
    weights: { type: 'string', default: '0,0.05,0.1,0.2,0.3,0.5,1' },
    out: { type: 'string', default: join(import.meta.dirname, '..', '..', 'tmp', 'semantic') },
  },
})
const model =
  process.env.CHUHAI_EMBEDDING_MODEL ?? join(args.shared, 'models', 'glove100d-static-bert')
if (!existsSync(join(args.shared, 'eval')) || !existsSync(model)) {
  console.log(`skipped: ../shared (eval sets) or the model ${model} is absent`)
  process.exit(0)
}
mkdirSync(args.out, { recursive: true })
const weights = args.weights.split(',').map(Number)
const fields = { title: 2, abstract: 1, claims: 0.5, description: 0.2 }

const embedder = await loadTransformersEmbedder({ model, allowRemote: false })
const nvidia = loadNvidia(args.shared)
const ultrasound = loadUltrasound(args.shared)
const docs = [...nvidia, ...ultrasound]
let t = performance.now()
const texts = docs.map((d) =>
  embeddingText({
    title: d.title,
    abstract: d.abstract,
    firstClaim: d.claims.slice(0, 1000),
    description: d.description.slice(0, 2000),
  }),
)
const docVectors = await embedder.embed(texts)
const vectors = new Map(docs.map((d, i) => [d.id, docVectors[i]]))
const embedMs = performance.now() - t
console.error(
  `embedded ${docs.length} documents with ${embedder.model} in ${(embedMs / 1000).toFixed(1)} s`,
)

function score(queriesFile, lines, name) {
  const runFile = join(args.out, `run-${name}.jsonl`)
  writeFileSync(runFile, lines.join('\n') + '\n')
  const s = JSON.parse(
    execFileSync('python3', [join(args.shared, 'tools', 'score_run.py'), queriesFile, runFile], {
      encoding: 'utf8',
    }),
  )
  return s
}

/** Ranks every query for every weight; `lexical(q)` gives BM25 hits, `text(q)` the text to embed. */
async function sweep(task, queries, queriesFile, lexical, text) {
  const qv = await embedder.embed(queries.map(text))
  const hitsPerQuery = queries.map((q) => lexical(q))
  const rows = []
  for (const w of weights) {
    const lines = queries.map((q, i) => {
      const fused = fuseHybrid(hitsPerQuery[i], qv[i], vectors, w)
      return JSON.stringify({ id: q.id, results: fused.map((h) => h.id) })
    })
    rows.push({ task, weight: w, ...score(queriesFile, lines, `${task}-${w}`) })
  }
  return rows
}

// Prior art: ultrasound only, English words of the query as equal concepts, date cut-off.
const paQueriesFile = join(args.shared, 'eval', 'prior-art-dev.jsonl')
const paQueries = readFileSync(paQueriesFile, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l))
const raw = readFileSync(
  join(args.shared, 'data', 'google-patents-ultrasound', 'publications-nocite.jsonl'),
  'utf8',
)
const priority = new Map(
  raw
    .trim()
    .split('\n')
    .map((l) => {
      const d = JSON.parse(l)
      return [d.publication_number, Number(d.priority_date) || 0]
    }),
)
t = performance.now()
const usIndex = new Bm25Index(ultrasound, fields)
console.error(`indexed ultrasound in ${((performance.now() - t) / 1000).toFixed(1)} s`)
const paRows = await sweep(
  'prior-art',
  paQueries,
  paQueriesFile,
  (q) => {
    const concepts = [...new Set(tokens(q.text))].map((w) => ({
      forms: [{ text: w, weight: 1 }],
      weight: 1,
    }))
    return usIndex
      .search({ concepts }, 400)
      .filter((h) => h.id !== q.id && (priority.get(h.id) ?? 0) < Number(q.before))
      .slice(0, 100)
  },
  (q) => q.text,
)

// CLIR: translated queries over both corpora.
const clirQueriesFile = join(args.shared, 'eval', 'clir-zh-dev.jsonl')
const clirQueries = readFileSync(clirQueriesFile, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l))
const translation = createQueryTranslation()
const translated = new Map(clirQueries.map((q) => [q.id, translation.translate(q.text, 'en')]))
t = performance.now()
const allIndex = new Bm25Index(docs, fields)
console.error(`indexed both corpora in ${((performance.now() - t) / 1000).toFixed(1)} s`)
const clirRows = await sweep(
  'clir',
  clirQueries,
  clirQueriesFile,
  (q) => allIndex.search(translated.get(q.id), 100),
  // The query's English side: the best form of each concept, repeated by weight.
  (q) =>
    translated
      .get(q.id)
      .concepts.flatMap((c) =>
        Array(Math.max(1, Math.round(c.weight * 2))).fill(c.forms[0]?.text ?? ''),
      )
      .join(' '),
)

const report = {
  model: embedder.model,
  dimensions: embedder.dimensions,
  documents: docs.length,
  embed_seconds: Math.round(embedMs / 100) / 10,
  rows: [...paRows, ...clirRows].map((r) => ({
    task: r.task,
    weight: r.weight,
    'R@100': r['R@100'],
    MAP: r.MAP,
    'S@10': r['S@10'],
    MRR: r.MRR,
    'nDCG@10': r['nDCG@10'],
  })),
}
console.log(JSON.stringify(report, null, 1))
