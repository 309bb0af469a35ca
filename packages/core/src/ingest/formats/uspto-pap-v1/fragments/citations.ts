import type { Citation } from '../../../../model/citation.js'
import { documentIdToPublicationId } from '../../../../model/publication-number.js'
import { child, children, text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { prune, publicationId, readDocumentId, value } from './common.js'
import { readPerson } from './parties.js'

/**
 * Reads `technical-information/citation` (rare in pre-grant publications): a cited patent
 * (`cited-patent-literature` with `document-id` and the patentee `party`) or non-patent literature.
 * The PAP DTD does not say who cited, so the category is `unknown`.
 */
export function readCitations(tech: XmlElement | undefined): Citation[] {
  const out: Citation[] = []
  for (const citation of children(tech, 'citation')) {
    const patent = child(citation, 'cited-patent-literature')
    const document = publicationId(readDocumentId(child(patent, 'document-id')))
    if (document) {
      const party = child(patent, 'party')
      const citedName =
        value(party, 'organization-name') ?? readPerson(child(party, 'name'), {})?.name
      out.push(
        prune({
          document,
          documentRef: documentIdToPublicationId(document),
          category: 'unknown',
          citedName,
          sequence: out.length + 1,
        }),
      )
      continue
    }
    const npl = text(child(citation, 'cited-non-patent-literature'))
    if (npl) {
      out.push({ npl, category: 'unknown', sequence: out.length + 1 })
    }
  }
  return out
}
