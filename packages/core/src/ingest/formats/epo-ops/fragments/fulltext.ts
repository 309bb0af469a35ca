import type { ClaimSet } from '../../../../model/claim.js'
import type { PatentRecord } from '../../../../model/patent.js'
import { formatPublicationId } from '../../../../model/publication-number.js'
import { normalizeLanguage, type LocalizedText } from '../../../../model/text.js'
import type { ParseContext, ParseIssue, ParseResult } from '../../../parser.js'
import { child, children, proseText } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { wordingClaimRefs } from '../../office-xml-common/claims.js'
import { missingField, unknownCountry } from '../../office-xml-common/issues.js'
import { publicationNumberOf, stageOfKind } from '../../office-xml-common/kind-stage.js'
import { emptyParties } from '../../../../model/patent.js'
import { prune } from '../../uspto-v4-common/context.js'
import { pickDocumentId } from '../../epo-docdb/fragments/document-ids.js'

/** OPS full text prints each claim as one `claim-text` starting with its number: `2. The device of claim 1`. */
function claimSet(el: XmlElement): ClaimSet {
  const lang = normalizeLanguage(el.attrs.lang)
  const texts = children(el, 'claim').flatMap((c) => children(c, 'claim-text'))
  const claims = texts
    .map((t, i) => {
      const body = proseText(t)
      const number = Number(/^\s*(\d+)\s*[.)]/.exec(body)?.[1] ?? i + 1)
      const dependsOn = wordingClaimRefs(body, number)
      return { number, text: body, dependsOn, independent: dependsOn.length === 0 }
    })
    .filter((c) => c.text)
  return { lang, claims }
}

/**
 * One `ftxt:fulltext-document` (OPS description or claims service): the publication it belongs to
 * and its description or claims in each language given.
 */
export function mapFulltextDocument(el: XmlElement, context: ParseContext): ParseResult {
  const pub = pickDocumentId(
    children(child(el, 'bibliographic-data'), 'publication-reference'),
    'publication',
  )
  if (!pub) {
    return { issues: [missingField('fulltext-document/publication-reference')] }
  }
  const bad = unknownCountry('fulltext-document/publication-reference/country', pub.country)
  const pn = publicationNumberOf(pub.country, pub.number, pub.kind)
  const documentNumber = `${pub.country}${pub.number}${pub.kind ?? ''}`
  if (bad || !pn) {
    return {
      issues: [bad ?? missingField('fulltext-document/publication-reference/doc-number')],
      documentNumber,
    }
  }
  const issues: ParseIssue[] = []
  const descriptions: LocalizedText[] = []
  const claims: ClaimSet[] = []
  for (const d of children(el, 'description')) {
    const t = proseText(d)
    if (t) {
      descriptions.push({ lang: normalizeLanguage(d.attrs.lang), text: t })
    }
  }
  for (const c of children(el, 'claims')) {
    const set = claimSet(c)
    if (set.claims.length > 0) {
      claims.push(set)
    }
  }
  const { stage, documentType } = stageOfKind(pub.country, pub.kind)
  const record: PatentRecord = prune({
    id: formatPublicationId(pn),
    publication: prune({ country: pub.country, number: pn.number, kind: pub.kind, date: pub.date }),
    documentType,
    stage,
    priorityClaims: [],
    titles: [],
    abstracts: [],
    descriptions,
    claims,
    parties: emptyParties(),
    classifications: [],
    citations: [],
    relatedDocuments: [],
    claimCount: claims[0]?.claims.length,
    source: prune({
      partial: true,
      format: 'epo-ops',
      formatVersion: '3.2',
      file: context.file,
      offset: context.offset,
    }),
  })
  return { record, issues, documentNumber: record.id }
}
