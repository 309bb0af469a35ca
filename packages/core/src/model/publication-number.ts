import type { DocumentId } from './document-id.js'

/** A publication number split into its parts, with `number` in the canonical form. */
export interface PublicationNumber {
  readonly country: string
  /** Canonical number: US grants without leading zeros, US pre-grant publications in 11 digits
   * (`20010029328`), EP in 7 digits, WO as `YYYY` + 6 digits. Prefixes `D`, `RE`, `PP`, `H`, `T` kept. */
  readonly number: string
  readonly kind?: string
}

/** The office prefixes that come between country and digits in US numbers. */
const US_PREFIXES = ['RE', 'PP', 'RX', 'AI', 'D', 'H', 'T', 'X'] as const

/**
 * Parses the common spellings of a publication number:
 * `US-10000000-B2`, `US10000000B2`, `US 10,000,000 B2`, DOCDB `US.2001029328.A1` and EPODOC
 * `US2001029328`, USPTO file names `USD0651432S1`, `USRE043210E1`, `USPP012345P2`,
 * `US 2001/0029328 A1`, `EP 0 000 067 A1`, `WO 02/093548 A2`, `JPH05328761A`.
 * Returns `undefined` when the text is not a publication number.
 *
 * @example parsePublicationNumber('US 10,000,000 B2') // { country: 'US', number: '10000000', kind: 'B2' }
 */
export function parsePublicationNumber(raw: string): PublicationNumber | undefined {
  const text = raw.trim().toUpperCase()
  // WO with a two-digit year and a slash: WO 02/093548, WO83/02053.
  const woShort = /^WO\s*-?(\d{2})\/(\d{4,6})\s*-?\s*([A-Z]\d?)?$/.exec(text)
  if (woShort) {
    const year = Number(woShort[1]) > 50 ? `19${woShort[1]}` : `20${woShort[1]}`
    return withKind('WO', `${year}${(woShort[2] ?? '').padStart(6, '0')}`, woShort[3])
  }
  const compact = text.replace(/[\s,./_-]+/g, '')
  const m = /^([A-Z]{2})([A-Z]{0,2})(\d+)([A-Z]\d?)?$/.exec(compact)
  if (!m) {
    return undefined
  }
  const country = m[1] ?? ''
  const prefix = m[2] ?? ''
  const digits = m[3] ?? ''
  const kind = m[4]
  if (country === 'US') {
    return parseUs(prefix, digits, kind)
  }
  if (prefix && country !== 'JP') {
    return undefined
  }
  return withKind(country, canonicalForeignNumber(country, prefix + digits), kind)
}

function parseUs(
  prefix: string,
  digits: string,
  kind: string | undefined,
): PublicationNumber | undefined {
  if (prefix) {
    if (!(US_PREFIXES as readonly string[]).includes(prefix)) {
      return undefined
    }
    return withKind('US', `${prefix}${stripZeros(digits)}`, kind)
  }
  // Pre-grant publications: 11 digits (20010029328) or DOCDB's 10 (2001029328).
  if (/^(19|20)\d{9}$/.test(digits)) {
    return withKind('US', digits, kind)
  }
  if (/^(19|20)\d{8}$/.test(digits) && digits.length === 10) {
    return withKind('US', `${digits.slice(0, 4)}0${digits.slice(4)}`, kind)
  }
  if (digits.length > 8) {
    return undefined
  }
  return withKind('US', stripZeros(digits), kind)
}

function canonicalForeignNumber(country: string, number: string): string {
  if (country === 'EP' && /^\d+$/.test(number)) {
    return number.padStart(7, '0')
  }
  if (country === 'WO' && /^\d{8}$/.test(number)) {
    // Old WO numbers: YYNNNNNN → 19YY00NNNN is wrong; WIPO's YY + 5/6 digits become YYYY + 6 digits.
    const yy = number.slice(0, 2)
    const year = Number(yy) > 50 ? `19${yy}` : `20${yy}`
    return `${year}${number.slice(2).padStart(6, '0')}`
  }
  return number
}

function stripZeros(digits: string): string {
  const s = digits.replace(/^0+/, '')
  return s === '' ? '0' : s
}

function withKind(country: string, number: string, kind: string | undefined): PublicationNumber {
  return kind ? { country, number, kind } : { country, number }
}

/** Canonical publication id used as the store key: `US-10000000-B2`, or `US-10000000` without kind. */
export function formatPublicationId(pn: PublicationNumber): string {
  return pn.kind ? `${pn.country}-${pn.number}-${pn.kind}` : `${pn.country}-${pn.number}`
}

/** Compact form: `US10000000B2`. */
export function formatCompact(pn: PublicationNumber): string {
  return `${pn.country}${pn.number}${pn.kind ?? ''}`
}

/**
 * DOCDB number form. The US pre-grant serial loses its leading zero (`2001029328`); everything
 * else equals the canonical number.
 */
export function docdbNumber(pn: PublicationNumber): string {
  if (pn.country === 'US' && /^(19|20)\d{2}0\d{6}$/.test(pn.number)) {
    return `${pn.number.slice(0, 4)}${pn.number.slice(5)}`
  }
  return pn.number
}

/** DOCDB form `US.2001029328.A1` (country, DOCDB number, kind, dot-separated). */
export function formatDocdb(pn: PublicationNumber): string {
  return [pn.country, docdbNumber(pn), pn.kind].filter(Boolean).join('.')
}

/** EPODOC form: country and DOCDB number, no kind (`US2001029328`, `EP0000067`). */
export function formatEpodoc(pn: PublicationNumber): string {
  return `${pn.country}${docdbNumber(pn)}`
}

/** The form USPTO prints on a patent: `US 10,000,000 B2`, `US 2001/0029328 A1`, `US D651,432 S1`. */
export function formatPrinted(pn: PublicationNumber): string {
  const kind = pn.kind ? ` ${pn.kind}` : ''
  if (pn.country !== 'US') {
    return `${pn.country} ${pn.number}${kind}`
  }
  if (/^(19|20)\d{9}$/.test(pn.number)) {
    return `US ${pn.number.slice(0, 4)}/${pn.number.slice(4)}${kind}`
  }
  const m = /^([A-Z]*)(\d+)$/.exec(pn.number)
  const prefix = m?.[1] ?? ''
  const digits = (m?.[2] ?? pn.number).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `US ${prefix}${digits}${kind}`
}

/** Canonical id of a `DocumentId`, or `undefined` when its number does not parse. */
export function documentIdToPublicationId(doc: DocumentId): string | undefined {
  const pn = parsePublicationNumber(`${doc.country}${doc.number}${doc.kind ?? ''}`)
  return pn ? formatPublicationId(pn) : undefined
}

/**
 * Normalises a `DocumentId` taken from a source: canonical number, kind upper-cased.
 * Numbers that do not parse (application numbers, odd foreign forms) are kept trimmed.
 */
export function normalizeDocumentId(doc: DocumentId): DocumentId {
  const pn = parsePublicationNumber(`${doc.country}${doc.number}`)
  const kind = doc.kind?.trim().toUpperCase() || undefined
  const out: DocumentId = { country: doc.country, number: pn?.number ?? doc.number.trim() }
  if (kind) {
    out.kind = kind
  }
  if (doc.date) {
    out.date = doc.date
  }
  return out
}

/**
 * Normalises an application number: separators removed (`09/123,456` → `09123456`),
 * upper-cased. US application numbers keep their two-digit series code.
 */
export function normalizeApplicationNumber(raw: string): string {
  return raw
    .trim()
    .toUpperCase()
    .replace(/[\s,./-]+/g, '')
}
