import type { Citation, CitationCategory } from '../../../../model/citation.js'
import { documentIdToPublicationId } from '../../../../model/publication-number.js'
import { child, children, text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { prune, publicationId, readDoc } from './common.js'
import { readParty } from './parties.js'

/**
 * Reads `B560`: each `B561` patent citation (`PCIT` with `DOC`, the patentee `PARTY-US` and its
 * US class `PNC`) and each `B562` non-patent citation (`NCIT`), in printed order. The category
 * comes from the sibling flag: `CITED-BY-EXAMINER` → `examiner`; `CITED-BY-OTHER` → `applicant`,
 * because before the 2012 third-party submission rules everything the examiner did not cite came
 * from the applicant's information disclosure statements. No flag → `unknown`.
 */
export function readCitations(b500: XmlElement | undefined): Citation[] {
  const out: Citation[] = []
  for (const el of children(child(b500, 'B560'))) {
    if (el.name === 'B561') {
      const pcit = child(el, 'PCIT')
      const document = publicationId(readDoc(child(pcit, 'DOC')))
      if (!document) {
        continue
      }
      const party = child(pcit, 'PARTY-US')
      const citedName = party ? readParty(party)?.name : undefined
      out.push(
        prune({
          document,
          documentRef: documentIdToPublicationId(document),
          category: category(el, pcit),
          citedName,
          sequence: out.length + 1,
        }),
      )
    } else if (el.name === 'B562') {
      const ncit = child(el, 'NCIT')
      const npl = text(ncit)
      if (npl) {
        out.push({ npl, category: category(el, ncit), sequence: out.length + 1 })
      }
    }
  }
  return out
}

/** The flag may sit beside `PCIT`/`NCIT` (the usual place) or inside it. */
function category(el: XmlElement, cit: XmlElement | undefined): CitationCategory {
  if (child(el, 'CITED-BY-EXAMINER') ?? child(cit, 'CITED-BY-EXAMINER')) {
    return 'examiner'
  }
  if (child(el, 'CITED-BY-OTHER') ?? child(cit, 'CITED-BY-OTHER')) {
    return 'applicant'
  }
  return 'unknown'
}
