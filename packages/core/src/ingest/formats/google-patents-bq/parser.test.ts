import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { earliestPriorityDate } from '../../../model/patent.js'
import { formatPublicationId, parsePublicationNumber } from '../../../model/publication-number.js'
import { describeGoldenCases, splitFile, type GoldenCase } from '../../../testing/golden.js'
import { hasShared, NO_SHARED, sharedPath } from '../../../testing/shared-data.js'
import { parseDocument } from '../../parse-document.js'
import { googlePatentsBq } from './parser.js'

const GOLDEN = join(import.meta.dirname, 'golden')
const FIXTURES = join(import.meta.dirname, 'fixtures')
const FULL = 'data/google-patents-ultrasound/publications.jsonl'
const NOCITE = 'data/google-patents-ultrasound/publications-nocite.jsonl'

/** One row per office, kind and language of the shared export (the smallest of each). */
const CASES: readonly GoldenCase[] = [
  { name: 'cn-c-zh-CN100549637C', source: FULL, index: 2 },
  { name: 'cn-a-zh-CN103932741A', source: FULL, index: 6 },
  { name: 'de-b-fr-DE1001977B', source: FULL, index: 9 },
  { name: 'de-a1-de-DE2529112A1', source: FULL, index: 12 },
  { name: 'de-c-no-priority-date-DE28947C', source: FULL, index: 23 },
  { name: 'ep-a3-EP0815793A3', source: FULL, index: 65 },
  { name: 'jp-h-zh-JPH05328761A', source: FULL, index: 100 },
  { name: 'us-a-claims-US3984890A', source: FULL, index: 449 },
  { name: 'us-no-kind-claims-US3864660', source: FULL, index: 419 },
  { name: 'us-b1-claims-US6443902B1', source: FULL, index: 1169 },
  { name: 'us-design-USD758593S1', source: FULL, index: 1348 },
  { name: 'us-reissue-USRE30536E', source: FULL, index: 1354 },
  { name: 'wo-a1-zh-WO2017215226A1', source: FULL, index: 1377 },
  { name: 'nocite-us-design-USD758593S1', source: NOCITE, index: 1348 },
]

describeGoldenCases(googlePatentsBq, GOLDEN, CASES)

function parseFixture(): ReturnType<typeof parseDocument>[] {
  return splitFile(readFileSync(join(FIXTURES, 'bq-full-schema.jsonl'))).map((d) =>
    parseDocument(d.bytes, { file: 'bq-full-schema.jsonl', offset: d.offset }),
  )
}

