import { toIsoDate } from '../../../model/document-id.js'
import type { ClaimSet } from '../../../model/claim.js'
import type { PatentRecord, PublicationStage } from '../../../model/patent.js'
import { formatPublicationId, parsePublicationNumber } from '../../../model/publication-number.js'
import { normalizeLanguage, type LocalizedText } from '../../../model/text.js'
import type { ParseContext, ParseIssue, ParseResult, PatentParser } from '../../parser.js'
import { child, descendants, text } from '../../xml/query.js'
import { mapSt36Claims } from '../office-xml-common/claims.js'
import {
  invalidField,
  missingField,
  unknownCountry,
  xmlProblemIssues,
} from '../office-xml-common/issues.js'
import {
  referenceListCitations,
  searchReportCitations,
} from '../office-xml-common/st36-citations.js'
import { createMapContext, prune } from '../uspto-v4-common/context.js'
import { mapProse } from '../uspto-v4-common/fragments/text.js'
import { detectEpoPublication, epDtdVersion } from './detect.js'
import { mapSdobi } from './fragments/bibliographic.js'
import { partyFromPrintedName } from '../office-xml-common/party-name.js'
import { mapB560 } from './fragments/citations.js'
import { parseTreeRepairingStrayLessThan } from '../office-xml-common/stray-markup.js'

/**
 * Stage of an EP kind code: A1/A2 (with/without search report), A8/A9 (corrections) are
 * applications; A3/A4 are search reports published separately; B1/B2/B3 (grant, amended after
 * opposition, after limitation) and B8/B9 (corrections) are granted patents.
 */
export function epStage(kind: string | undefined): PublicationStage {
  if (!kind) {
    return 'unknown'
  }
  if (/^A[3-4]$/.test(kind)) {
    return 'search-report'
  }
  if (kind.startsWith('A')) {
    return 'application'
  }
  return kind.startsWith('B') ? 'grant' : 'unknown'
}

/** The DTD versions of `ep-patent-document` the EPO has published (1.01 is a 1.0 variant). */
const KNOWN_VERSIONS: ReadonlySet<string> = new Set([
  '1.0',
  '1.01',
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '1.5',
  '1.5.1',
])

function parse(source: string, context: ParseContext): ParseResult {
  const tree = parseTreeRepairingStrayLessThan(source)
  const root = tree.root
  const documentNumber = root?.attrs.id
  if (tree.problems.length > 0) {
    return { issues: xmlProblemIssues(tree.problems), documentNumber }
  }
  if (!root || root.name !== 'ep-patent-document') {
    return { issues: [missingField('ep-patent-document')], documentNumber }
  }
  const issues: ParseIssue[] = []
  const lang = normalizeLanguage(root.attrs.lang)
  const ctx = createMapContext(lang === 'und' ? 'en' : lang, issues)
  if (tree.repairs > 0) {
    ctx.warn(
      'text',
      `escaped ${tree.repairs} "<" that opened no markup (not well-formed as published)`,
    )
  }
  const version = epDtdVersion(root.attrs['dtd-version'])
  if (!version || !KNOWN_VERSIONS.has(version)) {
    ctx.warn(
      '@dtd-version',
      `DTD "${root.attrs['dtd-version'] ?? ''}" is not one of ${[...KNOWN_VERSIONS].join(', ')}; read as the nearest known version`,
    )
  }
  const sdobi = child(root, 'SDOBI')
  const b = mapSdobi(sdobi, ctx)
  const country = (b.country ?? root.attrs.country ?? '').toUpperCase()
  const countryIssue = unknownCountry('B190', country)
  if (countryIssue) {
    return { issues: [countryIssue], documentNumber }
  }
  const kind = (b.kind ?? root.attrs.kind)?.toUpperCase()
  const printed = b.number ?? root.attrs['doc-number']
  const pn = printed ? parsePublicationNumber(`${country}${printed}${kind ?? ''}`) : undefined
  if (!printed) {
    return { issues: [missingField('B100/B110')], documentNumber }
  }
  if (!pn) {
    return {
      issues: [invalidField('B100/B110', `"${printed}" is not a publication number`)],
      documentNumber,
    }
  }
  const date = b.date ?? toIsoDate(root.attrs['date-publ'])
  const abstracts: LocalizedText[] = []
  const descriptions: LocalizedText[] = []
  const claims: ClaimSet[] = []
  const citations = mapB560(child(child(sdobi, 'B500'), 'B560'), ctx)
  for (const el of root.children) {
    if (typeof el === 'string') {
      continue
    }
    if (el.name === 'abstract' || el.name === 'description') {
      const t = mapProse(el, ctx)
      if (t) {
        ;(el.name === 'abstract' ? abstracts : descriptions).push(t)
      }
    } else if (el.name === 'claims') {
      const set = mapSt36Claims(el, ctx)
      if (set.claims.length > 0) {
        claims.push(set)
      }
    } else if (el.name === 'search-report-data') {
      citations.push(...searchReportCitations(el))
      for (const name of descendants(el, 'primary-examiner')) {
        const examiner = partyFromPrintedName(text(name), {}, true)
        if (examiner) {
          b.parties.examiners.push(examiner)
        }
      }
    } else if (el.name === 'ep-reference-list') {
      citations.push(...referenceListCitations(el))
    }
  }
  const stage = epStage(kind)
  const record: PatentRecord = prune({
    id: formatPublicationId(pn),
    publication: prune({ country, number: pn.number, kind, date }),
    application: b.application,
    documentType: 'utility',
    stage,
    grantDate: stage === 'grant' ? (b.grantDate ?? date) : undefined,
    priorityClaims: b.priorityClaims,
    titles: b.titles,
    abstracts,
    descriptions,
    claims,
    parties: b.parties,
    classifications: b.classifications,
    citations,
    relatedDocuments: b.relatedDocuments,
    pct: b.pct,
    claimCount: claims[0]?.claims.length,
    source: prune({
      format: 'epo-publication-v1',
      formatVersion: version ?? root.attrs['dtd-version'],
      file: context.file,
      offset: context.offset,
    }),
  })
  return { record, issues, documentNumber: record.id }
}

/**
 * EPO publication server full text, `ep-patent-document` DTD 1.0–1.5.1 (and the `ep-bulletin`
 * variant of 1.0): A1/A2/A3 applications and search reports, B1/B2/B3 grants; claims in every
 * language printed (a B publication carries them in English, German and French), search-report
 * and description citations.
 *
 * @example epoPublicationV1.parse(xml, { file: 'EP3383757NWB1.xml' }).record?.id // 'EP-3383757-B1'
 */
export const epoPublicationV1: PatentParser = {
  id: 'epo-publication-v1',
  office: 'EP',
  description: 'EPO publication server ep-patent-document DTD 1.0–1.5.1 (A1/A2/A3, B1/B2)',
  detect: detectEpoPublication,
  parse,
}
