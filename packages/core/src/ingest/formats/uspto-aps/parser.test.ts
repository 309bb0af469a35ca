import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { describeGoldenCases, splitFile } from '../../../testing/golden.js'
import { hasShared, sharedPath } from '../../../testing/shared-data.js'
import { parseDocument } from '../../parse-document.js'
import { apsIpc, apsUspc } from './fragments/classifications.js'
import { parseWku } from './fragments/identity.js'
import { usptoAps } from './parser.js'
import { claimReferences } from './us-text.js'

const here = dirname(fileURLToPath(import.meta.url))
const SAMPLES = 'data/USPTO-PatentPublicData/PatentDocument/resources/samples/greenbook'

describeGoldenCases(usptoAps, join(here, 'golden'), [
  { name: 'US3932709', source: `${SAMPLES}/US03932709.greenbook` },
  { name: 'US3937375', source: `${SAMPLES}/US03937375.greenbook` },
  { name: 'US4347903', source: `${SAMPLES}/US04347903.greenbook` },
])

/** Parses a hand-written APS document through the whole pipeline (decode, detect, validate). */
function parse(text: string) {
  return parseDocument(new TextEncoder().encode(text), { text: true, parsers: [usptoAps] })
}

const TINY = [
  'PATN',
  'WKU  039999994',
  'SRC  5',
  'APN  5123456',
  'APT  1',
  'APD  19740102',
  'TTL  A very long title that the green book wraps onto a second line',
  '      which is indented by six spaces',
  'ISD  19760203',
  'NCL  3',
  'INVT',
  'NAM  Doe; Jane Q.',
  'CTY  Springfield',
  'STA  IL',
  'CLMS',
  'STM  I claim:',
  'NUM  1.',
  'PAR  1. A widget comprising a frame.',
  'NUM  2.',
  'PAR  2. The widget as set forth in claim 1, wherein the frame',
  '      is made of steel.',
  'NUM  3.',
  'PAR  3. The widget of claims 1 or 2, painted.',
  '',
].join('\n')

describe('uspto-aps', () => {
  it('detects PATN text and nothing else', () => {
    expect(usptoAps.detect('PATN\nWKU  039373754\n')).toBe(true)
    expect(usptoAps.detect('PATN  \r\nWKU  039373754\r\n')).toBe(true)
    expect(usptoAps.detect('<?xml version="1.0"?>\n<PATN>')).toBe(false)
    expect(usptoAps.detect('PATNAIK; Raj\n')).toBe(false)
  })

  it('joins continuation lines and reads the check-digit numbers', () => {
    const out = parse(TINY)
    expect(out.status).toBe('ok')
    const r = out.record!
    expect(r.id).toBe('US-3999999-A')
    expect(r.titles).toEqual([
      {
        lang: 'en',
        text: 'A very long title that the green book wraps onto a second line which is indented by six spaces',
      },
    ])
    expect(r.application).toEqual({ country: 'US', number: '05512345', date: '1974-01-02' })
    expect(r.grantDate).toBe('1976-02-03')
    expect(r.parties.inventors).toEqual([
      {
        name: 'Doe, Jane Q.',
        kind: 'person',
        lastName: 'Doe',
        firstName: 'Jane Q.',
        country: 'US',
        city: 'Springfield',
        state: 'IL',
        sequence: 1,
      },
    ])
  })

  it('reads claim dependencies from the claim text', () => {
    const claims = parse(TINY).record!.claims[0]!.claims
    expect(claims.map((c) => [c.number, c.dependsOn, c.independent])).toEqual([
      [1, [], true],
      [2, [1], false],
      [3, [1, 2], false],
    ])
    expect(claims[1]!.text).toBe(
      '2. The widget as set forth in claim 1, wherein the frame is made of steel.',
    )
  })

  it('fails a document without WKU, naming the field', () => {
    const out = parse(TINY.replace('WKU  039999994\n', ''))
    expect(out.status).toBe('failed')
    expect(out.issues).toEqual([
      expect.objectContaining({ severity: 'error', code: 'PARSE_MISSING_FIELD', field: 'WKU' }),
    ])
  })

  it('reports an unreadable WKU with the raw value as document number', () => {
    const out = parse(TINY.replace('039999994', 'XYZ-1'))
    expect(out.status).toBe('failed')
    expect(out.issues[0]).toMatchObject({ code: 'PARSE_INVALID_FIELD', field: 'WKU' })
    expect(out.documentNumber).toBe('XYZ-1')
  })

  it('maps design, reissue and plant numbers to their kinds', () => {
    const id = (wku: string, apt: string) =>
      parse(TINY.replace('039999994', wku).replace('APT  1', `APT  ${apt}`)).record?.id
    expect(id('D02413531', '4')).toBe('US-D241353-S')
    expect(id('RE0284754', '2')).toBe('US-RE28475-E')
    expect(id('PP0035684', '6')).toBe('US-PP3568-P')
    expect(parseWku('039373754')).toEqual({ prefix: '', number: '3937375' })
  })

  it('skips the APS file header record', () => {
    const out = parseDocument(new TextEncoder().encode('HHHHHT  APS1 tape header\n'), {
      text: true,
      parsers: [usptoAps],
    })
    expect(out.status).toBe('skipped')
    expect(out.skipped).toMatch(/not a patent publication/)
  })

  it.each([
    ['The method of claim 1, wherein', 5, [1]],
    ['as claimed in any one of claims 1 to 3', 5, [1, 2, 3]],
    ['according to claim 1 or claim 2', 5, [1, 2]],
    ['of claims 2-4 and 6', 9, [2, 3, 4, 6]],
    ['An apparatus comprising 3 claims', 5, []],
    ['The method of claim 7', 5, []],
  ])('claimReferences(%j, %i)', (text, own, expected) => {
    expect(claimReferences(text, own)).toEqual(expected)
  })

  it.each([
    ['224 4207', '224/42.07'],
    ['214450', '214/450'],
    ['179  2DD', '179/2DD'],
    ['340172.5', '340/172.5'],
    ['224 42.03R', '224/42.03R'],
  ])('apsUspc(%j) = %s', (raw, expected) => {
    expect(apsUspc(raw)).toBe(expected)
  })

  it.each([
    ['B60R  900', 'B60R 9/00'],
    ['G01G 1904', 'G01G 19/04'],
    ['H04M 1100', 'H04M 11/00'],
  ])('apsIpc(%j) = %s', (raw, expected) => {
    expect(apsIpc(raw)).toBe(expected)
  })

  it.runIf(hasShared(SAMPLES))('holds one patent per sample file', () => {
    for (const name of ['US03932709', 'US03937375', 'US04347903']) {
      const docs = splitFile(readFileSync(sharedPath(`${SAMPLES}/${name}.greenbook`)))
      expect(docs.map((d) => d.offset)).toEqual([0])
    }
  })
})
