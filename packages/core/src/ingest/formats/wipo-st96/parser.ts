import type { Citation } from '../../../model/citation.js'
import type { ClaimSet } from '../../../model/claim.js'
import { cpcFromParts, type Classification } from '../../../model/classification.js'
import { emptyParties, type PatentRecord } from '../../../model/patent.js'
import { personName, type Party } from '../../../model/party.js'
import type { PriorityClaim } from '../../../model/priority-claim.js'
import { formatPublicationId } from '../../../model/publication-number.js'
import { normalizeLanguage, type LocalizedText } from '../../../model/text.js'
import type { ParseContext, ParseResult, PatentParser } from '../../parser.js'
import { decodeNamedEntities } from '../../xml/iso-entities.js'
import { child, children, descendants, text } from '../../xml/query.js'
import { parseXmlTree, type XmlElement } from '../../xml/tree.js'
import {
  invalidField,
  missingField,
  unknownCountry,
  xmlProblemIssues,
} from '../office-xml-common/issues.js'
import { publicationNumberOf, stageOfKind } from '../office-xml-common/kind-stage.js'
import { withoutPrefixes } from '../office-xml-common/local-names.js'
import { partyFromPrintedName } from '../office-xml-common/party-name.js'
import { patentCitation } from '../office-xml-common/st36-citations.js'
import { firstText, st96Claims, st96Date, st96Prose } from '../office-xml-common/st96-common.js'
import { prune } from '../uspto-v4-common/context.js'
import { ClassificationList } from '../uspto-v4-common/fragments/classifications.js'
import { toDocumentId } from '../uspto-v4-common/fragments/document-id.js'

const FORMAT = 'wipo-st96'

function classifications(biblio: XmlElement | undefined): Classification[] {
  const list = new ClassificationList()
  const add = (el: XmlElement, scheme: 'ipc' | 'cpc'): void => {
    const part = (n: string): string | undefined => text(child(el, n)) || undefined
    const symbol = cpcFromParts({
      section: part('Section') ?? part('CPCSection'),
      class: part('Class'),
      subclass: part('Subclass'),
      mainGroup: part('MainGroup'),
      subgroup: part('Subgroup'),
    })
    const value = part('IPCClassificationValueCode') ?? part('CPCClassificationValueCode')
    if (symbol) {
      list.add({
        scheme,
        symbol,
        role:
          value === 'I' ? 'inventive' : value === 'A' || value === 'N' ? 'additional' : undefined,
        version: part('ClassificationVersionDate')?.replace(/-/g, ''),
      })
    }
  }
  for (const c of descendants(biblio, 'IPCRClassification')) {
    add(c, 'ipc')
  }
  for (const c of descendants(biblio, 'CPCClassification')) {
    add(c, 'cpc')
  }
  return list.items
}

function contactName(el: XmlElement): {
  name?: string
  person: boolean
  last?: string
  first?: string
} {
  const structured = descendants(el, 'PersonStructuredName')[0]
  if (structured) {
    const last = text(child(structured, 'LastName')) || undefined
    const first = text(child(structured, 'FirstName')) || undefined
    return { name: personName(last, first), person: true, last, first }
  }
  return {
    name: firstText(el, 'OrganizationStandardName', 'EntityName', 'PersonFullName', 'Name'),
    person: false,
  }
}

function parties(biblio: XmlElement | undefined): ReturnType<typeof emptyParties> {
  const out = emptyParties()
  const groups: [string, keyof typeof out][] = [
    ['Applicant', 'applicants'],
    ['Inventor', 'inventors'],
    ['RegisteredPractitioner', 'agents'],
    ['Assignee', 'assignees'],
    ['PrimaryExaminer', 'examiners'],
    ['AssistantExaminer', 'examiners'],
  ]
  const bag = child(biblio, 'PartyBag')
  for (const [name, key] of groups) {
    descendants(bag, name).forEach((el, i) => {
      const n = contactName(el)
      if (!n.name) {
        return
      }
      const seq = Number(el.attrs['com:sequenceNumber'])
      const party: Party | undefined = n.person
        ? prune({
            name: n.name,
            kind: 'person' as const,
            lastName: n.last,
            firstName: n.first,
            sequence: seq || i + 1,
          })
        : partyFromPrintedName(n.name, { sequence: seq || i + 1 })
      if (party) {
        out[key].push(party)
      }
    })
  }
  return out
}

function priorities(biblio: XmlElement | undefined): PriorityClaim[] {
  return descendants(child(biblio, 'PriorityClaimBag'), 'PriorityClaim').flatMap((p, i) => {
    const country = text(child(p, 'IPOfficeCode')).toUpperCase()
    const number = firstText(p, 'ApplicationNumberText')
    if (!/^[A-Z]{2}$/.test(country) || !number) {
      return []
    }
    const category = text(child(p, 'ApplicationFilingCategory')).toLowerCase()
    return [
      prune({
        country,
        number,
        date: st96Date(text(child(p, 'FilingDate'))),
        kind:
          category === 'national' || category === 'regional' || category === 'international'
            ? category
            : undefined,
        sequence: Number(p.attrs['com:sequenceNumber']) || i + 1,
      }),
    ]
  })
}

