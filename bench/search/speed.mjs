// Search speed at scale (issue 4): a synthetic corpus of N documents recombined from the
// sentences of the real Google Patents export (bench/search/synthetic-corpus.mjs), indexed with
// the production IndexBuilder in shards on worker threads and merged (mergeIndexShards), saved
// to and read from the side file `<cache>.search` as the store does (ADR 0024); then natural-language queries of 300 words
// (the full prior-art pipeline: key terms, first pass, RM3 feedback from the top documents' text,
// second pass, a cut-off date filter) and fielded Boolean queries (fields, OR/AND/NOT, phrases and
// NEAR checked on forward records, country and date clauses), top 20, one thread.
// Boolean queries run the product's path: evaluateBoolean, the store's SqliteKeywordResolver and
// acceptFilter over per-document columns, selectBoolean with the pool SqliteSearchBackend uses
// for a page of 20 with families collapsed, and phrase/NEAR checks on the forward index (ADR
// 0020) read through SqliteForwardSource, a batch of candidates per read; `--text-checks` checks
// the text instead (the old path). The store is read through a connection opened as the product
// opens its own (openDatabase, read-only: 64 MiB page cache, memory-mapped I/O).
// Usage: npm run build && node --max-old-space-size=8000 bench/search/speed.mjs [N=200000]
//   [--threads T=2] [--rebuild] [--compare Q=10] [--text-checks] [--warmup W=24]
//   [--breakdown K] (the K slowest Boolean queries again, evaluation and selection apart)
//   [--dense-share S=1/16] (share of the documents from which Boolean clauses are evaluated
//   densely, ADR 0025; e.g. 0.25, or Infinity for the sorted-list path only)
// Before the 200 timed Boolean queries, W other queries of the same patterns run untimed: the
// first queries after loading would otherwise pay for the loader's garbage collection and the
// compilation of the query code, which a running server has behind it (`--warmup 0`: none).
// The built index is cached in $CHUHAI_BENCH_CACHE (default /work/bench-cache) as a SQLite file;
// a later run with the same N, index format and ranking parameters loads it instead of building.
// Writes bench/out/search-speed-N.json.
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { freemem, loadavg, totalmem } from 'node:os'
import { resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import Database from 'better-sqlite3'
import {
  DEFAULT_RANK_PARAMS,
  evaluateBoolean,
  forwardChecker,
  ForwardVocabulary,
  IndexBuilder,
  INDEX_FIELDS,
  PackedPostingsReader,
  mergeIndexShards,
  parseQuery,
  rankNaturalLanguage,
  selectBoolean,
  textChecker,
  WeightedRanker,
} from '../../packages/core/dist/index.js'
import { openDatabase } from '../../packages/store-sqlite/dist/connection.js'
import { BOOLEAN_MIGRATIONS } from '../../packages/store-sqlite/dist/schema/boolean-migrations.js'
import { SEARCH_MIGRATIONS } from '../../packages/store-sqlite/dist/schema/search-migrations.js'
import {
  ForwardIndexWriter,
  forwardIsCurrent,
  loadForwardSource,
} from '../../packages/store-sqlite/dist/search/forward-store.js'
import { SqliteKeywordResolver } from '../../packages/store-sqlite/dist/search/keyword-resolver.js'
import { acceptFilter } from '../../packages/store-sqlite/dist/search/search-filters.js'
import { docMetaView } from '../../packages/store-sqlite/dist/search/doc-meta.js'
import {
  INDEX_FORMAT,
  LEGACY_INDEX_FORMAT,
  loadLegacyIndex,
  openStoredIndex,
  readStamp,
  saveIndex,
} from '../../packages/store-sqlite/dist/search/index-blobs.js'
import { readQueries } from './prior-art-lib.mjs'
import { syntheticCorpus } from './synthetic-corpus.mjs'

const root = resolve(import.meta.dirname, '../..')
const shared = process.env.CHUHAI_SHARED ?? resolve(root, '../shared')
const corpusFile = `${shared}/data/google-patents-ultrasound/publications-nocite.jsonl`
if (!existsSync(corpusFile)) {
  console.log(`skipped: ${corpusFile} is absent; the search speed benchmark needs ../shared`)
  process.exit(0)
}
const args = process.argv.slice(2)
const flag = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : fallback
}
const N = Number(args.find((a) => /^\d+$/u.test(a)) ?? 200000)
const THREADS = Number(flag('--threads', 2))
const COMPARE = Number(flag('--compare', 10))
const cacheDir = process.env.CHUHAI_BENCH_CACHE ?? '/work/bench-cache'
const cacheFile = `${cacheDir}/search-speed-${N}-format${INDEX_FORMAT}.db`
const log = (msg) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${msg}`)

const corpus = syntheticCorpus(corpusFile, N)
const { docText, priority, country, pools, pick } = corpus
let bytes = 0
for (let d = 0; d < Math.min(N, 20000); d++) {
  const doc = docText(d)
  bytes += doc.title.length + doc.abstract.length + doc.claims.length + doc.description.length
}
bytes *= N / Math.min(N, 20000)

const params = DEFAULT_RANK_PARAMS
// A cache of the blob format (ADR 0012) is converted once to the side file (ADR 0024), sparing a
// rebuild: same postings, moved.
const legacyFile = `${cacheDir}/search-speed-${N}-format${LEGACY_INDEX_FORMAT}.db`
if (!args.includes('--rebuild') && !existsSync(cacheFile) && existsSync(legacyFile)) {
  const t0 = performance.now()
  const legacy = new Database(legacyFile, { readonly: true })
  const stamp = readStamp(legacy)
  const data = stamp?.params === JSON.stringify(params) ? loadLegacyIndex(legacy) : undefined
  legacy.close()
  if (data) {
    const db = new Database(cacheFile)
    db.pragma('journal_mode = WAL')
    for (const m of SEARCH_MIGRATIONS) db.exec(m.sql)
    saveIndex(db, data, { ...stamp, format: INDEX_FORMAT }, cacheFile)
    db.close()
    log(`converted ${legacyFile} in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  }
}
// A cached index counts only when it was built with the current ranking parameters.
const cachedParams = () => {
  const db = new Database(cacheFile, { readonly: true })
  try {
    return readStamp(db)?.params
  } finally {
    db.close()
  }
}
// Runs `worker` on THREADS consecutive document ranges of the corpus (workerData: corpusFile, n,
// from, to and `extra`); `listen(w, ok)` resolves each range. Resolves to the ranges' results.
const onShards = (worker, extra, listen) => {
  const per = Math.ceil(N / THREADS)
  return Promise.all(
    Array.from({ length: THREADS }, (_, i) => {
      const workerData = {
        corpusFile,
        n: N,
        from: i * per,
        to: Math.min(N, (i + 1) * per),
        ...extra,
      }
      return new Promise((ok, fail) => {
        const w = new Worker(new URL(worker, import.meta.url), { workerData })
        listen(w, ok)
        w.once('error', fail)
      })
    }),
  )
}
let build
if (
  args.includes('--rebuild') ||
  !existsSync(cacheFile) ||
  cachedParams() !== JSON.stringify(params)
) {
  // The average field lengths of the first 5,000 documents (as one IndexBuilder would sample).
  const t0 = performance.now()
  const sums = [0, 0, 0, 0]
  const sample = Math.min(N, 5000)
  for (let d = 0; d < sample; d++)
    IndexBuilder.fieldLengths(docText(d)).forEach((x, f) => (sums[f] += x))
  const avgLengths = Object.fromEntries(
    INDEX_FIELDS.map((f, i) => [f, Math.max(1, sums[i] / Math.max(1, sample))]),
  )
  const shards = await onShards('./index-shard.worker.mjs', { params, avgLengths }, (w, ok) =>
    w.once('message', ok),
  )
  const tShards = performance.now()
  log(`shards built in ${((tShards - t0) / 1000).toFixed(0)} s`)
  const data = mergeIndexShards(shards)
  shards.length = 0
  const tMerged = performance.now()
  log(`merged in ${((tMerged - tShards) / 1000).toFixed(1)} s`)
  mkdirSync(cacheDir, { recursive: true })
  rmSync(cacheFile, { force: true })
  const db = new Database(cacheFile)
  db.pragma('journal_mode = WAL')
  for (const m of SEARCH_MIGRATIONS) db.exec(m.sql)
  const stamp = {
    documents: N,
    maxDoc: N - 1,
    format: INDEX_FORMAT,
    params: JSON.stringify(params),
  }
  saveIndex(db, data, stamp, cacheFile)
  db.close()
  const tSaved = performance.now()
  log(`saved to ${cacheFile} in ${((tSaved - tMerged) / 1000).toFixed(1)} s`)
  build = {
    threads: THREADS,
    shards_seconds: Math.round((tShards - t0) / 1000),
    merge_seconds: +((tMerged - tShards) / 1000).toFixed(1),
    save_seconds: +((tSaved - tMerged) / 1000).toFixed(1),
    total_seconds: Math.round((tSaved - t0) / 1000),
    load_average_after_build: loadavg().map((x) => +x.toFixed(1)),
  }
}

