import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { describeGoldenCases, splitFile } from '../../../testing/golden.js'
import { hasShared, sharedPath } from '../../../testing/shared-data.js'
import { parseDocument } from '../../parse-document.js'
import { usptoBrs } from './parser.js'

const here = dirname(fileURLToPath(import.meta.url))
const SAMPLE =
  'data/USPTO-PatentPublicData/PatentDocument/resources/samples/css_brs/css_brs_sample.txt'

describeGoldenCases(usptoBrs, join(here, 'golden'), [
  { name: 'US9204581B2', source: SAMPLE, index: 0 },
  { name: 'US9204585B2', source: SAMPLE, index: 4 },
  { name: 'US9204586B2', source: SAMPLE, index: 5 },
])

const TINY = [
  '09999999\tB2\t20151201\t13000001\t1234',
  'A tiny title',
  '*** BRS DOCUMENT BOUNDARY ***',
  'WKU 09999999',
  'APT B2',
  'DID US 9999999 B2',
  'GISD 20151201',
  'APNR 13000001',
  'AFD 20120102',
  'TTL A tiny title that wraps',
  '      onto a second line',
  'URPN 4922253',
  'URNM Nathanson et al.',
  'URPD 19900500',
  'URGP US 4922253 A 19900500 Nathanson et al. cited by examiner',
  'ORPL Smith, "A paper," 2001. cited by',
  '      applicant',
  'CLST What is claimed is:',
  'CLPR  1. A widget.',
  'CLPR  2. The widget of claim 1, red.',
  'CLPR  wherein the red is bright.',
  '',
].join('\n')

function parse(text: string) {
  return parseDocument(new TextEncoder().encode(text), { text: true, parsers: [usptoBrs] })
}

describe('uspto-brs', () => {
  it('reads number, title, claims and citation categories', () => {
    const out = parse(TINY)
    expect(out.status).toBe('ok')
    const r = out.record!
    expect(r.id).toBe('US-9999999-B2')
    expect(r.titles[0]!.text).toBe('A tiny title that wraps onto a second line')
    expect(r.claims[0]!.claims.map((c) => [c.number, c.dependsOn])).toEqual([
      [1, []],
      [2, [1]],
    ])
    expect(r.claims[0]!.claims[1]!.text).toBe(
      '2. The widget of claim 1, red.\nwherein the red is bright.',
    )
    expect(r.citations).toEqual([
      {
        document: { country: 'US', number: '4922253', kind: 'A' },
        documentRef: 'US-4922253-A',
        category: 'examiner',
        citedName: 'Nathanson et al.',
        sequence: 1,
      },
      { npl: 'Smith, "A paper," 2001.', category: 'applicant', sequence: 2 },
    ])
  })

  it('falls back to WKU and the summary line when DID is absent', () => {
    const out = parse(TINY.replace('DID US 9999999 B2\n', ''))
    expect(out.record?.id).toBe('US-9999999-B2')
  })

  it('fails a document without any number, naming WKU', () => {
    const text = TINY.split('\n')
      .filter((l) => !/^(WKU|DID|\d{8}\t)/.test(l))
      .join('\n')
    const out = parse(text)
    expect(out.status).toBe('failed')
    expect(out.issues).toEqual([
      expect.objectContaining({ code: 'PARSE_MISSING_FIELD', field: 'WKU' }),
    ])
  })

  it.runIf(hasShared(SAMPLE))('splits the sample into its six documents', () => {
    const bytes = readFileSync(sharedPath(SAMPLE))
    const docs = splitFile(bytes)
    expect(docs).toHaveLength(6)
    const ids = docs.map(
      (d) => parseDocument(d.bytes, { text: true, parsers: [usptoBrs] }).record?.id,
    )
    expect(ids).toEqual([
      'US-9204581-B2',
      'US-9204582-B2',
      'US-9204583-B2',
      'US-9204584-B2',
      'US-9204585-B2',
      'US-9204586-B2',
    ])
    // Each document starts at its summary line and its bytes are exactly the file's.
    for (const d of docs) {
      expect(Buffer.compare(bytes.subarray(d.offset, d.offset + d.bytes.length), d.bytes)).toBe(0)
      expect(new TextDecoder().decode(d.bytes.subarray(0, 9))).toMatch(/^09204\d{3}\t/)
    }
  })
})
