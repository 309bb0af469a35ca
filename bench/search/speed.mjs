// Search speed at scale (issue 4): a synthetic corpus of N documents recombined from the sentences
// of the real Google Patents export (title, abstract, claims, description pools), indexed with
// the production IndexBuilder; then natural-language queries of 300 words (the full prior-art
// pipeline: key terms, first pass, RM3 feedback from the top documents' text, second pass, a
// cut-off date filter) and fielded Boolean queries (fields, OR/AND/NOT, phrases and NEAR checked
// on the text, country and date clauses), top 20, one thread.
// Usage: npm run build && node --max-old-space-size=16000 bench/search/speed.mjs [N=200000]
// Writes bench/out/search-speed-N.json.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import {
  checkPositions,
  DEFAULT_RANK_PARAMS,
  evaluateBoolean,
  filterMatch,
  IndexBuilder,
  MemoryPostingsReader,
  parseQuery,
  rankNaturalLanguage,
  rankOrder,
  WeightedRanker,
} from '../../packages/core/dist/index.js'
import { readCorpus, readQueries } from './prior-art-lib.mjs'

const root = resolve(import.meta.dirname, '../..')
const shared = process.env.CHUHAI_SHARED ?? resolve(root, '../shared')
const corpusFile = `${shared}/data/google-patents-ultrasound/publications-nocite.jsonl`
if (!existsSync(corpusFile)) {
  console.log(`skipped: ${corpusFile} is absent; the search speed benchmark needs ../shared`)
  process.exit(0)
}
const N = Number(process.argv[2] ?? 200000)

// Deterministic PRNG (mulberry32).
let seed = 42
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = (n) => Math.floor(rand() * n)

const real = readCorpus(corpusFile)
const sentences = (text) =>
  text.split(/(?<=[.;:])\s+/u).filter((s) => s.length >= 30 && s.length <= 400)
const pools = { title: [], abstract: [], claims: [], description: [] }
for (const r of real) {
  if (r.doc.title) pools.title.push(r.doc.title.split('\n')[0])
  pools.abstract.push(...sentences(r.doc.abstract))
  pools.claims.push(...sentences(r.doc.claims))
  pools.description.push(...sentences(r.doc.description))
}
const SHAPE = { abstract: 4, claims: 5, description: 11 }
const PER_DOC = 1 + SHAPE.abstract + SHAPE.claims + SHAPE.description
// A document is 21 sentence indexes; its text is rebuilt on demand (feedback, checks).
const layout = new Uint32Array(N * PER_DOC)
for (let d = 0; d < N; d++) {
  let at = d * PER_DOC
  layout[at++] = pick(pools.title.length)
  for (const [field, n] of Object.entries(SHAPE))
    for (let i = 0; i < n; i++) layout[at++] = pick(pools[field].length)
}
const docText = (d) => {
  let at = d * PER_DOC
  const doc = { title: pools.title[layout[at++]] }
  for (const [field, n] of Object.entries(SHAPE)) {
    const parts = []
    for (let i = 0; i < n; i++) parts.push(pools[field][layout[at++]])
    doc[field] = parts.join(' ')
  }
  return doc
}
const priority = new Int32Array(N)
const country = new Array(N)
const COUNTRIES = ['US', 'US', 'US', 'EP', 'WO', 'CN', 'JP', 'DE']
for (let d = 0; d < N; d++) {
  priority[d] = (1970 + pick(55)) * 10000 + (1 + pick(12)) * 100 + 1 + pick(28)
  country[d] = COUNTRIES[pick(COUNTRIES.length)]
}

const t0 = performance.now()
let bytes = 0
const builder = new IndexBuilder(DEFAULT_RANK_PARAMS)
for (let d = 0; d < N; d++) {
  const doc = docText(d)
  bytes += doc.title.length + doc.abstract.length + doc.claims.length + doc.description.length
  builder.add(doc)
  if (d % 100000 === 0)
    console.error(`indexed ${d} (${((performance.now() - t0) / 1000).toFixed(0)} s)`)
}
const data = builder.build()
const buildSeconds = (performance.now() - t0) / 1000
const termBytes = data.terms.reduce((s, t) => s + Buffer.byteLength(t) + 1, 0)
const indexBytes =
  data.docs.byteLength +
  data.impacts.byteLength +
  data.masks.byteLength +
  data.offsets.byteLength +
  termBytes
