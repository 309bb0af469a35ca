import { toIsoDate, type DocumentId } from '../../../../model/document-id.js'
import {
  normalizeApplicationNumber,
  normalizeDocumentId,
  parsePublicationNumber,
} from '../../../../model/publication-number.js'

/**
 * A publication number as BigQuery writes it (`US-4327738-A`, `EP-0000067-A1`, `WO-2001045550-A2`;
 * scraped rows also `USD463627S1` or `US-3166731` without kind) as a `DocumentId`.
 */
export function publicationDocument(raw: string, date?: unknown): DocumentId | undefined {
  const pn = parsePublicationNumber(raw)
  if (!pn) {
    return undefined
  }
  const doc: DocumentId = normalizeDocumentId({
    country: pn.country,
    number: pn.number,
    kind: pn.kind,
  })
  const iso = isoFromInt(date)
  if (iso) {
    doc.date = iso
  }
  return doc
}

/**
 * An application number as BigQuery writes it: `US-201113284154-A`, `EP-12345678-A`, `CN-2006800123-A`
 * (country, number, application kind). Returns country and the number without separators.
 */
export function applicationParts(raw: string): { country: string; number: string } | undefined {
  const m = /^([A-Z]{2})-?(.+?)(?:-[A-Z]\d?)?$/.exec(raw.trim().toUpperCase())
  if (!m) {
    return undefined
  }
  const number = normalizeApplicationNumber(m[2] ?? '')
  return number ? { country: m[1]!, number } : undefined
}

/** BigQuery dates are integers `YYYYMMDD`; `0` means unknown. */
export function isoFromInt(value: unknown): string | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') {
    return undefined
  }
  return toIsoDate(String(value))
}
