// Exploration: argv[2] = JSON {params, configs: [{tfExp, bi, title, maxConcepts, fb, prior}]}; one index, many runs.
import { resolve } from 'node:path'
import { writeFileSync } from 'node:fs'
import {
  expandWithFeedback,
  IndexBuilder,
  MemoryPostingsReader,
  WeightedRanker,
  extractKeyTerms,
  DEFAULT_RANK_PARAMS,
} from '../../packages/core/dist/index.js'
import { readCorpus, readQueries, scoreQuery, meanScores } from './prior-art-lib.mjs'

const shared = resolve(import.meta.dirname, '../../../shared')
const corpus = readCorpus(`${shared}/data/google-patents-ultrasound/publications-nocite.jsonl`)
const queries = readQueries(`${shared}/eval/prior-art-dev.jsonl`)
const arg = JSON.parse(process.argv[2] ?? '{}')
const params = { ...DEFAULT_RANK_PARAMS, ...(arg.params ?? {}) }
const b = new IndexBuilder(params)
for (const c of corpus) b.add(c.doc)
const reader = new MemoryPostingsReader(b.build())
const ranker = new WeightedRanker(reader)
const ymd = (n) => Date.UTC(Math.floor(n / 10000), (Math.floor(n / 100) % 100) - 1, n % 100) / 864e5
for (const cfg of arg.configs ?? [{}]) {
  const rows = []
  const run = []
  const half = [[], []]
  queries.forEach((q, qi) => {
    const wq = extractKeyTerms(q.text, {
      tfExponent: cfg.tfExp ?? 0.5,
      bigramWeight: cfg.bi ?? 0,
      titleWeight: cfg.title ?? 1,
    })
    const accept = (d) =>
      corpus[d].priority !== null && corpus[d].priority < q.before && corpus[d].id !== q.id
    const K = cfg.prior ? 300 : 100
    let r = ranker.rank(wq, { k: K, accept, maxConcepts: cfg.maxConcepts ?? 80 })
    if (cfg.fb) {
      const top = r.docs.slice(0, cfg.fb.docs ?? 10)
      const ex = expandWithFeedback(
        wq,
        top.map((d) => corpus[d].doc),
        r.scores.slice(0, top.length),
        reader,
        params,
        cfg.fb,
      )
      r = ranker.rank(ex, { k: K, accept, maxConcepts: cfg.fb.maxConcepts ?? 120 })
    }
    let docs = r.docs
    if (cfg.prior) {
      const qd = ymd(q.before)
      const max = r.scores[0] ?? 1
      const s = r.docs.map((d, i) => {
        const age = (qd - ymd(corpus[d].priority)) / 365.25
        return { d, s: r.scores[i] / max + cfg.prior * Math.exp(-age / (cfg.tau ?? 10)) }
      })
      docs = s.sort((a, b) => b.s - a.s).map((x) => x.d)
    }
    const ids = docs.slice(0, 100).map((d) => corpus[d].id)
    run.push({ id: q.id, results: ids })
    const sc = scoreQuery(ids, q.relevant)
    rows.push(sc)
    half[qi % 2].push(sc)
  })
  const m = meanScores(rows)
  const h = half.map(meanScores)
  console.log(
    `R100 ${m.R100.toFixed(4)} MAP ${m.MAP.toFixed(4)} | halves ${h[0].R100.toFixed(3)}/${h[0].MAP.toFixed(3)} ${h[1].R100.toFixed(3)}/${h[1].MAP.toFixed(3)} | ${JSON.stringify(cfg)}`,
  )
  if (cfg.out) writeFileSync(cfg.out, run.map((r) => JSON.stringify(r)).join('\n') + '\n')
}