// The index as the store serves it (ADR 0024): the side file's dictionary in memory, postings
// read per key.
const tLoad = performance.now()
const db = new Database(cacheFile, { readonly: true })
const opened = openStoredIndex(db, cacheFile, { postingsInMemory: args.includes('--memory') })
const indexStamp = readStamp(db)
db.close()
const loadSeconds = (performance.now() - tLoad) / 1000
const index = opened.index
const keyCount = index.termStarts.length - 1

// The forward index (ADR 0020), built once beside the cached index: records encoded on worker
// threads with the production encoder, stored through the production writer.
let forwardBuild = 'cached'
{
  const rw = new Database(cacheFile)
  const has = rw.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_forward'").get()
  if (!has) for (const m of BOOLEAN_MIGRATIONS) rw.exec(m.sql)
  if (!forwardIsCurrent(rw, indexStamp)) {
    const t0 = performance.now()
    const vocabulary = ForwardVocabulary.fromPacked(index)
    const writer = new ForwardIndexWriter(rw)
    let bytesWritten = 0
    await onShards('./forward-shard.worker.mjs', { keys: vocabulary.keys }, (w, ok) =>
      w.on('message', (m) => {
        if (m.done) return ok()
        for (let j = 0; j + 1 < m.offsets.length; j++) {
          writer.add(m.start + j, m.bytes.subarray(m.offsets[j], m.offsets[j + 1]))
        }
        bytesWritten += m.bytes.length
      }),
    )
    writer.finish(vocabulary, indexStamp)
    forwardBuild = {
      threads: THREADS,
      seconds: Math.round((performance.now() - t0) / 1000),
      record_mib: Math.round(bytesWritten / 2 ** 20),
      vocabulary: vocabulary.keys.length,
      load_average_after_build: loadavg().map((x) => +x.toFixed(1)),
    }
    log(
      `forward index built in ${forwardBuild.seconds} s: ${forwardBuild.record_mib} MiB of records`,
    )
  }
  rw.close()
}
// The store's connection as the product opens it (openDatabase: page cache, mmap), read-only:
// forward records, keyword tests and filters are read with the product's pragmas.
const storeDb = openDatabase({ path: cacheFile, readonly: true })
const forwardStats = storeDb
  .prepare('SELECT count(*) AS docs, sum(length(tokens)) AS bytes FROM search_forward')
  .get()
