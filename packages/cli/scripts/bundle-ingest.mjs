// Bundles the compiled CLI (dist/main.js) with its ingest graph, the parse worker and the index
// worker into dist/bundle/ (ADR 0023). `chuhai ingest` loads some 900 ES modules from dist
// (core's parsers, zod, Kysely, …): in Node 20 resolving and compiling them one by one costs
// ~0.5 CPU-s on the main thread and again on the parse worker before the first document is read.
// A bundle is a handful of files. `bin/chuhai.js` uses it for `ingest` only, and only while it is
// newer than every package build it was made from (listed in dist/bundle/manifest.json), so a
// `tsc -b` without this step never runs stale code. Run by `npm run build` after tsc.
import { existsSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'rolldown'

const cli = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const packages = resolve(cli, '..')
const out = join(cli, 'dist/bundle')
// Bundled: the workspace packages and the pure-JS libraries of the ingest path (most of the
// module count). Native addons and everything else stay ordinary imports from node_modules.
const INLINE = /^(@chuhai\/|zod(\/|$)|kysely(\/|$))/

rmSync(out, { recursive: true, force: true })
const started = performance.now()
const result = await build({
  input: {
    main: join(cli, 'dist/main.js'),
    // Entry names are the file names the pools open next to their own module (`new URL(…,
    // import.meta.url)`), so the bundled chunks start the bundled workers.
    'parse-worker': join(packages, 'ingest/dist/parse/parse-worker.js'),
    'fts-index-worker': join(packages, 'store-sqlite/dist/fts/fts-index-worker.js'),
  },
  platform: 'node',
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !INLINE.test(id),
  output: { dir: out, format: 'esm' },
  logLevel: 'silent',
})
const used = new Set()
for (const chunk of result.output) {
  for (const id of chunk.type === 'chunk' ? chunk.moduleIds : []) {
    const m = /packages\/([^/]+)\/dist\//.exec(id)
    if (m) {
      used.add(m[1])
    }
  }
}
const stamps = [...used]
  .sort()
  .map((p) => join(packages, p, 'dist/.tsbuildinfo'))
  .filter((f) => existsSync(f))
for (const worker of ['parse-worker.js', 'fts-index-worker.js', 'main.js']) {
  if (!existsSync(join(out, worker))) {
    throw new Error(`bundle-ingest: ${worker} is missing from ${out}`)
  }
}
writeFileSync(
  join(out, 'manifest.json'),
  `${JSON.stringify({ stamps: stamps.map((f) => relative(out, f)) }, null, 2)}\n`,
)
const bytes = result.output.reduce((s, c) => s + (c.type === 'chunk' ? c.code.length : 0), 0)
console.log(
  `bundle-ingest: ${result.output.length} files, ${(bytes / 1e6).toFixed(1)} MB, ` +
    `${stamps.length} package builds, ${((performance.now() - started) / 1000).toFixed(1)} s`,
)
