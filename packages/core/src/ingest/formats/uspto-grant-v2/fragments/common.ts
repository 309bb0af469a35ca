import { toIsoDate, type DocumentId } from '../../../../model/document-id.js'
import {
  normalizeApplicationNumber,
  normalizeDocumentId,
} from '../../../../model/publication-number.js'
import { textAt } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'

/** A `DOC` element as printed: number, date, kind and country, each trimmed, absent when empty. */
export interface RawDoc {
  readonly number?: string
  readonly date?: string
  readonly kind?: string
  readonly country?: string
}

/**
 * Text of the element at `spec` below `el`. ST.32 wraps every value in `PDAT` (and names in
 * `STEXT`), so the text of the named element is the value. `undefined` when absent or empty.
 */
export function pdat(el: XmlElement | undefined, spec: string): string | undefined {
  return textAt(el, spec)
}

/** Reads an ST.32 `DOC` (`DNUM`, `DATE`, `KIND`, `CTRY`). */
export function readDoc(doc: XmlElement | undefined): RawDoc {
  return prune({
    number: pdat(doc, 'DNUM'),
    date: pdat(doc, 'DATE'),
    kind: pdat(doc, 'KIND'),
    country: countryCode(pdat(doc, 'CTRY')),
  })
}

/** A two-letter office code, upper-cased, or `undefined` for anything else. */
export function countryCode(raw: string | undefined): string | undefined {
  const c = raw?.trim().toUpperCase()
  return c && /^[A-Z]{2}$/.test(c) ? c : undefined
}

/**
 * A cited or related *publication*: number canonicalised where it parses (`D. 271298` →
 * `D271298`, `WO99/20849` → `1999020849`), kind kept unless it is the `00` placeholder.
 */
export function publicationId(raw: RawDoc, fallbackCountry = 'US'): DocumentId | undefined {
  if (!raw.number) {
    return undefined
  }
  const country = raw.country ?? fallbackCountry
  const kind = raw.kind && raw.kind !== '00' ? raw.kind : undefined
  return normalizeDocumentId(
    prune({ country, number: stripCountry(raw.number, country), kind, date: toIsoDate(raw.date) }),
  )
}

/**
 * A related *application*: separators removed (`09/413215` → `09413215`), no kind (ST.32 writes
 * `00` there). International applications (`PCT/NO98/00107`) are WO filings whatever the printed
 * country says.
 */
export function applicationId(raw: RawDoc, fallbackCountry = 'US'): DocumentId | undefined {
  if (!raw.number) {
    return undefined
  }
  const number = normalizeApplicationNumber(raw.number)
  if (!number) {
    return undefined
  }
  const country = number.startsWith('PCT') ? 'WO' : (raw.country ?? fallbackCountry)
  return prune({ country, number, date: toIsoDate(raw.date) })
}

/** A whole number, or `undefined` for text that is not one. */
export function integer(raw: string | undefined): number | undefined {
  return raw && /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : undefined
}

/** Removes keys whose value is `undefined` or the empty string (the model has no empty fields). */
export function prune<T extends object>(obj: T): T {
  for (const key of Object.keys(obj) as (keyof T)[]) {
    if (obj[key] === undefined || obj[key] === '') {
      delete obj[key]
    }
  }
  return obj
}

function stripCountry(number: string, country: string): string {
  const n = number.trim()
  return n.toUpperCase().startsWith(country) && /^[A-Z]{2}\s*[\d/]/.test(n) ? n.slice(2) : n
}
