import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { familyKeys } from '../../../family/family-keys.js'
import { describeGoldenCases, type GoldenCase } from '../../../testing/golden.js'
import { parseDocument } from '../../parse-document.js'
import { escapeStrayLessThan } from '../office-xml-common/stray-markup.js'
import { epDtdVersion } from './detect.js'
import { epoPublicationV1, epStage } from './parser.js'

const GOLDEN = `${import.meta.dirname}/golden`
const EPS = 'data/go-epo-eps/pkg/eps/test-data'
const ST36 = 'data/PatentStandardization/data/st36_wipo_examples'

/** One small real document per DTD version (1.0 … 1.5.1) and per kind (A1, A2, B1, B2). */
const CASES: readonly GoldenCase[] = [
  { name: 'v1-0-bulletin-A1-EP1605745', source: `${EPS}/application/v1-0-A1-1.xml` },
  { name: 'v1-0-B2-EP0716240', source: `${EPS}/grant/v1-0-B2.xml` },
  { name: 'v1-01-A1', source: `${EPS}/application/v1-01-A1.xml` },
  { name: 'v1-1-A2', source: `${EPS}/application/v1-1-A2-1.xml` },
  { name: 'v1-2-A1', source: `${EPS}/application/v1-2-A1.xml` },
  { name: 'v1-3-B1', source: `${EPS}/grant/v1-3-B1-2.xml` },
  { name: 'v1-4-A1-fr', source: `${EPS}/application/v1-4-A1-2.xml` },
  { name: 'v1-4-B2-de', source: `${EPS}/grant/v1-4-B2-2.xml` },
  { name: 'v1-5-A2', source: `${EPS}/application/v1-5-A2.xml` },
  { name: 'v1-5-1-B1-fr', source: `${EPS}/grant/v1-5-1-B1-2.xml` },
  { name: 'v1-5-1-A1-search-report', source: `${EPS}/application/v1-5-1-A1-3.xml` },
  // WIPO's ST.36 example packages are EP documents in this DTD.
  { name: 'st36-a-example-EP1667425', source: `${ST36}/st36aexample/DOC00001.xml` },
  { name: 'st36-b-example-EP1599469', source: `${ST36}/st36bexample/DOC00001.xml` },
]

describeGoldenCases(epoPublicationV1, GOLDEN, CASES)

const doc = (body: string, biblio = ''): Uint8Array =>
  new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8"?>\n<ep-patent-document id="EP1A1" lang="en" country="EP" doc-number="1234567" kind="A1" date-publ="20200101" dtd-version="ep-patent-document-v1-5-1"><SDOBI lang="en"><B100><B110>1234567</B110><B130>A1</B130><B140><date>20200101</date></B140><B190>EP</B190></B100>${biblio}</SDOBI>${body}</ep-patent-document>`,
  )

describe('epoPublicationV1', () => {
  it('detects ep-patent-document and reads its DTD version', () => {
    expect(
      epoPublicationV1.detect(
        '<!DOCTYPE ep-patent-document PUBLIC "x"><ep-patent-document id="EP1">',
      ),
    ).toBe(true)
    expect(epoPublicationV1.detect('<us-patent-grant>')).toBe(false)
    expect(epDtdVersion('ep-patent-document-v1-5-1')).toBe('1.5.1')
    expect(epDtdVersion('ep-bulletin-v1-0')).toBe('1.0')
  })

  it('maps kinds to stages: A1/A2 application, A3 search report, B1/B2 grant', () => {
    expect(['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B9'].map(epStage)).toEqual([
      'application',
      'application',
      'search-report',
      'search-report',
      'grant',
      'grant',
      'grant',
    ])
  })

  it('reads claim dependencies from German and French wording', () => {
    const claims = (lang: string, ref: string): string =>
      `<claims id="c" lang="${lang}"><claim id="c1" num="0001"><claim-text>Ein Ding.</claim-text></claim><claim id="c2" num="0002"><claim-text>${ref}</claim-text></claim><claim id="c3" num="0003"><claim-text>x ${lang === 'de' ? 'nach einem der Ansprüche 1 bis 2' : "selon l'une des revendications 1 ou 2"}</claim-text></claim></claims>`
    const out = parseDocument(
      doc(claims('de', 'Ding nach Anspruch 1') + claims('fr', 'Chose selon la revendication 1')),
      { parsers: [epoPublicationV1] },
    )
    expect(out.status).toBe('ok')
    expect(out.record?.claims.map((s) => [s.lang, s.claims.map((c) => c.dependsOn)])).toEqual([
      ['de', [[], [1], [1, 2]]],
      ['fr', [[], [1], [1, 2]]],
    ])
  })

  it('reports an unknown publishing office and a missing number, never throwing', () => {
    const bad = new TextEncoder().encode(
      '<ep-patent-document id="X" lang="en" kind="A1"><SDOBI><B100><B110>1</B110><B190>QQ</B190></B100></SDOBI></ep-patent-document>',
    )
    const out = parseDocument(bad, { file: 'bad.xml', parsers: [epoPublicationV1] })
    expect(out.status).toBe('failed')
    expect(out.issues[0]?.message).toMatch(/unknown country code "QQ"/)
    const truncated = parseDocument(doc('<description><p>cut'), { parsers: [epoPublicationV1] })
    expect(truncated.status).toBe('failed')
    expect(
      truncated.issues.some(
        (i) => i.code === 'PARSE_MALFORMED_XML' || i.code === 'PARSE_TRUNCATED',
      ),
    ).toBe(true)
  })

  it('warns about an unknown DTD version and still reads the document', () => {
    const xml = new TextDecoder()
      .decode(doc(''))
      .replace('ep-patent-document-v1-5-1', 'ep-patent-document-v9-9')
    const out = parseDocument(new TextEncoder().encode(xml), {
      file: 'v9.xml',
      parsers: [epoPublicationV1],
    })
    expect(out.status).toBe('ok')
    expect(out.record?.source.formatVersion).toBe('9.9')
    expect(out.issues.map((i) => [i.severity, i.field])).toEqual([['warning', '@dtd-version']])
  })

  it('escapes a "<" the office left unescaped in text, with a warning', () => {
    expect(escapeStrayLessThan('<h><First Embodiment</h><p a="1">x</p>')).toEqual({
      text: '<h>&lt;First Embodiment</h><p a="1">x</p>',
      repairs: 1,
    })
    const out = parseDocument(
      doc('<description lang="en"><heading><Second Embodiment</heading></description>'),
      {
        parsers: [epoPublicationV1],
      },
    )
    expect(out.status).toBe('ok')
    expect(out.record?.descriptions[0]?.text).toBe('<Second Embodiment')
    expect(out.issues.map((i) => i.severity)).toEqual(['warning'])
  })

  it('keeps search-report citations with their category and phase', () => {
    const srep =
      '<search-report-data lang="en"><srep-citations><citation id="c1"><patcit dnum="US2020068759A1"><document-id><country>US</country><doc-number>2020068759</doc-number><kind>A1</kind></document-id></patcit><category>X</category><category>Y</category></citation><citation id="c2"><nplcit><text>SMITH: "Paper"</text></nplcit><category>A</category></citation></srep-citations></search-report-data>'
    const out = parseDocument(
      doc(srep, '<B500><B560><B561><text>US-A1- 2007 204 872</text></B561></B560></B500>'),
      {
        parsers: [epoPublicationV1],
      },
    )
    expect(out.record?.citations).toEqual([
      {
        document: { country: 'US', number: '20070204872', kind: 'A1' },
        documentRef: 'US-20070204872-A1',
        category: 'examiner',
        sequence: 1,
      },
      {
        document: { country: 'US', number: '20200068759', kind: 'A1' },
        documentRef: 'US-20200068759-A1',
        category: 'search-report',
        relevance: ['X', 'Y'],
        phase: 'SEA',
        sequence: 1,
      },
      {
        npl: 'SMITH: "Paper"',
        category: 'search-report',
        relevance: ['A'],
        phase: 'SEA',
        sequence: 2,
      },
    ])
  })
})

