import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { describeGoldenCases, splitFile } from '../../../testing/golden.js'
import { hasShared, NO_SHARED, sharedPath } from '../../../testing/shared-data.js'
import { parseDocument, type DocumentOutcome } from '../../parse-document.js'
import { detectParser } from '../../registry.js'
import { detectPatdoc } from './detect.js'
import { ipcSymbol, locarnoSymbol, uspcSymbol } from './fragments/classification.js'
import { documentType } from './fragments/publication.js'
import { usptoGrantV2 } from './parser.js'

const here = dirname(fileURLToPath(import.meta.url))
const fixture = (name: string): string => readFileSync(join(here, 'fixtures', name), 'utf8')
const parse = (text: string | Uint8Array): DocumentOutcome =>
  parseDocument(typeof text === 'string' ? new TextEncoder().encode(text) : text, {
    file: 'fixture.sgm',
    parsers: [usptoGrantV2],
  })
const errorCodes = (o: DocumentOutcome): string[] =>
  o.issues.filter((i) => i.severity === 'error').map((i) => i.code)

const GRANTS = 'data/go-uspto/pkg/uspto/test-data/grant'
const SGML = 'data/USPTO-PatentPublicData/PatentDocument/resources/samples/sgml'

describeGoldenCases(usptoGrantV2, join(here, 'golden'), [
  { name: 'v2-5-B1-US6334226', source: `${GRANTS}/v2-5-B1.xml` },
  { name: 'v2-5-B2-US6530116', source: `${GRANTS}/v2-5-B2.xml` },
  { name: 'v2-5-S1-USD452599', source: `${GRANTS}/v2-5-S1.xml` },
  { name: 'v2-5-B1-US6336130', source: `${SGML}/US06336130.xml` },
  { name: 'v2-4-S-USD435854', source: `${SGML}/USD435854S1.xml` },
])

describe('uspto-grant-v2 on every PATDOC document of the shared samples', () => {
  it.each([
    [SGML, 3],
    [GRANTS, 3],
  ])(`%s holds %i documents that all parse ${hasShared() ? '' : NO_SHARED}`, (folder, count) => {
    if (!hasShared(folder)) {
      return
    }
    const outcomes: DocumentOutcome[] = []
    let withPatdoc = 0
    for (const file of readdirSync(sharedPath(folder)).filter((f) => /\.xml$/i.test(f))) {
      for (const doc of splitFile(readFileSync(sharedPath(`${folder}/${file}`)))) {
        const head = new TextDecoder().decode(doc.bytes.subarray(0, 4096))
        withPatdoc += /<PATDOC[\s>]/.test(new TextDecoder().decode(doc.bytes)) ? 1 : 0
        if (detectPatdoc(head)) {
          // The registry must hand these documents to this parser, not to an earlier one.
          expect(detectParser(head)?.id, file).toBe(usptoGrantV2.id)
          const o = parseDocument(doc.bytes, { file, offset: doc.offset, parsers: [usptoGrantV2] })
          expect(
            o.issues.filter((i) => i.severity === 'error'),
            file,
          ).toEqual([])
          outcomes.push(o)
        }
      }
    }
    expect(outcomes.map((o) => o.status)).toEqual(Array<string>(count).fill('ok'))
    expect(withPatdoc).toBe(count)
  })
})

