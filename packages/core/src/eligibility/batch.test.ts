import { describe, expect, it } from 'vitest'
import { parseEligibilityBatchLine, runEligibilityBatch } from './batch.js'
import { ChuhaiError } from '../errors.js'

describe('runEligibilityBatch', () => {
  it('processes good lines and names the line number of bad ones', () => {
    const jsonl = [
      JSON.stringify({
        id: 'a',
        jurisdiction: 'US',
        claim_text: 'A method of ranking customers by their purchases, performed by a processor.',
      }),
      '{not json',
      '',
      JSON.stringify({ id: 'b', jurisdiction: 'XX', claim_text: 'A robot.' }),
      JSON.stringify({
        id: 'c',
        jurisdiction: 'ep',
        claim_text: 'A method of controlling a motor of a robot from camera images.',
      }),
      JSON.stringify({ id: 'd', jurisdiction: 'CN', claim_text: '  ' }),
    ].join('\n')
    const out = runEligibilityBatch(jsonl)
    expect(out.map((o) => o.line)).toEqual([1, 2, 4, 5, 6])
    const ok = out.flatMap((o) => ('result' in o ? [o.result] : []))
    expect(ok.map((r) => [r.id, r.jurisdiction, r.verdict])).toEqual([
      ['a', 'US', 'ineligible'],
      ['c', 'EP', 'eligible'],
    ])
    expect(ok[0]!.reasons.length).toBeGreaterThan(0)
    const errors = out.flatMap((o) => ('error' in o ? [o.error.message] : []))
    expect(errors[0]).toMatch(/^line 2: not JSON/u)
    expect(errors[1]).toMatch(/^line 4: .*valid jurisdictions: US, EP, CN, JP, KR, UK/u)
    expect(errors[2]).toMatch(/^line 6: claim_text/u)
  })

  it('returns a ChuhaiError for a line missing its id', () => {
    const parsed = parseEligibilityBatchLine(
      JSON.stringify({ jurisdiction: 'US', claim_text: 'x' }),
      7,
    )
    expect(parsed).toBeInstanceOf(ChuhaiError)
    expect((parsed as ChuhaiError).message).toMatch(/^line 7: id/u)
  })
})
