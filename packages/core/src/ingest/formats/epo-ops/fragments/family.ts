import type { LegalEvent, LegalEventSet } from '../../../../model/legal-event.js'
import { emptyParties, type PatentRecord } from '../../../../model/patent.js'
import type { PriorityClaim } from '../../../../model/priority-claim.js'
import { formatPublicationId } from '../../../../model/publication-number.js'
import type { ParseContext, ParseResult } from '../../../parser.js'
import { child, children } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { pickDocumentId } from '../../epo-docdb/fragments/document-ids.js'
import { mapExchangeDocument } from '../../epo-docdb/fragments/exchange-document.js'
import { invalidField, missingField, unknownCountry } from '../../office-xml-common/issues.js'
import { publicationNumberOf, stageOfKind } from '../../office-xml-common/kind-stage.js'
import { prune } from '../../uspto-v4-common/context.js'
import { legalApplication, mapLegalEvent } from './legal.js'

const FORMAT = 'epo-ops'

function priorityClaims(member: XmlElement): PriorityClaim[] {
  const out: PriorityClaim[] = []
  for (const p of children(member, 'priority-claim')) {
    const doc = pickDocumentId([p], 'application')
    if (doc) {
      const kind = p.attrs.kind
      const seq = Number(p.attrs.sequence)
      out.push(
        prune({
          country: doc.country,
          number: doc.number,
          date: doc.date,
          kind:
            kind === 'national' || kind === 'regional' || kind === 'international'
              ? kind
              : undefined,
          sequence: Number.isInteger(seq) && seq >= 0 ? seq : undefined,
        }),
      )
    }
  }
  return out
}

/** A family member given only by its references: identity, application, priorities, family id. */
function memberRecord(member: XmlElement, context: ParseContext): ParseResult {
  const pub = pickDocumentId(children(member, 'publication-reference'), 'publication')
  if (!pub) {
    return { issues: [missingField('family-member/publication-reference')] }
  }
  const documentNumber = `${pub.country}${pub.number}${pub.kind ?? ''}`
  const bad = unknownCountry('family-member/publication-reference/country', pub.country)
  if (bad) {
    return { issues: [bad], documentNumber }
  }
  const pn = publicationNumberOf(pub.country, pub.number, pub.kind)
  if (!pn) {
    return {
      issues: [
        invalidField(
          'family-member/publication-reference',
          `"${documentNumber}" is not a publication number`,
        ),
      ],
      documentNumber,
    }
  }
  const { stage, documentType } = stageOfKind(pub.country, pub.kind)
  const family = member.attrs['family-id']
  const record: PatentRecord = prune({
    id: formatPublicationId(pn),
    publication: prune({ country: pub.country, number: pn.number, kind: pub.kind, date: pub.date }),
    application: pickDocumentId(children(member, 'application-reference'), 'application'),
    documentType,
    stage,
    grantDate: stage === 'grant' ? pub.date : undefined,
    priorityClaims: priorityClaims(member),
    titles: [],
    abstracts: [],
    descriptions: [],
    claims: [],
    parties: emptyParties(),
    classifications: [],
    citations: [],
    relatedDocuments: [],
    family: family ? { docdb: family } : undefined,
    source: prune({
      partial: true,
      format: FORMAT,
      formatVersion: '3.2',
      file: context.file,
      offset: context.offset,
    }),
  })
  return { record, issues: [], documentNumber: record.id }
}

/** The legal events of one family member, as a set for its publication. */
function memberLegal(member: XmlElement, context: ParseContext): LegalEventSet | undefined {
  const legal = children(member, 'legal')
  if (legal.length === 0) {
    return undefined
  }
  const pub = pickDocumentId(children(member, 'publication-reference'), 'publication')
  const pn = pub ? publicationNumberOf(pub.country, pub.number, pub.kind) : undefined
  if (!pn) {
    return undefined
  }
  const events = legal.map(mapLegalEvent).filter((e): e is LegalEvent => e !== undefined)
  const application = legal.map(legalApplication).find(Boolean)
  return {
    publication: formatPublicationId(pn),
    ...(application ? { application } : {}),
    events,
    source: { format: FORMAT, ...(context.file ? { file: context.file } : {}) },
  }
}

/**
 * An INPADOC family response (`ops:patent-family`): one record per member (from its
 * `exchange-document` when the response carries bibliographic data, else from its references,
 * with the DOCDB family id), and the members' legal events. A legal-only response
 * (`legal="true"` without bibliographic data) gives only legal events: its bare member records
 * would add nothing the legal view needs.
 */
export function mapPatentFamily(
  family: XmlElement,
  context: ParseContext,
): { parts: ParseResult[]; legal: LegalEventSet[] } {
  const parts: ParseResult[] = []
  const legal: LegalEventSet[] = []
  const legalOnly = family.attrs.legal === 'true'
  for (const member of children(family, 'family-member')) {
    const doc = child(member, 'exchange-document')
    if (doc) {
      const result = mapExchangeDocument(
        member.attrs['family-id'] && !doc.attrs['family-id']
          ? { ...doc, attrs: { ...doc.attrs, 'family-id': member.attrs['family-id'] } }
          : doc,
        { format: FORMAT, formatVersion: '3.2', ...context },
      )
      parts.push(result)
    } else if (!legalOnly) {
      parts.push(memberRecord(member, context))
    }
    const set = memberLegal(member, context)
    if (set) {
      legal.push(set)
    }
  }
  return { parts, legal }
}
