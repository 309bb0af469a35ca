import { errorMessage } from '../../../errors.js'
import type { PatentRecord, SourceInfo } from '../../../model/patent.js'
import { formatPublicationId } from '../../../model/publication-number.js'
import type { ParseContext, ParseIssue, ParseResult, PatentParser } from '../../parser.js'
import { valueOf } from '../uspto-aps/tagged-lines.js'
import { defined } from '../uspto-aps/us-text.js'
import { BRS_BOUNDARY, readBrsDocument } from './document.js'
import { readCitations } from './fragments/citations.js'
import { readClassifications } from './fragments/classifications.js'
import { readIdentity, readNumber } from './fragments/identity.js'
import { readParties } from './fragments/parties.js'
import { readPriorities, readRelated } from './fragments/related.js'
import { readAbstract, readClaims, readDescription } from './fragments/text.js'

const FORMAT = 'uspto-brs'

/**
 * USPTO CSS/BRS text: a tab-separated summary line and the title, the line
 * `*** BRS DOCUMENT BOUNDARY ***`, then one field per line (`WKU`, `DID`, `GISD`, `APNR`, `TTL`,
 * `URPN`…, `ABPR`, `BSTX`, `DETX`, `CLPR`) with indented continuation lines.
 *
 * @example usptoBrs.parse(text, { file: 'css_brs_sample.txt' }).record?.id // 'US-9204581-B2'
 */
export const usptoBrs: PatentParser = {
  id: FORMAT,
  office: 'US',
  description: 'USPTO CSS/BRS tagged text of US grants (BRS document boundary, WKU/DID fields)',
  detect(head: string): boolean {
    return head.includes(BRS_BOUNDARY) || /^\uFEFF?\s*WKU \d/.test(head)
  },
  parse(text: string, context: ParseContext): ParseResult {
    const doc = readBrsDocument(text)
    const number = readNumber(doc)
    if (!number) {
      const raw = valueOf(doc.fields, 'WKU') ?? doc.header.number
      const message = raw
        ? errorMessage('PARSE_INVALID_FIELD', 'WKU', `not a publication number: "${raw}"`)
        : errorMessage('PARSE_MISSING_FIELD', 'WKU')
      const code = raw ? 'PARSE_INVALID_FIELD' : 'PARSE_MISSING_FIELD'
      return { issues: [{ severity: 'error', code, message, field: 'WKU' }], documentNumber: raw }
    }
    const identity = readIdentity(doc, number)
    const { publication } = identity
    const id = formatPublicationId(number)
    const issues: ParseIssue[] = []
    if (!publication.date) {
      const message = errorMessage('PARSE_MISSING_FIELD', 'GISD')
      issues.push({ severity: 'warning', code: 'PARSE_MISSING_FIELD', message, field: 'GISD' })
    }
    const { fields } = doc
    const title = valueOf(fields, 'TTL') ?? doc.header.title
    const abstract = readAbstract(fields)
    const description = readDescription(fields)
    const claims = readClaims(fields)
    const record = defined<PatentRecord>({
      id,
      publication,
      application: identity.application,
      documentType: identity.documentType,
      stage: identity.stage,
      grantDate: identity.stage === 'grant' ? publication.date : undefined,
      priorityClaims: readPriorities(fields),
      titles: title ? [{ lang: 'en', text: title }] : [],
      abstracts: abstract ? [{ lang: 'en', text: abstract }] : [],
      descriptions: description ? [{ lang: 'en', text: description }] : [],
      claims: claims.length > 0 ? [{ lang: 'en', claims }] : [],
      parties: readParties(fields),
      classifications: readClassifications(fields),
      citations: readCitations(fields),
      relatedDocuments: readRelated(fields),
      term: identity.term,
      claimCount: identity.claimCount,
      figureCount: identity.figureCount,
      source: defined<SourceInfo>({ format: FORMAT, file: context.file, offset: context.offset }),
    })
    return { record, issues, documentNumber: id }
  },
}
