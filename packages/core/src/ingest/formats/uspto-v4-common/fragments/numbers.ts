import type { DocumentId } from '../../../../model/document-id.js'
import type { DocumentType } from '../../../../model/patent.js'
import { formatPublicationId } from '../../../../model/publication-number.js'
import { child } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import type { MapContext } from '../context.js'
import { parseCountryNumber, readRawDocumentId, toDocumentId } from './document-id.js'

/** The publication number of a document, read from `publication-reference`. */
export interface PublicationRef {
  /** Canonical id (`US-D651432-S1`), or `undefined` when the number does not parse. */
  readonly id?: string
  /** The publication as a `DocumentId`; absent when `doc-number` is missing. */
  readonly document?: DocumentId
  /** The number as printed, for error reports. */
  readonly printed?: string
}

/**
 * Reads `publication-reference/document-id`. `fallbackDate` (`date-publ` of the root) fills a
 * missing date. Country defaults to `US`.
 */
export function readPublication(el: XmlElement | undefined, fallbackDate?: string): PublicationRef {
  const raw = readRawDocumentId(child(el, 'document-id'))
  if (!raw.number) {
    return {}
  }
  const country = raw.country?.toUpperCase() ?? 'US'
  const pn = parseCountryNumber(country, raw.number, raw.kind?.toUpperCase())
  const document = toDocumentId({ ...raw, date: raw.date ?? fallbackDate }, 'publication', 'US')
  return {
    id: pn ? formatPublicationId(pn) : undefined,
    document,
    printed: `${country}${raw.number}${raw.kind ?? ''}`,
  }
}

/**
 * Reads `application-reference`: the application number with its two-digit series code.
 * USPTO prints the series code separately (`us-application-series-code`); a six-digit number
 * gets it prepended.
 */
export function readApplication(
  el: XmlElement | undefined,
  seriesCode: string | undefined,
): DocumentId | undefined {
  const raw = readRawDocumentId(child(el, 'document-id'))
  const doc = toDocumentId(raw, 'application', 'US')
  if (doc && doc.country === 'US' && /^\d{6}$/.test(doc.number) && seriesCode) {
    const series = seriesCode.trim()
    if (/^\d{2}$/.test(series)) {
      doc.number = `${series}${doc.number}`
    }
  }
  return doc
}

const APPL_TYPES: Readonly<Record<string, DocumentType>> = {
  utility: 'utility',
  design: 'design',
  plant: 'plant',
  reissue: 'reissue',
  sir: 'statutory-invention-registration',
  'defensive-publication': 'defensive-publication',
}

/**
 * The document type from `application-reference/@appl-type`, or else from the number prefix
 * (`D`, `PP`, `RE`, `H`, `T`) of the canonical publication number.
 */
export function documentTypeOf(
  applType: string | undefined,
  publicationNumber: string | undefined,
  ctx: MapContext,
): DocumentType {
  const key = applType?.trim().toLowerCase()
  const mapped = key ? APPL_TYPES[key] : undefined
  if (mapped) {
    return mapped
  }
  if (key) {
    ctx.warn('application-reference/@appl-type', `unknown application type "${applType}"`)
  }
  const prefix = /^([A-Z]*)/.exec(publicationNumber ?? '')?.[1] ?? ''
  switch (prefix) {
    case '':
      return publicationNumber ? 'utility' : 'unknown'
    case 'D':
      return 'design'
    case 'PP':
      return 'plant'
    case 'RE':
      return 'reissue'
    case 'H':
      return 'statutory-invention-registration'
    case 'T':
      return 'defensive-publication'
    default:
      return 'unknown'
  }
}
