import type { RelatedDocument, RelationType } from '../../../../model/related-document.js'
import { child, children, text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { prune, type MapContext } from '../context.js'
import { childDocumentId, type NumberForm } from './document-id.js'

/** `us-related-documents` children → relation. */
const RELATIONS: Readonly<Record<string, RelationType>> = {
  continuation: 'continuation',
  'continuation-in-part': 'continuation-in-part',
  'continuing-reissue': 'continuing-reissue',
  division: 'division',
  'us-divisional-reissue': 'division',
  'us-provisional-application': 'provisional',
  reissue: 'reissue-of',
  reexamination: 'reexamination-of',
  'us-reexamination-reissue-merger': 'us-reexamination-reissue-merger',
  substitution: 'substitution',
  correction: 'correction',
  'related-publication': 'related-publication',
  'utility-model-basis': 'utility-model-basis',
  addition: 'other',
}

/** Relations whose `document-id` is a publication rather than an application. */
const PUBLICATIONS = new Set(['related-publication', 'correction'])

/** One `parent-doc`, and the `parent-doc`s nested in it (older parents in a chain). */
function parents(
  relation: RelationType,
  parent: XmlElement,
  childDoc: RelatedDocument['child'],
  out: RelatedDocument[],
): void {
  const document = childDocumentId(parent, 'application', 'US')
  if (document) {
    out.push(
      prune({
        relation,
        document,
        child: childDoc,
        parentStatus: text(child(parent, 'parent-status')) || undefined,
        parentGrant: childDocumentId(child(parent, 'parent-grant-document'), 'publication', 'US'),
      }),
    )
  }
  const nested = child(parent, 'parent-doc')
  if (nested) {
    parents(relation, nested, undefined, out)
  }
}

/**
 * Maps `us-related-documents`: continuity data (`relation` with `parent-doc`, `parent-status`,
 * `parent-grant-document`, `child-doc`), provisional applications, reissues and related
 * publications. Application numbers are normalised with their series code; US is the default
 * country (USPTO omits it on some references).
 */
export function mapRelatedDocuments(el: XmlElement, ctx: MapContext): RelatedDocument[] {
  const out: RelatedDocument[] = []
  for (const section of children(el)) {
    const relation = RELATIONS[section.name]
    if (!relation) {
      ctx.warn('us-related-documents', `unknown relation <${section.name}>`)
      continue
    }
    const relations = children(section, 'relation')
    for (const r of relations) {
      const childDoc = childDocumentId(child(r, 'child-doc'), 'application', 'US')
      for (const p of children(r, 'parent-doc')) {
        parents(relation, p, childDoc, out)
      }
    }
    if (relations.length > 0) {
      continue
    }
    const form: NumberForm = PUBLICATIONS.has(section.name) ? 'publication' : 'application'
    const document = childDocumentId(section, form, 'US')
    if (!document) {
      ctx.warn(`us-related-documents/${section.name}`, 'skipped a reference without a number')
      continue
    }
    const status = text(child(section, 'us-provisional-application-status'))
    out.push(prune({ relation, document, parentStatus: status || undefined }))
  }
  return out
}