describe('an A3 (search report published separately), from the hand-written fixture', () => {
  // No A3 is among the shared samples; fixtures/README.md says how this one was written.
  const a3 = readFileSync(`${import.meta.dirname}/fixtures/hand-written-A3-EP3999991.xml`, 'utf8')
  const parse = (xml: string) =>
    parseDocument(new TextEncoder().encode(xml), { file: 'a3.xml', parsers: [epoPublicationV1] })

  it('is a search-report publication dated by B140, with no claims, abstract or grant date', () => {
    const out = parse(a3)
    expect(out.issues).toEqual([])
    expect(out.record).toMatchObject({
      id: 'EP-3999991-A3',
      publication: { country: 'EP', number: '3999991', kind: 'A3', date: '2022-06-08' },
      application: { country: 'EP', number: '20212345', date: '2020-12-07' },
      stage: 'search-report',
      priorityClaims: [{ country: 'CN', number: '201911234567', date: '2019-12-09' }],
    })
    const record = out.record!
    expect([record.claims, record.abstracts, record.descriptions]).toEqual([[], [], []])
    expect(record.grantDate).toBeUndefined()
    expect(record.claimCount).toBeUndefined()
    expect(record.titles.map((t) => t.lang)).toEqual(['de', 'en', 'fr'])
  })

  it('keeps the search report: cited documents with X/Y/A, the literature and the examiner', () => {
    const record = parse(a3).record!
    expect(
      record.citations.map((c) => [c.documentRef ?? c.npl?.slice(0, 9), c.relevance, c.category]),
    ).toEqual([
      ['US-20180001234-A1', ['X'], 'search-report'],
      ['EP-3000001-A1', ['Y'], 'search-report'],
      ['SMITH J: ', ['A'], 'search-report'],
    ])
    expect(record.parties.examiners.map((e) => e.name)).toEqual(['Example, Examiner'])
  })

  it('is its own publication in the family of the A2 it completes (same application)', () => {
    const a2 = a3
      .replace(/kind="A3"/, 'kind="A2"')
      .replace('<B130>A3</B130>', '<B130>A2</B130>')
      .replace(/<B140><date>20220608/, '<B140><date>20210616')
      .replace(/<B880>.*?<\/B880>/, '')
      .replace(
        /<search-report-data[\s\S]*<\/search-report-data>/,
        '<abstract id="abst" lang="en"><p id="p0001" num="0001">A gripper.</p></abstract><claims id="claims01" lang="en"><claim id="c-en-0001" num="0001"><claim-text>A robot gripper comprising a force sensor.</claim-text></claim></claims>',
      )
    const [recA2, recA3] = [parse(a2).record!, parse(a3).record!]
    expect(recA2).toMatchObject({ id: 'EP-3999991-A2', stage: 'application', claimCount: 1 })
    expect(recA3.id).not.toBe(recA2.id)
    expect(familyKeys(recA3)).toEqual(familyKeys(recA2))
  })
})
