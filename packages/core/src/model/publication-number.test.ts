import { describe, expect, it } from 'vitest'
import {
  formatCompact,
  formatDocdb,
  formatEpodoc,
  formatPrinted,
  formatPublicationId,
  normalizeApplicationNumber,
  parsePublicationNumber,
} from './publication-number.js'

const id = (raw: string): string | undefined => {
  const pn = parsePublicationNumber(raw)
  return pn ? formatPublicationId(pn) : undefined
}

describe('parsePublicationNumber', () => {
  it.each([
    ['US-10000000-B2', 'US-10000000-B2'],
    ['US10000000B2', 'US-10000000-B2'],
    ['US 10,000,000 B2', 'US-10000000-B2'],
    ['us 10000000 b2', 'US-10000000-B2'],
    ['US.10000000.B2', 'US-10000000-B2'],
    ['US06336130B1', 'US-6336130-B1'],
    ['US06336130', 'US-6336130'],
    ['USD0651432S1', 'US-D651432-S1'],
    ['US D651,432 S1', 'US-D651432-S1'],
    ['USRE043210E1', 'US-RE43210-E1'],
    ['USRE30536E', 'US-RE30536-E'],
    ['USPP012345P2', 'US-PP12345-P2'],
    ['USH0001234H', 'US-H1234-H'],
    ['US20010029328A1', 'US-20010029328-A1'],
    ['US 2001/0029328 A1', 'US-20010029328-A1'],
    ['US2001029328A1', 'US-20010029328-A1'],
    ['US.2001029328.A1', 'US-20010029328-A1'],
    ['EP0000067A1', 'EP-0000067-A1'],
    ['EP 0 000 067 A1', 'EP-0000067-A1'],
    ['EP67A1', 'EP-0000067-A1'],
    ['EP-1915753-B1', 'EP-1915753-B1'],
    ['WO2002093548A2', 'WO-2002093548-A2'],
    ['WO 02/093548 A2', 'WO-2002093548-A2'],
    ['WO83/02053', 'WO-1983002053'],
    ['JPH05328761A', 'JP-H05328761-A'],
    ['CN103690190A', 'CN-103690190-A'],
    ['DE-28947-C', 'DE-28947-C'],
  ])('%s → %s', (raw, expected) => {
    expect(id(raw)).toBe(expected)
  })

  it.each(['', 'hello', '12345', 'US', 'USXY123', 'US123456789012'])('rejects %j', (raw) => {
    expect(parsePublicationNumber(raw)).toBeUndefined()
  })
})

describe('formats', () => {
  const pgpub = parsePublicationNumber('US20010029328A1')!
  const grant = parsePublicationNumber('US10000000B2')!
  const design = parsePublicationNumber('USD0651432S1')!

  it('writes DOCDB and EPODOC forms with the 10-digit US pre-grant serial', () => {
    expect(formatDocdb(pgpub)).toBe('US.2001029328.A1')
    expect(formatEpodoc(pgpub)).toBe('US2001029328')
    expect(formatEpodoc(grant)).toBe('US10000000')
  })

  it('writes the compact and printed forms', () => {
    expect(formatCompact(grant)).toBe('US10000000B2')
    expect(formatPrinted(grant)).toBe('US 10,000,000 B2')
    expect(formatPrinted(pgpub)).toBe('US 2001/0029328 A1')
    expect(formatPrinted(design)).toBe('US D651,432 S1')
  })

  it('round-trips every printed form back to the same id', () => {
    for (const raw of ['US10000000B2', 'USD0651432S1', 'US20010029328A1', 'USRE043210E1']) {
      const pn = parsePublicationNumber(raw)!
      expect(id(formatPrinted(pn))).toBe(formatPublicationId(pn))
      expect(id(formatDocdb(pn))).toBe(formatPublicationId(pn))
    }
  })
})

describe('normalizeApplicationNumber', () => {
  it('drops separators and keeps the series code', () => {
    expect(normalizeApplicationNumber('09/123,456')).toBe('09123456')
    expect(normalizeApplicationNumber(' pct/us2019/012345 ')).toBe('PCTUS2019012345')
  })
})
