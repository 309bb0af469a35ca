import { textAt } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { countryCode, prune, type RawDoc } from '../../uspto-grant-v2/fragments/common.js'

// PAP is the ST.32 model in lower-case XML names: the DOC readers and normalisers are shared.
export {
  applicationId,
  countryCode,
  integer,
  prune,
  publicationId,
  type RawDoc,
} from '../../uspto-grant-v2/fragments/common.js'

/** Trimmed text of the element at `spec` below `el`; `undefined` when absent or empty. */
export function value(el: XmlElement | undefined, spec: string): string | undefined {
  return textAt(el, spec)
}

/** Reads a PAP `document-id` (`doc-number`, `kind-code`, `document-date`, `country-code`). */
export function readDocumentId(id: XmlElement | undefined): RawDoc {
  return prune({
    number: value(id, 'doc-number'),
    kind: value(id, 'kind-code'),
    date: value(id, 'document-date'),
    country: countryCode(value(id, 'country-code')),
  })
}
