import type { ClaimSet } from '../../../model/claim.js'
import { cpcFromParts, type Classification } from '../../../model/classification.js'
import { emptyParties, type PatentRecord } from '../../../model/patent.js'
import type { Party } from '../../../model/party.js'
import { formatPublicationId } from '../../../model/publication-number.js'
import { normalizeLanguage, type LocalizedText } from '../../../model/text.js'
import type { ParseContext, ParseIssue, ParseResult, PatentParser } from '../../parser.js'
import { decodeNamedEntities } from '../../xml/iso-entities.js'
import { child, children, descendants, text } from '../../xml/query.js'
import { parseXmlTree, type XmlElement } from '../../xml/tree.js'
import { withoutLineWraps } from '../office-xml-common/cjk-text.js'
import {
  invalidField,
  missingField,
  unknownCountry,
  xmlProblemIssues,
} from '../office-xml-common/issues.js'
import { publicationNumberOf, stageOfKind } from '../office-xml-common/kind-stage.js'
import { withoutPrefixes } from '../office-xml-common/local-names.js'
import { partyFromPrintedName } from '../office-xml-common/party-name.js'
import { withoutCheckDigit } from '../office-xml-common/st36-national.js'
import { st96Claims, st96Date, st96Prose } from '../office-xml-common/st96-common.js'
import { createMapContext, prune } from '../uspto-v4-common/context.js'
import { ClassificationList } from '../uspto-v4-common/fragments/classifications.js'

const FORMAT = 'cnipa-st96'

/** The `original` reference of several (`dataFormat` original/standard), else the first. */
function reference(biblio: XmlElement | undefined, name: string): XmlElement | undefined {
  const refs = children(biblio, name)
  return refs.find((r) => r.attrs.dataFormat === 'original') ?? refs[0]
}

function documentId(ref: XmlElement | undefined): {
  country?: string
  number?: string
  kind?: string
  date?: string
} {
  const id = child(ref, 'DocumentID')
  return {
    country: text(child(id, 'WIPOST3Code')).toUpperCase() || undefined,
    number: text(child(id, 'DocNumber')) || undefined,
    kind: text(child(id, 'Kind')) || undefined,
    date: st96Date(text(child(id, 'Date'))),
  }
}

function classifications(biblio: XmlElement | undefined): Classification[] {
  const list = new ClassificationList()
  for (const c of descendants(biblio, 'ClassificationIPCR')) {
    const part = (n: string): string | undefined => text(child(c, n)) || undefined
    const symbol = cpcFromParts({
      section: part('Section'),
      class: part('MainClass'),
      subclass: part('Subclass'),
      mainGroup: part('MainGroup'),
      subgroup: part('Subgroup'),
    })
    if (symbol) {
      list.add({ scheme: 'ipc', symbol, version: part('IPCVersionDate') })
    }
  }
  return list.items
}

function parties(biblio: XmlElement | undefined): ReturnType<typeof emptyParties> {
  const out = emptyParties()
  const groups: [string, keyof typeof out, boolean][] = [
    ['Applicant', 'applicants', false],
    ['Inventor', 'inventors', true],
    ['Agent', 'agents', false],
  ]
  const parts = child(biblio, 'Parties')
  for (const [name, key, person] of groups) {
    descendants(parts, name).forEach((el, i) => {
      const book = child(el, 'AddressBook')
      const printed = text(child(book, 'Name')) || text(child(book, 'OrganizationName'))
      const country = text(child(child(book, 'Address'), 'WIPOST3Code'))
      const city = text(child(child(book, 'Address'), 'City'))
      const party: Party | undefined = partyFromPrintedName(
        printed,
        {
          sequence: Number(el.attrs.sequence) || i + 1,
          country: /^[A-Z]{2}$/.test(country) ? country : undefined,
          city: city && city !== '0' ? city : undefined,
        },
        person,
      )
      if (party) {
        out[key].push(party)
      }
    })
  }
  return out
}