describe('uspto-grant-v2 hand-written fixtures', () => {
  const sgml = fixture('sgml-2001-no-end-tags.sgm')

  it('reads 2001 SGML without XML declaration and without end tags of EMPTY elements', () => {
    const o = parse(sgml)
    expect(o.issues).toEqual([])
    const r = o.record!
    expect(r.id).toBe('US-6169999-B1')
    expect(r.source).toEqual({
      format: 'uspto-grant-v2',
      formatVersion: 'v2.4',
      file: 'fixture.sgm',
      produced: '2000-10-02',
    })
    expect(r.titles).toEqual([{ lang: 'en', text: 'Widget with λ/4 plate — test fixture' }])
    expect(r.citations.map((c) => c.category)).toEqual(['examiner', 'applicant'])
    expect(r.citations[1]?.npl).toBe('A. Author, “A Paper”, 1998.')
    expect(r.claims[0]?.claims.map((c) => c.dependsOn)).toEqual([[], [1]])
    expect(r.term).toEqual({ extensionDays: 120, terminalDisclaimer: true })
    expect(r.parties.inventors).toEqual([
      {
        name: 'Doe, Jane',
        kind: 'person',
        lastName: 'Doe',
        firstName: 'Jane',
        country: 'US',
        city: 'Austin',
        state: 'TX',
      },
    ])
    expect(r.classifications).toEqual([
      { scheme: 'ipc', symbol: 'H04L 12/28', role: 'main', version: '7' },
      { scheme: 'uspc', symbol: '370/389', role: 'main' },
    ])
  })

  it('splits concatenated SGML documents at their DOCTYPE lines', () => {
    const docs = splitFile(
      new TextEncoder().encode(sgml + sgml.replace('<PDAT>06169999', '<PDAT>06170000')),
    )
    expect(docs.map((d) => parse(d.bytes).documentNumber)).toEqual([
      'US-6169999-B1',
      'US-6170000-B1',
    ])
  })

  it('reports a truncated document as PARSE_TRUNCATED under its number', () => {
    const o = parse(sgml.slice(0, Math.floor(sgml.length * 0.6)))
    expect(o.status).toBe('failed')
    expect(errorCodes(o)).toEqual(['PARSE_TRUNCATED'])
    expect(o.documentNumber).toBe('US-6169999-B1')
  })

  it('reports a missing patent number as PARSE_MISSING_FIELD naming B110', () => {
    const o = parse(sgml.replace(/<B110>.*?<\/B110>/, ''))
    expect(errorCodes(o)).toEqual(['PARSE_MISSING_FIELD'])
    expect(o.issues[0]?.field).toContain('B110')
  })

  it('reports mismatched tags as PARSE_MALFORMED_XML', () => {
    const o = parse(sgml.replace('</B540>', '</B541>'))
    expect(errorCodes(o)).toContain('PARSE_MALFORMED_XML')
    expect(o.documentNumber).toBe('US-6169999-B1')
  })

  it('keeps unknown entities readable and warns', () => {
    const o = parse(sgml.replace('&mdash;', '&zzunknown;'))
    expect(o.status).toBe('ok')
    expect(o.record?.titles[0]?.text).toBe('Widget with λ/4 plate &zzunknown; test fixture')
    expect(o.issues.map((i) => `${i.severity} ${i.message}`)).toEqual([
      'warning malformed XML: unknown entities &zzunknown; kept as text',
    ])
  })

  it('resolves CLREF dependencies, expanding "claims 1 to 3"', () => {
    const claims = parse(fixture('clref-ranges.xml')).record!.claims[0]!.claims
    expect(claims.map((c) => [c.number, c.dependsOn, c.independent])).toEqual([
      [1, [], true],
      [2, [1], false],
      [3, [2], false],
      [4, [1, 2, 3], false],
      [5, [2, 4], false],
      [6, [], true],
    ])
    expect(claims[0]?.text).toBe('1. A device comprising:\na first part; and\na second part.')
  })
})

describe('uspto-grant-v2 detection and field formats', () => {
  it.each([
    ['<?xml version="1.0"?>\n<!DOCTYPE PATDOC SYSTEM "ST32-US-Grant-025xml.dtd" [', true],
    ['<!DOCTYPE PATDOC PUBLIC "-//USPTO//DTD ST.32 US PATENT GRANT V2.4 2000-09-20//EN" [', true],
    ['<?xml version="1.0"?>\n<PATDOC DTD="2.5">', true],
    [
      '<?xml version="1.0"?>\n<!DOCTYPE us-patent-grant SYSTEM "us-patent-grant-v45.dtd" []>',
      false,
    ],
    ['<!DOCTYPE patent-application-publication SYSTEM "pap-v15-2001-01-31.dtd">', false],
    ['<?xml version="1.0"?>\n<!DOCTYPE sequence-cwu SYSTEM "us-sequence-listing.dtd" []>', false],
  ])('%j → %s', (head, expected) => {
    expect(usptoGrantV2.detect(head)).toBe(expected)
  })

  it.each([
    ['G06F 1516', 'G06F 15/16'],
    ['A47L  514', 'A47L 5/14'],
    ['E03C 104', 'E03C 1/04'],
    ['B32B302', 'B32B 3/02'],
    ['A61K 314439', 'A61K 31/4439'],
    ['C07D40112', 'C07D 401/12'],
  ])('IPC %j → %s', (raw, symbol) => {
    expect(ipcSymbol(raw)).toBe(symbol)
  })

  it.each([
    ['709202', '709/202'],
    [' 15328', '15/328'],
    [' 153276', '15/327.6'],
    ['4304951', '430/495.1'],
    ['428 641', '428/64.1'],
    ['4675', '4/675'],
    ['D14480', 'D14/480'],
    ['D 1106', 'D1/106'],
  ])('USPC %j → %s', (raw, symbol) => {
    expect(uspcSymbol(raw)).toBe(symbol)
  })

  it.each([
    ['6336130', 'B1', 'utility'],
    ['D435854', 'S', 'design'],
    ['RE37000', 'E', 'reissue'],
    ['PP12345', 'P2', 'plant'],
    ['H1234', 'H', 'statutory-invention-registration'],
  ])('document type of %s %s is %s', (number, kind, type) => {
    expect(documentType(number, kind)).toBe(type)
  })

  it('reads design Locarno classes', () => {
    expect([locarnoSymbol('1402'), locarnoSymbol('0101'), locarnoSymbol('G06F')]).toEqual([
      '14-02',
      '01-01',
      undefined,
    ])
  })
})
