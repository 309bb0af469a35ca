import { readFileSync, writeFileSync } from 'node:fs'
import { it } from 'vitest'
import { extractFeatures } from './features.js'
import { splitClaims } from './claim-text.js'

it('dump', () => {
  const lines = readFileSync('/work/shared/eval/eligibility-dev.jsonl', 'utf8').trim().split('\n')
  const out: string[] = []
  for (const l of lines) {
    const d = JSON.parse(l) as { id: string; jurisdiction: string; expected: string; claim_text: string }
    const claims = splitClaims(d.claim_text)
    const c = claims[0]!
    const f = extractFeatures(c.text)
    const sc = Object.entries(f.scores).filter(([, v]) => v > 0).map(([k, v]) => `${k}=${v}`).join(' ')
    out.push(`== ${d.id} ${d.jurisdiction} exp=${d.expected} claims=${claims.length} n=${c.number} dep=${c.dependsOn} cat=${c.category}`)
    out.push('   ' + sc)
    out.push('   ' + f.matches.map((m) => `${m.category.slice(0,8)}:${m.text}${m.inPreamble ? '^' : ''}`).join(' | '))
  }
  writeFileSync('/tmp/elig/dump.txt', out.join('\n'))
})
