import { toIsoDate, type DocumentId } from '../../../../model/document-id.js'
import { parsePublicationNumber } from '../../../../model/publication-number.js'
import { children, text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { readRawDocumentId, toDocumentId } from '../../uspto-v4-common/fragments/document-id.js'

/** The format of a `document-id`: its own `document-id-type` or its parent's `data-format`. */
function formatOf(id: XmlElement, parent: XmlElement): string {
  return id.attrs['document-id-type'] ?? parent.attrs['data-format'] ?? 'docdb'
}

/**
 * The `document-id`s of a DOCDB/OPS reference, possibly spread over several sibling references
 * with different `data-format`s (DOCDB) or one reference with several `document-id-type`s (OPS).
 */
export function documentIdsOf(refs: readonly XmlElement[]): Map<string, XmlElement> {
  const out = new Map<string, XmlElement>()
  for (const ref of refs) {
    for (const id of children(ref, 'document-id')) {
      const format = formatOf(id, ref)
      if (!out.has(format)) {
        out.set(format, id)
      }
    }
  }
  return out
}

/**
 * A reference as a `DocumentId`: the `docdb` form (country, number, kind, date) when present,
 * else the `epodoc` form (`EP2400812`, `EP20100167109`), dated from any form.
 */
export function pickDocumentId(
  refs: readonly XmlElement[],
  form: 'publication' | 'application' | 'printed',
): DocumentId | undefined {
  const ids = documentIdsOf(refs)
  const date = [...ids.values()].map((id) => toIsoDate(text(childNamed(id, 'date')))).find(Boolean)
  const docdb = ids.get('docdb')
  if (docdb) {
    const doc = toDocumentId(readRawDocumentId(docdb), form)
    if (doc) {
      return date && !doc.date ? { ...doc, date } : doc
    }
  }
  const epodoc = ids.get('epodoc')
  const printed = text(childNamed(epodoc, 'doc-number'))
  const m = /^([A-Z]{2})(.+)$/.exec(printed.replace(/\s+/g, ''))
  if (!m) {
    return undefined
  }
  const country = m[1] ?? ''
  let number = m[2] ?? ''
  if (form === 'publication') {
    number = parsePublicationNumber(`${country}${number}`)?.number ?? number
  }
  return { country, number, ...(date ? { date } : {}) }
}

function childNamed(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el ? children(el, name)[0] : undefined
}
