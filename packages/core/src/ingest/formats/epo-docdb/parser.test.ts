import { describe, expect, it } from 'vitest'
import { describeContainerGoldenCases } from '../../../testing/container-golden.js'
import type { GoldenCase } from '../../../testing/golden.js'
import { parseDocument } from '../../parse-document.js'
import { parseClassificationText } from '../office-xml-common/ipcr-text.js'
import { categoryOfPhase } from './fragments/citations.js'
import { epoDocdb } from './parser.js'

const GOLDEN = `${import.meta.dirname}/golden`
const DOCDB = 'data/go-epo-bdds/pkg/epo_docdb/test-data'

/** Every DOCDB sample: a bulk exchange file (10 documents) and single documents (AP, WO, YU). */
const CASES: readonly GoldenCase[] = [
  { name: 'exchange-2.5.9-DE-backfile', source: `${DOCDB}/DE-backfile.xml` },
  { name: 'AP-1206-A', source: `${DOCDB}/AP-1206-A_302101161.xml` },
  { name: 'WO-2022259205-A1', source: `${DOCDB}/WO-2022259205-A1_544370561.xml` },
  { name: 'WO-2023012807-A1', source: `${DOCDB}/WO-2023012807-A1_507242069.xml` },
  { name: 'YU-6701-A', source: `${DOCDB}/YU-6701-A_381353354.xml` },
]

describeContainerGoldenCases(epoDocdb, GOLDEN, CASES)

const exchange = (country: string, body = ''): string =>
  `<exch:exchange-document xmlns:exch="http://www.epo.org/exchange" country="${country}" doc-number="123" kind="A1" family-id="77" date-publ="20200102"><exch:bibliographic-data>${body}</exch:bibliographic-data></exch:exchange-document>`

describe('epoDocdb', () => {
  it('reads the family id, priority claims and citations with their phase', () => {
    const body = `<exch:priority-claims><exch:priority-claim sequence="1" data-format="docdb"><document-id><country>US</country><doc-number>202163230089</doc-number><kind>P</kind><date>20210806</date></document-id></exch:priority-claim></exch:priority-claims><exch:references-cited><exch:citation cited-phase="ISR" sequence="1"><patcit num="1"><document-id><country>US</country><doc-number>2020223945</doc-number><kind>A1</kind></document-id></patcit><category>XY</category></exch:citation><exch:citation cited-phase="APP" sequence="2"><nplcit><text>A paper</text></nplcit></exch:citation><exch:citation cited-phase="OPP" sequence="3"><patcit><document-id><country>DE</country><doc-number>1258188</doc-number><kind>B</kind></document-id></patcit></exch:citation></exch:references-cited>`
    const out = parseDocument(new TextEncoder().encode(exchange('WO', body)), {
      parsers: [epoDocdb],
    })
    const record = out.parts?.[0]?.record
    expect(record?.id).toBe('WO-123-A1')
    expect(record?.family).toEqual({ docdb: '77' })
    expect(record?.priorityClaims).toEqual([
      { country: 'US', number: '202163230089', date: '2021-08-06', sequence: 1 },
    ])
    expect(
      record?.citations.map((c) => [c.documentRef ?? c.npl, c.category, c.phase, c.relevance]),
    ).toEqual([
      ['US-20200223945-A1', 'search-report', 'ISR', ['X', 'Y']],
      ['A paper', 'applicant', 'APP', undefined],
      ['DE-1258188-B', 'opposition', 'OPP', undefined],
    ])
  })

  it('reports a document with an unknown office and keeps the others', () => {
    const file = `<exch:exchange-documents xmlns:exch="http://www.epo.org/exchange">${exchange('QZ')}${exchange('XY')}${exchange('DE')}</exch:exchange-documents>`
    const out = parseDocument(new TextEncoder().encode(file), {
      file: 'x.xml',
      parsers: [epoDocdb],
    })
    expect(out.status).toBe('ok')
    expect(out.parts?.map((p) => [p.status, p.documentNumber])).toEqual([
      ['ok', 'QZ-123-A1'],
      ['failed', 'XY123A1'],
      ['ok', 'DE-123-A1'],
    ])
    expect(out.parts?.[1]?.issues[0]?.message).toMatch(/unknown country code "XY"/)
  })

  it('maps phases to categories and parses fixed-layout IPCR/CPC text', () => {
    expect(['SEA', 'EXA', 'APP', 'OPP', 'TPO', undefined].map((p) => categoryOfPhase(p))).toEqual([
      'search-report',
      'examiner',
      'applicant',
      'opposition',
      'third-party',
      'unknown',
    ])
    expect(parseClassificationText('A61K   9/16        20060101A I20051008RMEP', 'ipc')).toEqual({
      scheme: 'ipc',
      symbol: 'A61K 9/16',
      role: 'inventive',
      version: '20060101',
    })
    expect(parseClassificationText('C07D 271/113       20130101 LA20200617BCEP', 'cpc')?.role).toBe(
      'additional',
    )
  })
})
