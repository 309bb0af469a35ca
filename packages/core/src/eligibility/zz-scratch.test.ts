import { readFileSync, writeFileSync } from 'node:fs'
import { it } from 'vitest'
import { checkEligibility } from './check.js'
import type { Jurisdiction } from './types.js'

it('dump', () => {
  const lines = readFileSync(process.env.SET ?? '/work/shared/eval/eligibility-dev.jsonl', 'utf8')
    .trim()
    .split('\n')
  const out: string[] = []
  let ok = 0
  for (const l of lines) {
    const d = JSON.parse(l) as {
      id: string
      jurisdiction: Jurisdiction
      expected: string
      claim_text: string
    }
    const r = checkEligibility({ claims: d.claim_text, jurisdictions: [d.jurisdiction] })
    const j = r.jurisdictions[0]!
    const good = j.verdict === d.expected
    if (good) {
      ok++
    }
    out.push(
      `${good ? 'OK ' : 'XX '} ${d.id.padEnd(32)} exp=${d.expected.padEnd(10)} got=${j.verdict.padEnd(10)} m=${j.claims[0]!.margin}`,
    )
    if (process.env.VERBOSE) {
      out.push(...j.steps.map((s) => `      ${s.outcome}: ${s.finding}`))
    }
  }
  out.push(`accuracy ${ok}/${lines.length}`)
  writeFileSync('/tmp/elig/acc.txt', out.join('\n'))
})