function citations(biblio: XmlElement | undefined): Citation[] {
  const out: Citation[] = []
  for (const ref of descendants(biblio, 'ReferenceCitation')) {
    const party = (ref.attrs['pat:citingPartyCategory'] ?? '').toLowerCase()
    const category = party.includes('examiner')
      ? 'examiner'
      : party.includes('applicant')
        ? 'applicant'
        : 'unknown'
    const pat = descendants(ref, 'CitedPatentDocumentIdentification')[0]
    if (pat) {
      const doc = toDocumentId(
        {
          country: text(child(pat, 'IPOfficeCode')) || undefined,
          number: text(child(pat, 'DocumentNumber')) || undefined,
          kind: text(child(pat, 'PatentDocumentKindCode')) || undefined,
        },
        'publication',
      )
      if (doc) {
        out.push(
          patentCitation(doc, category, {
            citedName: text(child(pat, 'EntityName')) || undefined,
            sequence: out.length + 1,
          }),
        )
      }
      continue
    }
    const npl = firstText(ref, 'NPLCitationText')
    if (npl) {
      out.push({ npl, category, sequence: out.length + 1 })
    }
  }
  return out
}

function parse(source: string, context: ParseContext): ParseResult {
  const tree = parseXmlTree(decodeNamedEntities(source).text)
  if (tree.problems.length > 0 || !tree.root) {
    return {
      issues: tree.root ? xmlProblemIssues(tree.problems) : [missingField('pat:PatentPublication')],
    }
  }
  const root = withoutPrefixes(tree.root)
  const biblio = child(root, 'BibliographicData')
  const id = child(biblio, 'PatentPublicationIdentification')
  const country = (
    text(child(id, 'IPOfficeCode')) || text(child(root, 'IPOfficeCode'))
  ).toUpperCase()
  const printed = text(child(id, 'PublicationNumber'))
  const kind = text(child(id, 'PatentDocumentKindCode')) || undefined
  const documentNumber = printed ? `${country}${printed}${kind ?? ''}` : undefined
  const bad = unknownCountry('PatentPublicationIdentification/IPOfficeCode', country)
  if (bad) {
    return { issues: [bad], documentNumber }
  }
  if (!printed) {
    return { issues: [missingField('PatentPublicationIdentification/PublicationNumber')] }
  }
  const pn = publicationNumberOf(country, printed, kind)
  if (!pn) {
    return {
      issues: [invalidField('PublicationNumber', `"${printed}" is not a publication number`)],
      documentNumber,
    }
  }
  const lang =
    normalizeLanguage(root.attrs['com:languageCode']) === 'und'
      ? 'en'
      : normalizeLanguage(root.attrs['com:languageCode'])
  const date = st96Date(text(child(id, 'PublicationDate')))
  const appEl = child(biblio, 'ApplicationIdentification')
  const appNumber = firstText(appEl, 'ApplicationNumberText')
  const titles: LocalizedText[] = descendants(child(biblio, 'InventionTitleBag'), 'InventionTitle')
    .map((t) => ({
      lang: t.attrs['com:languageCode'] ? normalizeLanguage(t.attrs['com:languageCode']) : lang,
      text: text(t),
    }))
    .filter((t) => t.text)
  const abstracts: LocalizedText[] = []
  const descriptions: LocalizedText[] = []
  const claims: ClaimSet[] = []
  for (const el of children(root)) {
    if (el.name === 'Abstract') {
      const t = st96Prose(el)
      if (t) {
        abstracts.push({ lang, text: t })
      }
    } else if (el.name === 'Description') {
      const t = st96Prose(el)
      if (t) {
        descriptions.push({ lang, text: t })
      }
    } else if (el.name === 'Claims') {
      const set = st96Claims(el, lang)
      if (set.claims.length > 0) {
        claims.push(set)
      }
    }
  }
  const { stage, documentType } = stageOfKind(country, kind)
  const record: PatentRecord = prune({
    id: formatPublicationId(pn),
    publication: prune({ country, number: pn.number, kind: pn.kind, date }),
    application: appNumber
      ? prune({
          country: (text(child(appEl, 'IPOfficeCode')) || country).toUpperCase(),
          number: appNumber.replace(/[^A-Z0-9/]/gi, ''),
          date: st96Date(text(child(appEl, 'FilingDate'))),
        })
      : undefined,
    documentType,
    stage,
    grantDate: stage === 'grant' ? date : undefined,
    priorityClaims: priorities(biblio),
    titles,
    abstracts,
    descriptions,
    claims,
    parties: parties(biblio),
    classifications: classifications(biblio),
    citations: citations(biblio),
    relatedDocuments: [],
    claimCount: Number(text(child(biblio, 'ClaimTotalQuantity'))) || claims[0]?.claims.length,
    source: prune({
      format: FORMAT,
      formatVersion: root.attrs['com:st96Version'],
      file: context.file,
      offset: context.offset,
      produced: st96Date(root.attrs['com:creationDate']),
    }),
  })
  return { record, issues: [], documentNumber: record.id }
}

/**
 * WIPO ST.96 patent publications (`pat:PatentPublication`, ST.96 V4–V6 schemas): bibliographic
 * data, IPCR/CPC, citations, parties, description, claims and abstract.
 */
export const wipoSt96: PatentParser = {
  id: FORMAT,
  office: 'WO',
  description: 'WIPO ST.96 pat:PatentPublication (V4–V6)',
  detect: (head) => /<(?:[\w.-]+:)?PatentPublication[\s>]/.test(head) && /ST96/.test(head),
  parse,
}