function parse(source: string, context: ParseContext): ParseResult {
  const tree = parseXmlTree(decodeNamedEntities(source).text)
  if (tree.problems.length > 0 || !tree.root) {
    return {
      issues: tree.root
        ? xmlProblemIssues(tree.problems)
        : [missingField('business:PatentDocumentAndRelated')],
    }
  }
  const root = withoutLineWraps(withoutPrefixes(tree.root))
  const biblio = child(root, 'BibliographicData')
  const pub = documentId(reference(biblio, 'PublicationReference'))
  const country = pub.country ?? root.attrs.country?.toUpperCase()
  const printed = pub.number ?? root.attrs.docNumber
  const kind = pub.kind ?? root.attrs.kind
  const documentNumber = printed ? `${country ?? ''}${printed}${kind ?? ''}` : root.attrs.file
  const bad = unknownCountry('PublicationReference/WIPOST3Code', country)
  if (bad) {
    return { issues: [bad], documentNumber }
  }
  if (!printed || !country) {
    return { issues: [missingField('PublicationReference/DocumentID/DocNumber')], documentNumber }
  }
  const pn = publicationNumberOf(country, printed, kind)
  if (!pn) {
    return {
      issues: [invalidField('PublicationReference', `"${printed}" is not a publication number`)],
      documentNumber,
    }
  }
  const issues: ParseIssue[] = []
  const lang =
    normalizeLanguage(root.attrs.lang) === 'und' ? 'zh' : normalizeLanguage(root.attrs.lang)
  createMapContext(lang, issues)
  const app = documentId(reference(biblio, 'ApplicationReference'))
  const langOf = (el: XmlElement): string =>
    el.attrs.lang ? normalizeLanguage(el.attrs.lang) : lang
  const titles: LocalizedText[] = children(biblio, 'InventionTitle')
    .map((t) => ({ lang: langOf(t), text: text(t) }))
    .filter((t) => t.text)
  const abstracts: LocalizedText[] = []
  const descriptions: LocalizedText[] = []
  const claims: ClaimSet[] = []
  for (const el of children(root)) {
    if (el.name === 'Abstract') {
      const t = st96Prose(el, new Set(['AbstractFigure']))
      if (t) {
        abstracts.push({ lang: langOf(el), text: t })
      }
    } else if (el.name === 'Description') {
      const t = st96Prose(el, new Set(['InventionTitle']))
      if (t) {
        descriptions.push({ lang: langOf(el), text: t })
      }
    } else if (el.name === 'Claims') {
      const set = st96Claims(el, langOf(el))
      if (set.claims.length > 0) {
        claims.push(set)
      }
    }
  }
  const { stage, documentType } = stageOfKind(country, kind)
  const record: PatentRecord = prune({
    id: formatPublicationId(pn),
    publication: prune({
      country,
      number: pn.number,
      kind: pn.kind,
      date: pub.date ?? st96Date(root.attrs.datePublication),
    }),
    application: app.number
      ? prune({
          country: app.country ?? country,
          number: withoutCheckDigit(app.number),
          date: app.date,
        })
      : undefined,
    documentType,
    stage,
    grantDate: stage === 'grant' ? pub.date : undefined,
    priorityClaims: [],
    titles,
    abstracts,
    descriptions,
    claims,
    parties: parties(biblio),
    classifications: classifications(biblio),
    citations: [],
    relatedDocuments: [],
    claimCount: claims[0]?.claims.length,
    source: prune({
      format: FORMAT,
      formatVersion: root.attrs.xsdVersion,
      file: context.file,
      offset: context.offset,
      produced: st96Date(root.attrs.dateProduced),
    }),
  })
  return { record, issues, documentNumber: record.id }
}

/**
 * CNIPA full text in the current XML schema (`business:PatentDocumentAndRelated`, ST.96-based,
 * xsdVersion V2.x, from 2019): Chinese text as written (`lang="zh"`), IPC from its parts.
 */
export const cnipaSt96: PatentParser = {
  id: FORMAT,
  office: 'CN',
  description: 'CNIPA business:PatentDocumentAndRelated (ST.96-based schema V2.x, 2019–)',
  detect: (head) => /<business:PatentDocumentAndRelated[\s>]/.test(head),
  parse,
}
