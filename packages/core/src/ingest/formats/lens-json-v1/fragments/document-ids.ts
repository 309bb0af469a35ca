import { toIsoDate, type DocumentId } from '../../../../model/document-id.js'
import { normalizeDocumentId } from '../../../../model/publication-number.js'
import type { JsonObject, LensReader } from '../lens-fields.js'

/**
 * A Lens document id (`{jurisdiction, doc_number, kind, date}`) in the model's form, numbers
 * normalised as the other parsers do; `undefined` without an office code and number.
 */
export function documentId(
  r: LensReader,
  obj: JsonObject | undefined,
  path: string,
): DocumentId | undefined {
  const country = r.string(obj, 'jurisdiction', `${path}.jurisdiction`).toUpperCase()
  const number = r.string(obj, 'doc_number', `${path}.doc_number`).replace(/[\s,/-]/g, '')
  if (!/^[A-Z]{2}$/.test(country) || number === '') {
    return undefined
  }
  const doc: DocumentId = { country, number }
  const kind = r.string(obj, 'kind', `${path}.kind`).toUpperCase()
  if (/^[A-Z0-9]{1,3}$/.test(kind)) {
    doc.kind = kind
  }
  const date = toIsoDate(r.string(obj, 'date', `${path}.date`))
  if (date) {
    doc.date = date
  }
  return normalizeDocumentId(doc)
}
