import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { NO_SHARED, sharedPath } from '../../testing/shared-data.js'
import { computeDeadlines } from './engine.js'

interface EvalCase {
  priority_date: string
  pct_filing_date?: string
  isr_date?: string
  office: string
  event: string
  expected: string
  raw?: string
  note?: string
}

const FILE = sharedPath('eval/deadlines-dev.jsonl')
const present = existsSync(FILE)
const cases: EvalCase[] = present
  ? readFileSync(FILE, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as EvalCase)
  : []
const clock = { now: () => Date.UTC(2026, 10, 26) }

describe.skipIf(!present)('deadlines-dev.jsonl: every case matches', () => {
  it.each(cases.map((c) => [`${c.office} ${c.event} from ${c.priority_date}`, c] as const))(
    '%s',
    (_name, c) => {
      const report = computeDeadlines(
        {
          priorityDate: c.priority_date,
          pctFilingDate: c.pct_filing_date,
          isrDate: c.isr_date,
          offices: [c.office],
        },
        { clock },
      )
      const hit = report.deadlines.find((d) => d.office === c.office && d.event === c.event)
      expect(hit, `${c.event} computed for ${c.office}`).toBeDefined()
      expect(hit?.due).toBe(c.expected)
      if (c.raw !== undefined) {
        expect(hit?.rawDue).toBe(c.raw)
      }
    },
  )
})

if (!present) {
  it.skip(`deadlines-dev.jsonl ${NO_SHARED}`, () => {})
}
