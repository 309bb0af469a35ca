import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { describeGoldenCases, splitFile } from '../../../testing/golden.js'
import { hasShared, NO_SHARED, sharedPath } from '../../../testing/shared-data.js'
import { parseDocument, type DocumentOutcome } from '../../parse-document.js'
import { detectParser } from '../../registry.js'
import { detectPap } from './detect.js'
import { uspcSymbol } from './fragments/classification.js'
import { usptoPapV1 } from './parser.js'

const here = dirname(fileURLToPath(import.meta.url))
const minimal = readFileSync(join(here, 'fixtures', 'pap-minimal.xml'), 'utf8')
const parse = (text: string): DocumentOutcome =>
  parseDocument(new TextEncoder().encode(text), { file: 'pap.xml', parsers: [usptoPapV1] })
const errorCodes = (o: DocumentOutcome): string[] =>
  o.issues.filter((i) => i.severity === 'error').map((i) => i.code)

const SAMPLES = 'data/USPTO-PatentPublicData/PatentDocument/resources/samples/pap'
const GO_USPTO = 'data/go-uspto/pkg/uspto/test-data/application'
const PATENTSVIEW = 'data/PatentsView-DB/Assignee_Lawyer_Disambiguation/test/fixtures/xml'

describeGoldenCases(usptoPapV1, join(here, 'golden'), [
  { name: 'v1-5-A1-US20010009014', source: `${SAMPLES}/US20010009014A1.xml` },
  { name: 'v1-5-A1-no-declaration-US20010000044', source: `${SAMPLES}/US20010000044A1.xml` },
  { name: 'v1-5-A1-US20010000002', source: `${GO_USPTO}/v1-5-A1_2.xml` },
  { name: 'v1-6-A1-US20040000002', source: `${PATENTSVIEW}/pa040101.two.xml` },
])

describe('uspto-pap-v1 on every PAP document of the shared samples', () => {
  it.each([
    [SAMPLES, 3],
    [GO_USPTO, 2],
    [PATENTSVIEW, 1],
  ])(`%s holds %i documents that all parse ${hasShared() ? '' : NO_SHARED}`, (folder, count) => {
    if (!hasShared(folder)) {
      return
    }
    const outcomes: DocumentOutcome[] = []
    let withRoot = 0
    for (const file of readdirSync(sharedPath(folder)).filter((f) => /\.xml$/i.test(f))) {
      const bytes = readFileSync(sharedPath(`${folder}/${file}`))
      let docs: ReturnType<typeof splitFile> = []
      try {
        docs = splitFile(bytes)
      } catch {
        continue // not a patent container (a stray README-like file)
      }
      for (const doc of docs) {
        const text = new TextDecoder().decode(doc.bytes)
        withRoot += /<patent-application-publication[\s>]/.test(text) ? 1 : 0
        if (detectPap(text.slice(0, 4096))) {
          // The registry must hand these documents to this parser, not to an earlier one.
          expect(detectParser(text.slice(0, 4096))?.id, file).toBe(usptoPapV1.id)
          const o = parseDocument(doc.bytes, { file, offset: doc.offset, parsers: [usptoPapV1] })
          expect(
            o.issues.filter((i) => i.severity === 'error'),
            file,
          ).toEqual([])
          outcomes.push(o)
        }
      }
    }
    expect(outcomes.map((o) => o.status)).toEqual(Array<string>(count).fill('ok'))
    expect(withRoot).toBe(count)
  })
})

