import { toIsoDate } from '../../../../model/document-id.js'
import type { PctData } from '../../../../model/patent.js'
import type { RelatedDocument, RelationType } from '../../../../model/related-document.js'
import { child, children, path } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { applicationId, prune, publicationId, readDocumentId, value } from './common.js'

/** `continuity-data` children (and `continuations` grandchildren) holding a `parent-child`. */
const PARENT_CHILD: Readonly<Record<string, RelationType>> = {
  'division-of': 'division',
  'continuation-of': 'continuation',
  'continuation-in-part-of': 'continuation-in-part',
  'continuing-reissue-of': 'continuing-reissue',
  'reissue-of': 'reissue-of',
  'substitution-for': 'substitution',
  // A 35 USC 371 national stage of a PCT application; the model has no closer relation.
  'a-371-of-international': 'other',
}

/**
 * Reads `continuity-data`: divisions, continuations (continuation, continuation-in-part,
 * continuing reissue), 371 national stages, substitutions, reissues, the provisional
 * applications a non-provisional claims (`non-provisional-of-provisional`) and the publication a
 * corrected republication replaces (`corrected-republication-of`).
 */
export function readContinuity(bib: XmlElement | undefined): RelatedDocument[] {
  const out: RelatedDocument[] = []
  for (const el of children(child(bib, 'continuity-data'))) {
    if (el.name === 'non-provisional-of-provisional') {
      const document = applicationId(readDocumentId(child(el, 'document-id')))
      if (document) {
        out.push({ relation: 'provisional', document })
      }
    } else if (el.name === 'corrected-republication-of') {
      const document = publicationId(readDocumentId(child(el, 'document-id')))
      if (document) {
        out.push({ relation: 'correction', document })
      }
    } else {
      for (const holder of el.name === 'continuations' ? children(el) : [el]) {
        const relation = PARENT_CHILD[holder.name]
        const related = relation
          ? readParentChild(child(holder, 'parent-child'), relation)
          : undefined
        if (related) {
          out.push(related)
        }
      }
    }
  }
  return out
}

function readParentChild(
  pc: XmlElement | undefined,
  relation: RelationType,
): RelatedDocument | undefined {
  const document = applicationId(readDocumentId(path(pc, 'parent/document-id')))
  if (!document) {
    return undefined
  }
  return prune({
    relation,
    document,
    child: applicationId(readDocumentId(path(pc, 'child/document-id'))),
    parentStatus: value(pc, 'parent-status'),
    parentGrant: publicationId(readDocumentId(path(pc, 'parent-patent/document-id'))),
  })
}

/**
 * Reads `international-conventions`: the PCT application, the 371(c) date (else the 102(e) date)
 * and the PCT publication. `undefined` when absent.
 */
export function readPct(bib: XmlElement | undefined): PctData | undefined {
  const ic = child(bib, 'international-conventions')
  if (!ic) {
    return undefined
  }
  const pct: PctData = prune({
    filing: applicationId(readDocumentId(path(ic, 'pct-application/document-id')), 'WO'),
    publication: publicationId(readDocumentId(path(ic, 'pct-publication/document-id')), 'WO'),
    nationalPhaseEntryDate: toIsoDate(value(ic, 'usc371-date') ?? value(ic, 'usc102e-date')),
  })
  return Object.keys(pct).length > 0 ? pct : undefined
}
