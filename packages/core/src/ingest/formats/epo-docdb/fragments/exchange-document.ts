import { toIsoDate } from '../../../../model/document-id.js'
import type { PatentRecord } from '../../../../model/patent.js'
import type { PriorityClaim } from '../../../../model/priority-claim.js'
import { formatPublicationId } from '../../../../model/publication-number.js'
import { normalizeLanguage, type LocalizedText } from '../../../../model/text.js'
import type { ParseContext, ParseIssue, ParseResult } from '../../../parser.js'
import { child, children, proseText, text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { invalidField, missingField, unknownCountry } from '../../office-xml-common/issues.js'
import { publicationNumberOf, stageOfKind } from '../../office-xml-common/kind-stage.js'
import { createMapContext, prune } from '../../uspto-v4-common/context.js'
import { mapDocdbCitations } from './citations.js'
import { mapDocdbClassifications } from './classifications.js'
import { pickDocumentId } from './document-ids.js'
import { mapDocdbParties } from './parties.js'

/** Where an exchange document came from: the parser id and the document's place in its file. */
export interface ExchangeSource extends ParseContext {
  readonly format: string
  readonly formatVersion?: string
}

function priorityClaims(el: XmlElement | undefined): PriorityClaim[] {
  const bySeq = new Map<string, XmlElement[]>()
  for (const p of children(el, 'priority-claim')) {
    const seq = p.attrs.sequence ?? String(bySeq.size + 1)
    bySeq.set(seq, [...(bySeq.get(seq) ?? []), p])
  }
  const out: PriorityClaim[] = []
  for (const [seq, refs] of bySeq) {
    const doc = pickDocumentId(refs, 'application')
    if (!doc) {
      continue
    }
    const kindAttr = refs.find((r) => r.attrs.kind)?.attrs.kind
    const kind =
      kindAttr === 'national' || kindAttr === 'regional' || kindAttr === 'international'
        ? kindAttr
        : doc.country === 'WO' || /^W$/.test(doc.kind ?? '')
          ? 'international'
          : undefined
    const n = Number(seq)
    out.push(
      prune({
        country: doc.country,
        number: doc.number,
        date: doc.date,
        kind,
        sequence: Number.isInteger(n) && n >= 0 ? n : undefined,
      }),
    )
  }
  return out
}

function texts(els: readonly XmlElement[], prose: boolean, fallback: string): LocalizedText[] {
  const out: LocalizedText[] = []
  const seen = new Set<string>()
  for (const el of els) {
    const t = prose ? proseText(el) : text(el)
    const lang = el.attrs.lang ? normalizeLanguage(el.attrs.lang) : fallback
    if (t && !seen.has(`${lang}\u0000${t}`)) {
      seen.add(`${lang}\u0000${t}`)
      out.push({ lang, text: t })
    }
  }
  return out
}

/**
 * Maps one DOCDB `exchange-document` (bulk exchange file or EPO OPS response; namespace prefixes
 * already dropped) to a record: identity from its attributes and publication reference, the DOCDB
 * simple family id, application, priority claims, IPC/IPCR/CPC, parties, titles, abstracts and the
 * citations with their phase. A document whose office is not an ST.3 code or whose number does not
 * parse is an error for that document only.
 */
export function mapExchangeDocument(el: XmlElement, source: ExchangeSource): ParseResult {
  const issues: ParseIssue[] = []
  const biblio = child(el, 'bibliographic-data')
  const pubRefs = children(biblio, 'publication-reference')
  const pubDoc = pickDocumentId(pubRefs, 'publication')
  const country = (el.attrs.country ?? pubDoc?.country ?? '').toUpperCase()
  const printed = el.attrs['doc-number'] ?? pubDoc?.number
  const kind = (el.attrs.kind ?? pubDoc?.kind)?.toUpperCase()
  const documentNumber = `${country}${printed ?? ''}${kind ?? ''}` || undefined
  const bad = unknownCountry('exchange-document/@country', country)
  if (bad) {
    return { issues: [bad], documentNumber }
  }
  if (!printed) {
    return { issues: [missingField('exchange-document/@doc-number')], documentNumber }
  }
  const pn = publicationNumberOf(country, printed, kind)
  if (!pn) {
    return {
      issues: [
        invalidField('exchange-document/@doc-number', `"${printed}" is not a publication number`),
      ],
      documentNumber,
    }
  }
  const lang = normalizeLanguage(children(pubRefs[0], 'document-id')[0]?.attrs.lang)
  const ctx = createMapContext(lang, issues)
  const date = pubDoc?.date ?? toIsoDate(el.attrs['date-publ'])
  const { stage, documentType } = stageOfKind(country, kind)
  const family = el.attrs['family-id']
  const record: PatentRecord = prune({
    id: formatPublicationId(pn),
    publication: prune({ country, number: pn.number, kind, date }),
    application: pickDocumentId(children(biblio, 'application-reference'), 'application'),
    documentType,
    stage,
    grantDate: stage === 'grant' ? date : undefined,
    priorityClaims: priorityClaims(child(biblio, 'priority-claims')),
    titles: texts(children(biblio, 'invention-title'), false, lang),
    abstracts: texts(children(el, 'abstract'), true, lang),
    descriptions: [],
    claims: [],
    parties: mapDocdbParties(child(biblio, 'parties')),
    classifications: mapDocdbClassifications(biblio, ctx),
    citations: mapDocdbCitations(child(biblio, 'references-cited')),
    relatedDocuments: [],
    family: family ? { docdb: family } : undefined,
    source: prune({
      partial: true,
      format: source.format,
      formatVersion: source.formatVersion,
      file: source.file,
      offset: source.offset,
      produced: toIsoDate(el.attrs['date-of-last-exchange']),
    }),
  })
  return { record, issues, documentNumber: record.id }
}
