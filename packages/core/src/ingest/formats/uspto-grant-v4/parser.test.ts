import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../parse-document.js'
import { describeGoldenCases, type GoldenCase } from '../../../testing/golden.js'
import { usptoGrantV4 } from './parser.js'

const GOLDEN = join(import.meta.dirname, 'golden')
const FIXTURES = join(import.meta.dirname, 'fixtures')
const PV = 'data/PatentsView-DB/Assignee_Lawyer_Disambiguation/test/fixtures'

/** One small real grant per DTD version in ../shared, and one per document type. */
const CASES: readonly GoldenCase[] = [
  { name: 'v40-utility-US6838578B2', source: `${PV}/ipgxml/ipg050104.small.xml`, index: 18 },
  { name: 'v41-utility-US6981431B2', source: `${PV}/ipgxml/ipg060103.small.xml`, index: 3 },
  { name: 'v41-design-USD513434S1', source: `${PV}/ipgxml/ipg060103.small.xml`, index: 1 },
  { name: 'v41-sir-USH2140H1', source: `${PV}/ipgxml/ipg060103.small.xml`, index: 2 },
  { name: 'v42-utility-US7156074B2', source: `${PV}/ipgxml/ipg070102.small.xml`, index: 6 },
  { name: 'v42-design-USD656434S1', source: `${PV}/xml/ipg120327.196.xml`, index: 138 },
  { name: 'v42-plant-USPP18398P2', source: `${PV}/ipgxml/ipg080101.small.xml`, index: 6 },
  { name: 'v43-utility-US8420588B2', source: `${PV}/ipgxml/ipg130416.small.xml`, index: 19 },
  { name: 'v43-design-USD680199S1', source: `${PV}/ipgxml/ipg130416.small.xml`, index: 1 },
  {
    name: 'v45-utility-US8930553B2',
    source: 'data/USPTO-PatentPublicData/PatentDocument/resources/samples/xml2014/US08930553.xml',
  },
]

describeGoldenCases(usptoGrantV4, GOLDEN, CASES)

function parseFixture(name: string): ReturnType<typeof parseDocument> {
  const bytes = readFileSync(join(FIXTURES, name))
  return parseDocument(bytes, { file: name, offset: 0, parsers: [usptoGrantV4] })
}

describe('usptoGrantV4.detect', () => {
  it('accepts v4.x grants, by root tag or by DOCTYPE', () => {
    expect(usptoGrantV4.detect('<us-patent-grant lang="EN" dtd-version="v40 2004-12-02">')).toBe(
      true,
    )
    expect(
      usptoGrantV4.detect(
        '<?xml version="1.0"?>\n<us-patent-grant\ndtd-version="v4.7 2022-02-17">',
      ),
    ).toBe(true)
    expect(
      usptoGrantV4.detect(
        '<!DOCTYPE us-patent-grant SYSTEM "us-patent-grant-v42-2006-08-23.dtd" [ ]>',
      ),
    ).toBe(true)
  })

  it('rejects other DTDs and applications', () => {
    expect(usptoGrantV4.detect('<us-patent-grant dtd-version="v2.5">')).toBe(false)
    expect(
      usptoGrantV4.detect('<!DOCTYPE PATDOC SYSTEM "ST32-US-Grant-025xml.dtd" [ ]><PATDOC>'),
    ).toBe(false)
    expect(usptoGrantV4.detect('<us-patent-application dtd-version="v4.6 2022-02-17">')).toBe(false)
    expect(usptoGrantV4.detect('<us-patent-grant-x dtd-version="v4.5">')).toBe(false)
  })
})

