import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeGoldenCases, splitFile, type GoldenCase } from '../../../testing/golden.js'
import { hasShared, NO_SHARED, sharedPath } from '../../../testing/shared-data.js'
import { parseDocument } from '../../parse-document.js'
import { lensJsonV1 } from './parser.js'

const GOLDEN = join(import.meta.dirname, 'golden')
const LENS = 'data/api-responses/lens'
const EXPORT = `${LENS}/lens_patent_export_biopoly_10records.jsonl`

/** Each office, kind and language of the recorded Lens records, and each schema year. */
const CASES: readonly GoldenCase[] = [
  { name: 'export-cn-a-zh-CN102206141A', source: EXPORT, index: 0 },
  { name: 'export-us-a1-en-US20160266975A1', source: EXPORT, index: 2 },
  { name: 'export-ro-a2-unknown-type-RO135932A2', source: EXPORT, index: 3 },
  { name: 'export-us-b2-granted-US9785570B2', source: EXPORT, index: 5 },
  { name: 'export-wo-a1-en-WO2017205695A1', source: EXPORT, index: 6 },
  {
    name: 'record-2025-wo-a1-WO2013121230A1',
    source: `${LENS}/lens_patent_record_WO2013121230A1_2025.json`,
  },
  {
    name: 'search-2026-ep-a1-EP2471949A1',
    source: `${LENS}/lens_patent_search_response_EP2471949A1_2026.json`,
  },
  {
    name: 'search-2024-ep-a1-EP2471949A1',
    source: `${LENS}/lens_patent_search_response_EP2471949A1_2024-03.json`,
  },
]

describeGoldenCases(lensJsonV1, GOLDEN, CASES)

const present = hasShared(LENS)
if (!present) {
  console.warn(NO_SHARED)
}

describe.skipIf(!present)('lensJsonV1 on the recorded records', () => {
  const parse = (bytes: Uint8Array) =>
    splitFile(bytes).map((d) => parseDocument(d.bytes, { file: 'lens.jsonl', offset: d.offset }))

  it('reads every record of the export, with claims numbered and dependencies linked', () => {
    const outcomes = parse(readFileSync(sharedPath(EXPORT)))
    expect(outcomes.map((o) => [o.status, o.parser])).toEqual(
      outcomes.map(() => ['ok', 'lens-json-v1']),
    )
    expect(outcomes.map((o) => o.record!.id)).toContain('US-9785570-B2')
    const granted = outcomes.find((o) => o.record!.id === 'US-9785570-B2')!.record!
    expect(granted.stage).toBe('grant')
    const claims = granted.claims[0]!.claims
    expect(claims[0]).toMatchObject({ number: 1, independent: true, dependsOn: [] })
    expect(claims.some((c) => c.dependsOn.includes(1))).toBe(true)
    // Texts keep their language: the Romanian record has its title in English and Romanian.
    const ro = outcomes.find((o) => o.record!.id === 'RO-135932-A2')!.record!
    expect(ro.titles.map((t) => t.lang).sort()).toEqual(['en', 'ro'])
    expect(granted.grantDate).toBe('2017-10-10')
    expect(granted.parties.applicants[0]).toMatchObject({ kind: 'organization', country: 'KR' })
  })

  it('leaves the pre-2021 schema to lens-json-2020 and reports a multi-record response', () => {
    const legacy = parse(
      readFileSync(sharedPath(`${LENS}/lens_patent_record_legacy_format_2020-12.json`)),
    )
    expect([legacy[0]!.status, legacy[0]!.parser]).toEqual(['ok', 'lens-json-2020'])
    // Read by this parser too (a pub_key beyond the sniffed head), through the same reader.
    const direct = lensJsonV1.parse(
      readFileSync(sharedPath(`${LENS}/lens_patent_record_legacy_format_2020-12.json`), 'utf8'),
      {},
    )
    expect(direct.record?.id).toBe('EP-1944033-A2')
    const record = JSON.parse(
      readFileSync(sharedPath(`${LENS}/lens_patent_search_response_EP2471949A1_2026.json`), 'utf8'),
    ) as { data: unknown[] }
    const two = new TextEncoder().encode(
      JSON.stringify({ total: 2, data: [record.data[0], record.data[0]] }),
    )
    expect(parse(two)[0]!.issues[0]!.message).toMatch(/search response with 2 records/)
  })

  it('fails one malformed line and keeps the others', () => {
    const lines = readFileSync(sharedPath(EXPORT), 'utf8').trim().split('\n')
    const broken = [lines[0], `${lines[1]!.slice(0, 200)}`, lines[2]].join('\n')
    const outcomes = parse(new TextEncoder().encode(`${broken}\n`))
    expect(outcomes.map((o) => o.status)).toEqual(['ok', 'failed', 'ok'])
    expect(outcomes[1]!.issues[0]!.message).toMatch(/not JSON/)
  })
})
