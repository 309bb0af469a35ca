import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasShared, NO_SHARED, sharedPath } from '@chuhai/core/testing'
import { ingestJson, runCli, tempDir } from './helpers/run-cli.js'

const FIXTURES = resolve(
  import.meta.dirname,
  '../../core/src/ingest/formats/google-patents-bq/fixtures',
)

interface FamilyJson {
  id: string
  docdbFamily?: string
  members: {
    id: string
    country: string
    kind?: string
    relation: string
    status: { status: string; source: string }
  }[]
  byCountry: Record<string, { id: string }[]>
}

describe('chuhai family', () => {
  const db = join(tempDir(), 'family.db')
  ingestJson([FIXTURES, '--db', db])

  it('lists the members per country with kind, dates and status, from any spelling', () => {
    const run = runCli(['family', 'US 2021/0078168 A1', '--db', db, '--json'])
    expect(run.code).toBe(0)
    const view = JSON.parse(run.stdout) as FamilyJson
    expect(view.docdbFamily).toBe('70012345')
    expect(view.members.map((m) => [m.id, m.kind, m.relation, m.status.status])).toEqual([
      ['CN-112476429-A', 'A', 'simple', 'pending'],
      ['EP-3792345-A1', 'A1', 'simple', 'pending'],
      ['US-20210078168-A1', 'A1', 'simple', 'pending'],
    ])
    expect(Object.keys(view.byCountry)).toEqual(['CN', 'EP', 'US'])
    const text = runCli(['family', 'EP3792345A1', '--db', db]).stdout
    expect(text).toMatch(/DOCDB simple family 70012345/)
    expect(text).toMatch(
      /CN-112476429-A +A +application +pub 2021-03-12 +filed 2020-09-10 +priority 2019-09-13 +pending \(derived\) +simple/,
    )
  })

  it('exits 3 for a number not stored and 2 for text that is no number', () => {
    expect(runCli(['family', 'US-1234567-B1', '--db', db]).code).toBe(3)
    expect(runCli(['family', 'not a number', '--db', db]).code).toBe(2)
  })
})

const GOOGLE = 'data/google-patents-ultrasound/publications.jsonl'
const run = hasShared(GOOGLE) ? describe : describe.skip

run(`chuhai citations on the ultrasound export ${hasShared(GOOGLE) ? '' : NO_SHARED}`, () => {
  it('resolves backward citations inside the set and forward ones from the other records', () => {
    const db = join(tempDir(), 'cite.db')
    ingestJson([sharedPath(GOOGLE), '--db', db])
    // Expected values straight from the JSON, without the parser.
    const rows = readFileSync(sharedPath(GOOGLE), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map(
        (l) =>
          JSON.parse(l) as {
            publication_number: string
            citation: { publication_number: string }[]
          },
      )
    const compact = (n: string) => n.replace(/[^A-Z0-9]/gi, '').toUpperCase()
    const inSet = new Set(rows.map((r) => compact(r.publication_number)))
    const target = 'US-4327738-A'
    const own = rows.find((r) => r.publication_number === target)!
    const backwardInSet = new Set(
      own.citation.map((c) => compact(c.publication_number)).filter((n) => inSet.has(n)),
    )
    const citingInSet = rows.filter((r) =>
      r.citation.some((c) => compact(c.publication_number) === compact(target)),
    )
    const view = JSON.parse(runCli(['citations', target, '--db', db, '--json']).stdout) as {
      backward: { ref: string; stored?: string }[]
      forward: { ref: string; stored?: string }[]
    }
    expect(view.backward.filter((c) => c.stored).length).toBe(backwardInSet.size)
    expect(
      view.forward
        .filter((c) => c.stored)
        .map((c) => c.stored)
        .sort(),
    ).toEqual(citingInSet.map((r) => r.publication_number).sort())
  })
})