describe('uspto-pap-v1 hand-written fixtures', () => {
  it('reads a minimal v1.6 publication', () => {
    const o = parse(minimal)
    expect(o.issues).toEqual([])
    const r = o.record!
    expect(r.id).toBe('US-20020000001-A1')
    expect(r.stage).toBe('application')
    expect(r.source).toEqual({
      format: 'uspto-pap-v1',
      formatVersion: 'pap-v16-2002-01-01',
      file: 'pap.xml',
    })
    expect(r.titles[0]?.text).toBe('Spade with ±5° blade α')
    expect(r.descriptions[0]?.text).toBe('DETAILED DESCRIPTION\nThe spade digs.')
    expect(r.classifications).toEqual([
      { scheme: 'ipc', symbol: 'A01B 1/00', role: 'main', version: '07' },
      { scheme: 'uspc', symbol: '172/13.5', role: 'main' },
    ])
    expect(r.relatedDocuments).toEqual([
      {
        relation: 'provisional',
        document: { country: 'US', number: '60200001', date: '2000-07-03' },
      },
    ])
    expect(r.citations).toEqual([
      {
        document: { country: 'US', number: '5000001', kind: 'A' },
        documentRef: 'US-5000001-A',
        category: 'unknown',
        citedName: 'Ek, Bo',
        sequence: 1,
      },
      { npl: 'Digging Monthly, 1999.', category: 'unknown', sequence: 2 },
    ])
    expect(r.parties.agents).toEqual([
      {
        name: 'SMITH & JONES LLP',
        kind: 'organization',
        country: 'US',
        city: 'Boise',
        state: 'ID',
      },
    ])
  })

  it('resolves dependent-claim-reference depends_on, expanding "claims 1 through 2"', () => {
    const claims = parse(minimal).record!.claims[0]!.claims
    expect(claims.map((c) => [c.number, c.dependsOn, c.independent])).toEqual([
      [1, [], true],
      [2, [1], false],
      [3, [1, 2], false],
    ])
    expect(claims[0]?.text).toBe('1. A spade comprising:\na blade; and\na handle.')
    expect(claims[1]?.text).toBe('2. The spade of claim 1, wherein the blade is steel.')
  })

  it('reads dependencies from the wording when no reference is marked up, with a warning', () => {
    const o = parse(minimal.replace(/<\/?dependent-claim-reference[^>]*>/g, ''))
    expect(o.record!.claims[0]!.claims.map((c) => c.dependsOn)).toEqual([[], [1], [1, 2]])
    expect(o.issues.map((i) => i.code)).toEqual(['PARSE_INVALID_FIELD'])
  })

  it('accepts a bogus DOCTYPE and no XML declaration with a warning', () => {
    const body = minimal.slice(minimal.indexOf('<patent-application-publication>'))
    const o = parse(`<!DOCTYPE simple PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">\n${body}`)
    expect(o.status).toBe('ok')
    expect(o.record?.source.formatVersion).toBeUndefined()
    expect(o.issues.map((i) => i.severity)).toEqual(['warning'])
  })

  it('reports a truncated document as PARSE_TRUNCATED under its number', () => {
    const o = parse(minimal.slice(0, minimal.indexOf('<subdoc-claims>')))
    expect(errorCodes(o)).toEqual(['PARSE_TRUNCATED'])
    expect(o.documentNumber).toBe('US-20020000001-A1')
  })

  it('reports a missing publication number as PARSE_MISSING_FIELD', () => {
    const o = parse(minimal.replace('<doc-number>20020000001</doc-number>', ''))
    expect(errorCodes(o)).toEqual(['PARSE_MISSING_FIELD'])
    expect(o.issues[0]?.field).toBe('document-id/doc-number (publication number)')
  })

  it.each([
    [
      '<?xml version="1.0"?>\n<!DOCTYPE patent-application-publication SYSTEM "pap-v15-2001-01-31.dtd" [',
      true,
    ],
    [
      '<!DOCTYPE simple PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">\n<patent-application-publication>',
      true,
    ],
    [
      '<?xml version="1.0"?>\n<!DOCTYPE us-patent-application SYSTEM "us-patent-application-v44.dtd" []>',
      false,
    ],
    ['<?xml version="1.0"?>\n<!DOCTYPE PATDOC SYSTEM "ST32-US-Grant-025xml.dtd" [', false],
    ['<?xml version="1.0"?>\n<!DOCTYPE sequence-cwu SYSTEM "us-sequence-listing.dtd" []>', false],
  ])('detects %j → %s', (head, expected) => {
    expect(usptoPapV1.detect(head)).toBe(expected)
  })

  it.each([
    ['705', '026000', '705/26'],
    ['002', '069000', '2/69'],
    ['427', '532600', '427/532.6'],
    ['D14', '480000', 'D14/480'],
  ])('USPC %s + %s → %s', (klass, subclass, symbol) => {
    expect(uspcSymbol(klass, subclass)).toBe(symbol)
  })
})