const tForward = performance.now()
const forward = loadForwardSource(storeDb, indexStamp)
const forwardLoadSeconds = (performance.now() - tForward) / 1000
const postingCount = index.df.reduce((s, x) => s + x, 0)
const postingBytes = index.offsets[keyCount]
const indexBytes =
  postingBytes +
  index.offsets.byteLength +
  index.df.byteLength +
  index.maxImpacts.byteLength +
  index.termBytes.byteLength +
  index.termStarts.byteLength
const data = { params: opened.params }
log(
  `loaded in ${loadSeconds.toFixed(1)} s: ${(indexBytes / 2 ** 20).toFixed(0)} MiB, ${postingCount} postings, ${keyCount} keys`,
)
const reader = new PackedPostingsReader(index)
const ranker = new WeightedRanker(reader)
const source = { documents: (docs) => Promise.resolve(docs.map(docText)) }

// Natural-language queries: dev-set texts joined and cut to exactly 300 words.
const dev = readQueries(`${shared}/eval/prior-art-dev.jsonl`)
const nl = []
for (let i = 0; nl.length < 100; i++) {
  let words = []
  for (let j = i; words.length < 300; j++)
    words = words.concat(dev[j % dev.length].text.split(/\s+/u))
  nl.push({ text: words.slice(0, 300).join(' '), before: Number(dev[i % dev.length].before) })
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
// Drawn after the timed queries, so the timed set is the same with or without a warm-up.
const WARMUP = Number(flag('--warmup', 24))
const evaluationOptions = args.includes('--dense-share')
  ? { denseShare: Number(flag('--dense-share')) }
  : {}
const warmupQueries = Array.from({ length: WARMUP }, (_, i) => PATTERNS[i % PATTERNS.length](y()))
// The product's per-document columns (packed DocMeta, ADR 0024) for the synthetic corpus: the
// resolver and the filter the SqliteSearchBackend uses read them through `docMetaView`.
const packedMeta = (() => {
  const enc = new TextEncoder()
  const idBytes = enc.encode(Array.from({ length: N }, (_, d) => `SYN-${d}`).join(''))
  const idStarts = new Uint32Array(N + 1)
  for (let d = 0, at = 0; d < N; d++) idStarts[d + 1] = at += `SYN-${d}`.length
  const strings = [...new Set(country)]
  const codes = new Uint16Array(N * 3)
  for (let d = 0; d < N; d++) codes[d * 3] = strings.indexOf(country[d]) + 1
  return {
    limit: N,
    idBytes,
    idStarts,
    familyBytes: idBytes,
    familyStarts: idStarts,
    codes,
    strings,
    priority,
    published: priority,
  }
})()
const meta = docMetaView(packedMeta)
const keywords = new SqliteKeywordResolver(storeDb, meta)
const accept = acceptFilter(meta, undefined, storeDb)
const TEXT_CHECKS = args.includes('--text-checks')
const checker = TEXT_CHECKS ? textChecker(docText) : forwardChecker(forward)
// SqliteSearchBackend's pool for a page of 20 with families collapsed (wanted × 3 + 50).
const POOL = Number(flag('--pool', 20 * 3 + 50))

const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]
const MAX_CHECKS = 2000
const boolTimes = []
// CPU time per query (this process; the queries run on one thread): less sensitive than wall
// time to other work on a shared machine, which is reported beside it.
const boolCpu = []
const boolCpuByPattern = PATTERNS.map(() => [])
const boolByPattern = PATTERNS.map(() => [])
let boolHits = 0
let boolChecked = 0
// One Boolean query through the product's path: evaluate, select the pool, release.
const runBoolean = (q, c = checker) => {
  const evaluation = evaluateBoolean(
    parseQuery(q, { mode: 'boolean' }),
    reader,
    keywords,
    evaluationOptions,
  )
  const selection = selectBoolean(evaluation, {
    accept,
    pool: POOL,
    maxChecks: MAX_CHECKS,
    checker: c,
  })
  evaluation.release()
  return selection
}
for (const q of warmupQueries) runBoolean(q)
boolQueries.forEach((q, qi) => {
  const t = performance.now()
  const c0 = process.cpuUsage()
  const selection = runBoolean(q)
  boolHits += Math.min(20, selection.docs.length)
  boolChecked += selection.checked
  const ms = performance.now() - t
  const cpu = process.cpuUsage(c0)
  boolCpu.push((cpu.user + cpu.system) / 1000)
  boolCpuByPattern[qi % PATTERNS.length].push((cpu.user + cpu.system) / 1000)
  boolTimes.push(ms)
  boolByPattern[qi % PATTERNS.length].push(ms)
})
// `--compare-checks`: the forward checks must select exactly the hits the text checks select.
let checksIdentical = null
if (args.includes('--compare-checks')) {
  checksIdentical = 0
  const text = textChecker(docText)
  for (const q of boolQueries) {
    const a = runBoolean(q, checker)
    const b = runBoolean(q, text)
    if (a.docs.join() === b.docs.join() && a.scores.join() === b.scores.join()) checksIdentical++
    else log(`checks differ: ${q}`)
  }
  log(`forward checks = text checks on ${checksIdentical} of ${boolQueries.length} queries`)
}
log(
  `boolean p50 ${pct(boolTimes, 50).toFixed(1)} ms, p95 ${pct(boolTimes, 95).toFixed(1)} ms (CPU p95 ${pct(boolCpu, 95).toFixed(1)} ms)`,
)

