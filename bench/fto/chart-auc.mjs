// Claim-chart separation benchmark (issue 5): every independent English claim of the ultrasound
// set is charted against its own patent's description (positive) and against the description of
// a random other patent of the set (negative); AUC of the claim score (mean element score) and of
// the coverage. Term weights: document frequencies over the set's descriptions.
// Usage: npm run build && node bench/fto/chart-auc.mjs [SEED]   (results: bench/out/chart-auc.json)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import {
  analyseClaims,
  chartClaim,
  fullElements,
  passageStemsForStats,
  prepareTarget,
} from '../../packages/core/dist/fto/index.js'

const root = resolve(import.meta.dirname, '../..')
const shared = process.env.CHUHAI_SHARED ?? resolve(root, '../shared')
const file = join(shared, 'data/google-patents-ultrasound/publications.jsonl')
if (!existsSync(file)) {
  console.log(`skipped: ${file} is absent; the chart benchmark needs ../shared`)
  process.exit(0)
}
let seed = Number(process.argv[2] ?? 7)
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}
const en = (list) => (list ?? []).find((x) => x.language === 'en')?.text ?? ''
const docs = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .map((d) => ({
    id: d.publication_number,
    claims: en(d.claims_localized),
    description: en(d.description_localized),
  }))
  .filter((d) => d.claims && d.description.length > 500)

const started = performance.now()
const df = new Map()
for (const d of docs) {
  for (const s of passageStemsForStats(d.description)) df.set(s, (df.get(s) ?? 0) + 1)
}
const stats = { totalDocuments: docs.length, documentFrequency: (s) => df.get(s) ?? 0 }
const targets = new Map(
  docs.map((d) => [d.id, prepareTarget(d.id, [{ field: 'description', text: d.description }])]),
)

const pos = []
const neg = []
let claims = 0
for (const d of docs) {
  const analysis = analyseClaims(d.claims, { language: 'en' })
  let other = docs[Math.floor(random() * docs.length)]
  while (other.id === d.id) other = docs[Math.floor(random() * docs.length)]
  for (const c of analysis.claims.filter((x) => x.independent)) {
    const elements = fullElements(analysis, c.number)
    if (elements.length === 0) continue
    claims++
    const own = chartClaim(c.number, elements, targets.get(d.id), { stats })
    const foreign = chartClaim(c.number, elements, targets.get(other.id), { stats })
    pos.push(own)
    neg.push(foreign)
  }
}
function auc(p, n) {
  let wins = 0
  for (const a of p) for (const b of n) wins += a > b ? 1 : a === b ? 0.5 : 0
  return wins / (p.length * n.length)
}
const result = {
  documents: docs.length,
  independentClaims: claims,
  aucScore: auc(
    pos.map((c) => c.score),
    neg.map((c) => c.score),
  ),
  aucCoverage: auc(
    pos.map((c) => c.coverage),
    neg.map((c) => c.coverage),
  ),
  meanOwnCoverage: pos.reduce((s, c) => s + c.coverage, 0) / pos.length,
  meanOtherCoverage: neg.reduce((s, c) => s + c.coverage, 0) / neg.length,
  allMetOwn: pos.filter((c) => c.met === c.total).length / pos.length,
  allMetOther: neg.filter((c) => c.met === c.total).length / neg.length,
  seconds: (performance.now() - started) / 1000,
}
mkdirSync(join(root, 'bench/out'), { recursive: true })
writeFileSync(join(root, 'bench/out/chart-auc.json'), JSON.stringify(result, null, 2))
console.log(JSON.stringify(result, null, 2))