describe('usptoGrantV4 claims', () => {
  const outcome = parseFixture('claim-refs.xml')
  const claims = outcome.record?.claims[0]?.claims ?? []

  it('resolves claim-ref idrefs to claim numbers, with several refs and printed ranges', () => {
    expect(outcome.status).toBe('ok')
    expect(claims.map((c) => [c.number, c.dependsOn, c.independent])).toEqual([
      [1, [], true],
      [2, [1], false],
      [3, [1, 2], false],
      [4, [1, 2, 3], false],
      [5, [], false],
      [6, [], false],
      [7, [4, 3], false],
    ])
  })

  it('expands a cancelled claim range into cancelled claims', () => {
    expect(claims.filter((c) => c.cancelled).map((c) => [c.number, c.text])).toEqual([
      [5, '5-6. (canceled)'],
      [6, '5-6. (canceled)'],
    ])
  })

  it('flattens nested claim-text one per line and warns about an unknown idref', () => {
    expect(claims[6]?.text).toBe(
      '7. A method of making the widget of claim 4, comprising:\nshaping; and\npainting as in claim 3.',
    )
    expect(outcome.issues).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'claims/claim/claim-ref' }),
    ])
  })
})

describe('usptoGrantV4 bad input', () => {
  it('reports a truncated document with its number', () => {
    const outcome = parseFixture('truncated.xml')
    expect(outcome.status).toBe('failed')
    expect(outcome.documentNumber).toBe('US-9999999-B2')
    expect(outcome.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'PARSE_TRUNCATED',
        message: expect.stringMatching(
          /<claim> is never closed \(and 2 enclosing elements\) at offset \d+/,
        ),
      }),
    ])
  })

  it('reports mismatched tags as malformed XML with the offset', () => {
    const outcome = parseFixture('mismatched.xml')
    expect(outcome.status).toBe('failed')
    expect(outcome.documentNumber).toBe('US-9999999-B2')
    expect(outcome.issues).toEqual([
      expect.objectContaining({
        code: 'PARSE_MALFORMED_XML',
        message: expect.stringMatching(/mismatched tags: <b> closed implicitly at offset \d+/),
      }),
    ])
  })

  it('reports a missing publication number', () => {
    const outcome = parseFixture('missing-doc-number.xml')
    expect(outcome.status).toBe('failed')
    expect(outcome.issues).toEqual([
      expect.objectContaining({
        code: 'PARSE_MISSING_FIELD',
        field: 'publication-reference/document-id/doc-number',
      }),
    ])
  })

  it('never throws on a document that is not a grant at all', () => {
    expect(usptoGrantV4.parse('<us-patent-application/>', {}).issues[0]?.code).toBe(
      'PARSE_MISSING_FIELD',
    )
    expect(usptoGrantV4.parse('', {}).issues[0]?.code).toBe('PARSE_MALFORMED_XML')
  })
})

describe('usptoGrantV4 reissue (hand-written, no reissue in ../shared)', () => {
  const record = parseFixture('reissue.xml').record

  it('reads the RE number, the reissued patent and the term', () => {
    expect(record?.id).toBe('US-RE45123-E1')
    expect(record?.documentType).toBe('reissue')
    expect(record?.relatedDocuments).toEqual([
      {
        relation: 'reissue-of',
        document: { country: 'US', number: '12987654', date: '2009-01-01' },
        child: { country: 'US', number: '14123456' },
        parentGrant: { country: 'US', number: '8000001', kind: 'B2', date: '2011-08-16' },
      },
    ])
    expect(record?.term).toEqual({
      terminalDisclaimer: true,
      disclaimerText: 'This patent is subject to a terminal disclaimer.',
    })
  })

  it('reads third-party and npl citations and a person assignee', () => {
    expect(record?.citations).toEqual([
      {
        document: { country: 'JP', number: '2001123456', kind: 'A', date: '2001-04-05' },
        documentRef: 'JP-2001123456-A',
        category: 'third-party',
        sequence: 1,
      },
      { npl: 'Smith, Widgets, 2003.', category: 'applicant', sequence: 2 },
    ])
    expect(record?.parties.assignees).toEqual([
      {
        name: 'Doe, Jane',
        kind: 'person',
        lastName: 'Doe',
        firstName: 'Jane',
        country: 'US',
        city: 'Austin',
        state: 'TX',
        roleCode: '04',
      },
    ])
  })
})