// `--breakdown K`: the K slowest timed queries again, evaluation and selection timed apart (best
// of 5), with the dense evaluation of ADR 0025 and with sorted lists only (`denseShare: Infinity`).
const BREAKDOWN = Number(flag('--breakdown', 0))
const breakdown = boolQueries
  .map((q, i) => ({ q, ms: boolTimes[i] }))
  .sort((a, b) => b.ms - a.ms)
  .slice(0, BREAKDOWN)
  .map(({ q, ms }) => {
    const time = (options) => {
      let best = { evaluate: Infinity, select: Infinity }
      for (let r = 0; r < 5; r++) {
        const t0 = performance.now()
        const evaluation = evaluateBoolean(
          parseQuery(q, { mode: 'boolean' }),
          reader,
          keywords,
          options,
        )
        const t1 = performance.now()
        selectBoolean(evaluation, { accept, pool: POOL, maxChecks: MAX_CHECKS, checker })
        const t2 = performance.now()
        evaluation.release()
        if (t2 - t0 < best.evaluate + best.select) best = { evaluate: t1 - t0, select: t2 - t1 }
      }
      return { evaluate_ms: +best.evaluate.toFixed(1), select_ms: +best.select.toFixed(1) }
    }
    const row = {
      query: q,
      timed_ms: +ms.toFixed(1),
      dense: time(evaluationOptions),
      sorted_lists: time({ denseShare: Infinity }),
    }
    log(
      `${row.timed_ms} ms: ${q} — dense ${JSON.stringify(row.dense)}, sorted lists ${JSON.stringify(row.sorted_lists)}`,
    )
    return row
  })