console.error(
  `built in ${buildSeconds.toFixed(0)} s, ${(indexBytes / 2 ** 20).toFixed(0)} MiB, ${data.docs.length} postings`,
)
const reader = new MemoryPostingsReader(data)
const ranker = new WeightedRanker(reader)
const source = { documents: (docs) => Promise.resolve(docs.map(docText)) }

// Natural-language queries: dev-set texts joined and cut to exactly 300 words.
const dev = readQueries(`${shared}/eval/prior-art-dev.jsonl`)
const nl = []
for (let i = 0; nl.length < 100; i++) {
  let words = []
  for (let j = i; words.length < 300; j++)
    words = words.concat(dev[j % dev.length].text.split(/\s+/u))
  nl.push({ text: words.slice(0, 300).join(' '), before: dev[i % dev.length].before })
}
// Boolean queries from the words of real titles.
const titleWords = pools.title.flatMap((t) => t.toLowerCase().match(/[a-z]{5,}/gu) ?? [])
const titlePairs = pools.title.flatMap((t) => {
  const w = t.toLowerCase().match(/[a-z]{4,}/gu) ?? []
  return w.slice(1).map((x, i) => `${w[i]} ${x}`)
})
const W = () => titleWords[pick(titleWords.length)]
const P = () => titlePairs[pick(titlePairs.length)]
const y = () => 1975 + pick(40)
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
const boolQueries = Array.from({ length: 200 }, (_, i) => PATTERNS[i % PATTERNS.length](y()))
const keywords = {
  resolve(node) {
    const out = []
    if (node.kind === 'date') {
      const from = node.from ? Number(node.from.replaceAll('-', '')) : 0
      const to = node.to ? Number(node.to.replaceAll('-', '')) : 99999999
      for (let d = 0; d < N; d++) if (priority[d] >= from && priority[d] <= to) out.push(d)
    } else if (node.field === 'cc') {
      for (let d = 0; d < N; d++) if (country[d] === node.value) out.push(d)
    }
    return Uint32Array.from(out)
  },
}

const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]
const boolTimes = []
let boolHits = 0
for (const q of boolQueries) {
  const t = performance.now()
  const { match, checks } = evaluateBoolean(parseQuery(q, { mode: 'boolean' }), reader, keywords)
  const m = filterMatch(match, () => true)
  const order = rankOrder(m)
  let found = 0
  for (let i = 0, checked = 0; i < order.length && found < 20 && checked < 2000; i++) {
    const d = m.docs[order[i]]
    if (checks.length > 0) {
      checked++
      const text = docText(d)
      if (!checks.every((c) => checkPositions(text, c))) continue
    }
    found++
  }
  boolHits += found
  boolTimes.push(performance.now() - t)
}
const nlTimes = []
for (const q of nl) {
  const t = performance.now()
  const before = q.before
  await rankNaturalLanguage(
    { query: q.text, k: 20, accept: (d) => priority[d] < before },
    ranker,
    reader,
    source,
    data.params,
  )
  nlTimes.push(performance.now() - t)
}
const result = {
  documents: N,
  text_mib: Math.round(bytes / 2 ** 20),
  build_seconds: Math.round(buildSeconds),
  index_mib: Math.round(indexBytes / 2 ** 20),
  postings: data.docs.length,
  terms: data.terms.length,
  boolean_ms: {
    p50: +pct(boolTimes, 50).toFixed(1),
    p95: +pct(boolTimes, 95).toFixed(1),
    mean_hits: boolHits / boolQueries.length,
  },
  natural_language_300_words_ms: {
    p50: +pct(nlTimes, 50).toFixed(1),
    p95: +pct(nlTimes, 95).toFixed(1),
  },
  load_average: loadavg().map((x) => +x.toFixed(1)),
}
console.log(JSON.stringify(result))
mkdirSync(resolve(root, 'bench/out'), { recursive: true })
writeFileSync(resolve(root, `bench/out/search-speed-${N}.json`), JSON.stringify(result, null, 2))
