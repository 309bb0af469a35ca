import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeGoldenCases, type GoldenCase } from '../../../testing/golden.js'
import { parseDocument } from '../../parse-document.js'
import { PARSERS } from '../../registry.js'
import { lensJson2020 } from './parser.js'

const GOLDEN = join(import.meta.dirname, 'golden')

/** The one recorded record of the pre-2021 schema (Lens API documentation, December 2020). */
const CASES: readonly GoldenCase[] = [
  {
    name: 'record-2020-ep-a2-EP1944033A2',
    source: 'data/api-responses/lens/lens_patent_record_legacy_format_2020-12.json',
  },
]

describeGoldenCases(lensJson2020, GOLDEN, CASES)

const encode = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value))

describe('lensJson2020', () => {
  const record = {
    lens_id: '000-000-000-000-001',
    jurisdiction: 'WO',
    pub_key: 'WO_2019_123456_A1',
    pub_date: '2019-06-27',
    filing_key: 'CN_2018000001_A_20180101',
    type: 'Patent Application',
    applicant: ['SHENZHEN ROBOT CO LTD', 'ZHANG SAN'],
    inventor: ['ZHANG SAN'],
    title: [{ lang: 'ZH', text: '一种机器人' }],
    classification_cpc: ['B25J9/16', 'not a symbol'],
    pat_cit: [{ pub_key: 'US_5834442_A' }, { pub_key: 'garbage' }],
  }

  it('reads keys, names, texts and citations of a record, in a search envelope too', () => {
    for (const body of [record, { total: 1, data: [record] }]) {
      const out = parseDocument(encode(body))
      expect(out.parser).toBe('lens-json-2020')
      expect(out.status).toBe('ok')
      expect(out.record).toMatchObject({
        id: 'WO-2019123456-A1',
        publication: { country: 'WO', number: '2019123456', kind: 'A1', date: '2019-06-27' },
        application: { country: 'CN', number: '2018000001', date: '2018-01-01' },
        stage: 'application',
        titles: [{ lang: 'zh', text: '一种机器人' }],
        classifications: [{ scheme: 'cpc', symbol: 'B25J 9/16' }],
      })
      expect(out.record!.parties.applicants.map((p) => p.kind)).toEqual(['organization', 'unknown'])
      expect(out.record!.citations.map((c) => c.document?.number)).toEqual(['5834442'])
      // A bad symbol and a bad citation key are warnings naming the field; the record stays.
      expect(out.issues.map((i) => i.field)).toEqual(['classification_cpc', 'pat_cit[1].pub_key'])
    }
  })

  it('fails a record without a readable pub_key, naming the field and the Lens id', () => {
    const out = parseDocument(encode({ ...record, pub_key: 'WO2019' }))
    expect(out.status).toBe('failed')
    expect(out.documentNumber).toBe('000-000-000-000-001')
    expect(out.issues[0]?.message).toMatch(/pub_key/)
  })

  it('is tried before the 2021+ parser, which would not read these fields', () => {
    const ids = PARSERS.map((p) => p.id)
    expect(ids.indexOf('lens-json-2020')).toBeLessThan(ids.indexOf('lens-json-v1'))
  })
})