describe('googlePatentsBq on the full BigQuery schema', () => {
  const outcomes = parseFixture()

  it('parses every row with no warnings, to the committed golden file', () => {
    expect(outcomes.map((o) => [o.status, o.parser, o.issues])).toEqual(
      outcomes.map(() => ['ok', 'google-patents-bq', []]),
    )
    const file = join(GOLDEN, 'fixture-bq-full-schema.expected.json')
    const actual = JSON.parse(JSON.stringify(outcomes.map((o) => o.record))) as unknown
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
      writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`)
    }
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')))
  })

  it('reads family id, priority claims, dates, CPC roles, citations with phase and cited_by', () => {
    const us = outcomes[0]!.record!
    expect(us.id).toBe('US-20210078168-A1')
    expect(us.stage).toBe('application')
    expect(us.family).toEqual({ docdb: '70012345' })
    expect(us.priorityDate).toBe('2019-09-13')
    expect(us.application).toEqual({ country: 'US', number: '202017018123', date: '2020-09-11' })
    expect(us.priorityClaims).toEqual([
      { country: 'US', number: '201962900001', date: '2019-09-13', kind: 'national', sequence: 0 },
    ])
    expect(us.classifications.filter((c) => c.scheme === 'cpc')).toEqual([
      { scheme: 'cpc', symbol: 'B25J 9/1633', role: 'inventive' },
      { scheme: 'cpc', symbol: 'G05B 2219/39338', role: 'additional' },
    ])
    expect(
      us.citations.map((c) => [c.documentRef ?? c.npl, c.category, c.phase, c.relevance]),
    ).toEqual([
      ['US-9000000-B2', 'applicant', 'APP', undefined],
      [
        'Smith, J., Torque sensing joints, IEEE Trans. Robotics 2018',
        'search-report',
        'SEA',
        undefined,
      ],
      ['WO-2018123456-A1', 'search-report', 'SEA', ['X', 'Y']],
    ])
    expect(us.citedBy).toEqual([{ country: 'US', number: '20230000111', kind: 'A1' }])
    expect(us.parties.inventors.map((p) => [p.name, p.country])).toEqual([
      ['WANG Li', 'CN'],
      ['Jane A. SMITH', 'US'],
    ])
    expect(us.claims[0]?.claims.map((c) => [c.number, c.dependsOn])).toEqual([
      [1, []],
      [2, [1]],
    ])
    expect(us.relatedDocuments).toEqual([
      {
        relation: 'provisional',
        document: { country: 'US', number: '201962900001', date: '2019-09-13' },
      },
    ])
  })

  it('keeps the language tag of every text, Chinese as written', () => {
    const [, ep, cn, tw] = outcomes.map((o) => o.record!)
    expect(ep!.titles.map((t) => t.lang)).toEqual(['de', 'en', 'fr'])
    expect(cn!.titles).toEqual([{ lang: 'zh', text: '力矩控制的机器人关节' }])
    expect(cn!.claims[0]?.claims.map((c) => [c.number, c.dependsOn])).toEqual([
      [1, []],
      [2, [1]],
    ])
    expect(tw!.titles).toEqual([{ lang: 'zh', text: '機器人關節的力矩感測器' }])
  })
})

describe('googlePatentsBq bad rows', () => {
  const parse = (line: string) =>
    parseDocument(new TextEncoder().encode(line), { file: 'x.jsonl', offset: 0 })

  it('fails a row that is not JSON or has no usable number, naming the field', () => {
    const truncated = parse('{"publication_number": "US-1-A", "country_code": "US", "title_loc')
    expect(truncated.status).toBe('failed')
    expect(truncated.issues[0]?.message).toMatch(/not JSON/)
    const bad = parse('{"publication_number": "12-34", "country_code": "US"}')
    expect(bad.status).toBe('failed')
    expect(bad.issues[0]).toMatchObject({ field: 'publication_number' })
  })

  it('keeps a row whose odd fields are warnings', () => {
    const odd = parse(
      '{"publication_number": "US-5000000-A", "country_code": "US", "priority_date": 19991399, "cpc": [{"code": "nonsense"}], "inventor": "not a list"}',
    )
    expect(odd.status).toBe('ok')
    expect(odd.issues.map((i) => i.field).sort()).toEqual([
      'cpc[0].code',
      'inventor',
      'priority_date',
    ])
    expect(odd.issues.every((i) => i.severity === 'warning')).toBe(true)
  })
})

const EVAL = 'eval/prior-art-dev.jsonl'
const runEval = hasShared(EVAL) && hasShared(NOCITE) ? describe : describe.skip

runEval(`googlePatentsBq and the prior-art evaluation ${hasShared(EVAL) ? '' : NO_SHARED}`, () => {
  it('gives every query and relevant number as a record id, with a priority date before the query date', () => {
    const records = new Map(
      splitFile(readFileSync(sharedPath(NOCITE))).map((d) => {
        const r = parseDocument(d.bytes, {}).record!
        return [r.id, r] as const
      }),
    )
    const queries = readFileSync(sharedPath(EVAL), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; before: number; relevant: string[] })
    const missing: string[] = []
    const late: string[] = []
    for (const q of queries) {
      const before = `${String(q.before).slice(0, 4)}-${String(q.before).slice(4, 6)}-${String(q.before).slice(6, 8)}`
      for (const number of [q.id, ...q.relevant]) {
        const pn = parsePublicationNumber(number)
        const record = pn ? records.get(formatPublicationId(pn)) : undefined
        if (!record) {
          missing.push(number)
        } else if (number !== q.id && !((earliestPriorityDate(record) ?? '9999') < before)) {
          late.push(`${number} for ${q.id}`)
        }
      }
    }
    expect(queries.length).toBeGreaterThan(300)
    expect(missing).toEqual([])
    expect(late).toEqual([])
  })
})
