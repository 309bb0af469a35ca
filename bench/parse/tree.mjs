// Parse CPU benchmark: the XML tree build with htmlparser2 (the former builder, kept as the test
// oracle) and with the hand-written builder of packages/core/src/ingest/xml/fast-tree.ts, then the
// whole parseDocument, over the first MB megabytes of a weekly-style grant file. Figures are MB per
// CPU-second (process.cpuUsage, user + system), the median of ROUNDS rounds: the machine is shared,
// so wall time says little. Imports packages/core/dist: build it first with
//   npx tsc -b packages/core/tsconfig.build.json
// Usage: node bench/parse/tree.mjs [MB=30] [ROUNDS=5] [FILE=/tmp/weekly.xml]
// (make FILE with: node bench/ingest/build-weekly.mjs /tmp/weekly.xml 60)
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')
const dist = resolve(root, 'packages/core/dist')
const mb = Number(process.argv[2] ?? 30)
const rounds = Number(process.argv[3] ?? 5)
const file = process.argv[4] ?? '/tmp/weekly.xml'
if (!existsSync(file)) {
  console.error(`${file} is absent: node bench/ingest/build-weekly.mjs ${file} 60`)
  process.exit(2)
}
const { buildXmlTree } = await import(`${dist}/ingest/xml/fast-tree.js`)
const { parseXmlTreeWithHtmlparser2 } = await import(`${dist}/ingest/xml/htmlparser2-tree.js`)
const { parseDocument } = await import(`${dist}/index.js`)

// Whole documents only: each starts with its XML declaration; the last, cut one is dropped.
const head = readFileSync(file, 'utf8').slice(0, mb * 1e6)
const docs = head.split(/(?=<\?xml )/).slice(0, -1)
const encoder = new TextEncoder()
const bytes = docs.map((d) => encoder.encode(d))
const total = bytes.reduce((sum, b) => sum + b.length, 0) / 1e6

function cpuSeconds(run) {
  const start = process.cpuUsage()
  run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1e6
}

const cases = {
  'tree: htmlparser2': () => docs.forEach((d) => parseXmlTreeWithHtmlparser2(d)),
  'tree: fast builder': () => docs.forEach((d) => buildXmlTree(d)),
  parseDocument: () => bytes.forEach((b) => parseDocument(b, { file: 'weekly.xml' })),
}
const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]))
for (let r = 0; r <= rounds; r++) {
  for (const [name, run] of Object.entries(cases)) {
    const seconds = cpuSeconds(run)
    if (r > 0) {
      samples[name].push(total / seconds) // round 0 warms the JIT up
    }
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
console.log(`${docs.length} documents, ${total.toFixed(1)} MB, ${rounds} rounds; MB per CPU-second`)
const result = {}
for (const [name, xs] of Object.entries(samples)) {
  result[name] = median(xs)
  const spread = `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`
  console.log(`${name.padEnd(20)} ${result[name].toFixed(1).padStart(7)}   (range ${spread})`)
}
const ratio = result['tree: fast builder'] / result['tree: htmlparser2']
console.log(`fast builder / htmlparser2: ${ratio.toFixed(2)}x (goal ≥ 2x)`)
