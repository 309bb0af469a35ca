import { toIsoDate, type DocumentId } from '../../../../model/document-id.js'
import {
  normalizeApplicationNumber,
  parsePublicationNumber,
  type PublicationNumber,
} from '../../../../model/publication-number.js'
import { child, text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'

/** The fields of a `document-id` element as printed, trimmed; absent when empty. */
export interface RawDocumentId {
  readonly country?: string
  readonly number?: string
  readonly kind?: string
  readonly date?: string
  /** Patentee name printed in citations. */
  readonly name?: string
}

/**
 * How to normalise a number: `publication` (canonical publication number, office prefixes kept),
 * `application` (separators removed, series code kept; PCT numbers keep their slashes) or
 * `printed` (trimmed only, e.g. foreign priority numbers).
 */
export type NumberForm = 'publication' | 'application' | 'printed'

/** Reads the children of a `document-id` in one pass. */
export function readRawDocumentId(el: XmlElement | undefined): RawDocumentId {
  const out: Record<string, string> = {}
  for (const c of el?.children ?? []) {
    if (typeof c === 'string') {
      continue
    }
    const key = c.name === 'doc-number' ? 'number' : c.name
    if (
      key === 'country' ||
      key === 'number' ||
      key === 'kind' ||
      key === 'date' ||
      key === 'name'
    ) {
      const value = text(c)
      if (value) {
        out[key] = value
      }
    }
  }
  return out
}

/**
 * Parses a publication number given as country + number + kind. Numbers that already carry their
 * country (`WO00/29629`, `DE19812345`) are parsed as printed.
 */
export function parseCountryNumber(
  country: string,
  number: string,
  kind?: string,
): PublicationNumber | undefined {
  const k = kind ?? ''
  const upper = number.trim().toUpperCase()
  if (upper.startsWith(country)) {
    const own = parsePublicationNumber(`${upper}${k}`)
    if (own) {
      return own
    }
  }
  return parsePublicationNumber(`${country}${upper}${k}`)
}

/**
 * The 2004 DTD prints some US pre-grant publication numbers without their year (`0193250`,
 * kind `A1`, dated 2004-09-30); the year comes back from the date: `20040193250`.
 */
function withPgpubYear(country: string, raw: RawDocumentId): string {
  const number = raw.number ?? ''
  const year = /^(20\d\d)/.exec(raw.date ?? '')?.[1]
  if (country === 'US' && year && /^A[129]$/i.test(raw.kind ?? '') && /^\d{1,7}$/.test(number)) {
    return `${year}${number.padStart(7, '0')}`
  }
  return number
}

/**
 * Turns a printed `document-id` into a model `DocumentId`, normalising the number by `form`.
 * Returns `undefined` when the number is missing or the country is not an ST.3 code (and no
 * `defaultCountry` applies: USPTO omits `country` on some US references).
 */
export function toDocumentId(
  raw: RawDocumentId,
  form: NumberForm,
  defaultCountry?: string,
): DocumentId | undefined {
  const country = raw.country?.toUpperCase() ?? defaultCountry
  if (!raw.number || !country || !/^[A-Z]{2}$/.test(country)) {
    return undefined
  }
  let kind = raw.kind?.toUpperCase()
  let number: string
  if (form === 'publication') {
    number = parseCountryNumber(country, withPgpubYear(country, raw))?.number ?? raw.number
  } else if (form === 'application') {
    number = /^PCT/i.test(raw.number)
      ? raw.number.toUpperCase().replace(/\s+/g, '')
      : normalizeApplicationNumber(raw.number)
    // `00` is the ST.36 kind of an application: it says nothing more than the field itself.
    kind = kind === '00' ? undefined : kind
  } else {
    number = raw.number
  }
  if (!number) {
    return undefined
  }
  const out: DocumentId = { country, number }
  if (kind && kind.length <= 3) {
    out.kind = kind
  }
  const date = toIsoDate(raw.date)
  if (date) {
    out.date = date
  }
  return out
}

/** `toDocumentId` of the `document-id` child of `el` (`parent-doc`, `related-publication`…). */
export function childDocumentId(
  el: XmlElement | undefined,
  form: NumberForm,
  defaultCountry?: string,
): DocumentId | undefined {
  return toDocumentId(readRawDocumentId(child(el, 'document-id')), form, defaultCountry)
}
