// AI eligibility benchmark (issue 7): accuracy of `checkEligibility` on the development set,
// overall and per office, uncertain counting as wrong; confusion matrices; the majority-class
// baseline; and a leave-one-out check of the thresholds (each case is predicted with the threshold
// shift that best fits the other cases of its office).
// Usage: npm run build && node bench/eligibility/run.mjs [FILE.jsonl]   (results: bench/out/eligibility.json)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ELIGIBILITY_RULE_PACKS, evaluateEligibility } from '../../packages/core/dist/index.js'

const root = resolve(import.meta.dirname, '../..')
const shared = process.env.CHUHAI_SHARED ?? resolve(root, '../shared')
const file = process.argv[2] ?? join(shared, 'eval/eligibility-dev.jsonl')
if (!existsSync(file)) {
  console.log(`skipped: ${file} is absent; the eligibility benchmark needs ../shared`)
  process.exit(0)
}
const cases = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
const evaluation = evaluateEligibility(cases)

const pct = (x) => `${(100 * x).toFixed(1)} %`
const row = (name, s) =>
  `| ${name} | ${s.cases} | ${s.correct} | ${pct(s.accuracy)} | ${pct(s.majorityBaseline)} | ` +
  `${s.confusion.eligible.eligible}/${s.confusion.eligible.ineligible}/${s.confusion.eligible.uncertain} | ` +
  `${s.confusion.ineligible.eligible}/${s.confusion.ineligible.ineligible}/${s.confusion.ineligible.uncertain} |`

// Leave-one-out on the thresholds: shift both thresholds of an office by δ, chosen on the other cases.
const SHIFTS = Array.from({ length: 13 }, (_, i) => (i - 6) / 4)
function predict(p, shift) {
  const t = ELIGIBILITY_RULE_PACKS[p.jurisdiction].thresholds
  if (p.margin >= t.eligibleAt + shift) return 'eligible'
  return p.margin < t.ineligibleBelow + shift ? 'ineligible' : 'uncertain'
}
const loo = evaluation.predictions.map((p, i) => {
  const others = evaluation.predictions.filter(
    (q, j) => j !== i && q.jurisdiction === p.jurisdiction,
  )
  let best = { shift: 0, correct: -1 }
  for (const shift of [...SHIFTS].sort((a, b) => Math.abs(a) - Math.abs(b))) {
    const correct = others.filter((q) => predict(q, shift) === q.expected).length
    if (correct > best.correct) best = { shift, correct }
  }
  return { ...p, looShift: best.shift, looVerdict: predict(p, best.shift) }
})
const looAccuracy = (list) =>
  list.filter((p) => p.looVerdict === p.expected).length / Math.max(1, list.length)

const lines = [
  `file: ${file} (${cases.length} cases)`,
  '',
  '| office | cases | correct | accuracy | majority baseline | eligible → E/I/U | ineligible → E/I/U |',
  '|---|---|---|---|---|---|---|',
  row('all', evaluation.overall),
  ...Object.entries(evaluation.byJurisdiction).map(([j, s]) => row(j, s)),
  '',
  `leave-one-out (threshold shift refitted without the case): ${pct(looAccuracy(loo))} overall; ` +
    Object.keys(evaluation.byJurisdiction)
      .map((j) => `${j} ${pct(looAccuracy(loo.filter((p) => p.jurisdiction === j)))}`)
      .join(', '),
  '',
  'misses:',
  ...evaluation.predictions
    .filter((p) => p.verdict !== p.expected)
    .map(
      (p) =>
        `  ${p.id} (${p.jurisdiction}): expected ${p.expected}, got ${p.verdict}, margin ${p.margin}`,
    ),
]
console.log(lines.join('\n'))
const outDir = join(root, 'bench/out')
mkdirSync(outDir, { recursive: true })
writeFileSync(join(outDir, 'eligibility.json'), JSON.stringify({ file, evaluation, loo }, null, 2))
