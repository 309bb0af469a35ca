import type { DocumentId } from '../../../model/document-id.js'
import { parsePublicationNumber } from '../../../model/publication-number.js'

/**
 * Parses a patent citation as EPO publications print it in `B561`:
 * `WO-A1-2014/114885`, `US-A1- 2007 204 872`, `EP-A- 0 361 708`, `WO-A-83/02277`,
 * `JP-A-81 108 020`, `CN-U- 202 128 028` — country, kind, number. Returns `undefined` when the
 * text does not have that shape.
 */
export function parsePrintedCitation(raw: string): DocumentId | undefined {
  const m = /^\s*([A-Z]{2})\s*-\s*([A-Z]\d?)?\s*-\s*(.+?)\s*$/.exec(raw.toUpperCase())
  if (!m) {
    return undefined
  }
  const country = m[1] ?? ''
  const kind = m[2]
  const printed = (m[3] ?? '').replace(/\s+/g, '')
  let number = printed.replace(/[^A-Z0-9/]/g, '')
  if (country === 'WO' && /^\d{2}\/\d+$/.test(number)) {
    number = parsePublicationNumber(`WO${number}`)?.number ?? number.replace('/', '')
  } else if (/^\d{4}\/\d+$/.test(number)) {
    number = number.replace('/', '')
  }
  number = number.replace(/\//g, '')
  if (!/^[A-Z0-9]+$/.test(number)) {
    return undefined
  }
  const pn = parsePublicationNumber(`${country}${number}`)
  const out: DocumentId = { country, number: pn?.number ?? number }
  if (kind) {
    out.kind = kind
  }
  return out
}