const nlTimes = []
let scored = 0
let total = 0
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
  scored += ranker.lastStats.scored
  total += ranker.lastStats.postings
}
log(`NL p50 ${pct(nlTimes, 50).toFixed(1)} ms, p95 ${pct(nlTimes, 95).toFixed(1)} ms`)

// Rank safety at this scale: the pruned ranking (both passes) must equal exhaustive scoring.
let identical = 0
const exhaustiveTimes = []
const prunedTimes = []
const rankWith = (exhaustive) => ({
  rank: (query, options) => ranker.rank(query, { ...options, exhaustive }),
})
for (const q of nl.slice(0, COMPARE)) {
  const accept = (d) => priority[d] < q.before
  const run = (exhaustive) =>
    rankNaturalLanguage(
      { query: q.text, k: 20, accept },
      rankWith(exhaustive),
      reader,
      source,
      data.params,
    )
  let t = performance.now()
  const a = await run(false)
  prunedTimes.push(performance.now() - t)
  t = performance.now()
  const b = await run(true)
  exhaustiveTimes.push(performance.now() - t)
  if (a.docs.join() === b.docs.join() && a.scores.join() === b.scores.join()) identical++
}
log(`pruned = exhaustive on ${identical} of ${Math.min(COMPARE, nl.length)} queries`)

const result = {
  documents: N,
  text_mib: Math.round(bytes / 2 ** 20),
  build: build ?? 'cached',
  cache_file: cacheFile,
  cache_file_mib: Math.round(statSync(cacheFile).size / 2 ** 20),
  load_seconds: +loadSeconds.toFixed(1),
  index_mib: Math.round(indexBytes / 2 ** 20),
  postings: postingCount,
  bytes_per_posting: +(postingBytes / postingCount).toFixed(2),
  terms: keyCount,
  forward_index: {
    build: forwardBuild,
    documents: forwardStats.docs,
    record_mib: Math.round(forwardStats.bytes / 2 ** 20),
    bytes_per_document: Math.round(forwardStats.bytes / Math.max(1, forwardStats.docs)),
    vocabulary: forward?.vocabulary.keys.length ?? 0,
    load_seconds: +forwardLoadSeconds.toFixed(1),
  },
  boolean_ms: {
    checks: TEXT_CHECKS ? 'text' : 'forward',
    warmup_queries: WARMUP,
    dense_share: evaluationOptions.denseShare ?? 'default (1/16)',
    forward_equals_text_checks: checksIdentical,
    pool: POOL,
    p50: +pct(boolTimes, 50).toFixed(1),
    p95: +pct(boolTimes, 95).toFixed(1),
    mean_hits: boolHits / boolQueries.length,
    texts_checked: boolChecked,
    cpu_p50: +pct(boolCpu, 50).toFixed(1),
    cpu_p95: +pct(boolCpu, 95).toFixed(1),
    breakdown,
    p95_by_pattern: PATTERNS.map((p, i) => ({
      pattern: p.toString().replace(/^.*=> /u, ''),
      p95: +pct(boolByPattern[i], 95).toFixed(1),
      cpu_p95: +pct(boolCpuByPattern[i], 95).toFixed(1),
    })),
  },
  natural_language_300_words_ms: {
    p50: +pct(nlTimes, 50).toFixed(1),
    p95: +pct(nlTimes, 95).toFixed(1),
    postings_scored_fraction: +(scored / total).toFixed(3),
  },
  pruning_check: {
    queries: Math.min(COMPARE, nl.length),
    identical_to_exhaustive: identical,
    pruned_p50_ms: prunedTimes.length ? +pct(prunedTimes, 50).toFixed(1) : null,
    exhaustive_p50_ms: exhaustiveTimes.length ? +pct(exhaustiveTimes, 50).toFixed(1) : null,
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
writeFileSync(resolve(root, `bench/out/search-speed-${N}.json`), JSON.stringify(result, null, 2))
