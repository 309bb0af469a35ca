import type { RelatedDocument, RelationType } from '../../../../model/related-document.js'
import { child, children, descendants, path } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { applicationId, pdat, prune, publicationId, readDoc } from './common.js'

/** ST.32 `B6xx` elements holding a `PARENT-US` (child application, parent, parent status). */
const PARENT_RELATIONS: Readonly<Record<string, RelationType>> = {
  B610: 'other', // document of addition
  B620: 'division',
  B631: 'continuation',
  B632: 'continuation-in-part',
  B633: 'continuing-reissue',
  B640: 'reissue-of',
  B641US: 'reissue-of',
  B645: 'reexamination-of',
  B660: 'substitution',
}

/**
 * Reads `B600`, the related US documents: additions, divisions (B620), continuations (B630 with
 * B631 continuation, B632 continuation-in-part, B633 continuing reissue), reissues (B640),
 * reexaminations, substitutions, provisional applications (B680US) and the document's own earlier
 * pre-grant publication (B690US, `related-publication`).
 */
export function readRelated(sdobi: XmlElement | undefined): RelatedDocument[] {
  const out: RelatedDocument[] = []
  const b600 = child(sdobi, 'B600')
  for (const el of children(b600)) {
    if (el.name === 'B680US') {
      for (const doc of descendants(el, 'DOC')) {
        const document = applicationId(readDoc(doc))
        if (document) {
          out.push({ relation: 'provisional', document })
        }
      }
    } else if (el.name === 'B690US' || el.name === 'B650') {
      const document = publicationId(readDoc(child(el, 'DOC')))
      if (document) {
        out.push({ relation: 'related-publication', document })
      }
    } else {
      const holders = el.name === 'B630' ? children(el) : [el]
      for (const holder of holders) {
        const relation = PARENT_RELATIONS[holder.name]
        for (const parent of relation ? descendants(holder, 'PARENT-US') : []) {
          const related = readParent(parent, relation!)
          if (related) {
            out.push(related)
          }
        }
      }
    }
  }
  return out
}

/** `PARENT-US`: CDOC (the child application), PDOC (the parent), PSTA (status), PPUB (grant). */
function readParent(parent: XmlElement, relation: RelationType): RelatedDocument | undefined {
  const document = applicationId(readDoc(path(parent, 'PDOC/DOC')))
  if (!document) {
    return undefined
  }
  const child = applicationId(readDoc(path(parent, 'CDOC/DOC')))
  const parentGrant = publicationId(readDoc(path(parent, 'PPUB/DOC')))
  return prune({ relation, document, child, parentStatus: pdat(parent, 'PSTA'), parentGrant })
}
