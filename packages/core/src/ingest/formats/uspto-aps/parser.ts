import { errorMessage } from '../../../errors.js'
import type { PatentRecord, SourceInfo } from '../../../model/patent.js'
import { formatPublicationId } from '../../../model/publication-number.js'
import type { ParseContext, ParseIssue, ParseResult, PatentParser } from '../../parser.js'
import { readCitations } from './fragments/citations.js'
import { readClassifications } from './fragments/classifications.js'
import { parseWku, readIdentity } from './fragments/identity.js'
import { readParties } from './fragments/parties.js'
import { readPct, readPriorities, readRelated } from './fragments/related.js'
import { readAbstract, readClaims, readDescription } from './fragments/text.js'
import { fieldsOf, readApsSections } from './sections.js'
import { valueOf } from './tagged-lines.js'
import { defined } from './us-text.js'

const FORMAT = 'uspto-aps'

/**
 * USPTO APS "green book" full text (US patents issued 1976–2001): fixed four-column field codes
 * grouped in sections (`PATN`, `INVT`, `UREF`, `CLMS`…), continuation lines indented.
 * Records get the pre-2001 kind codes: `US-3937375-A`, `US-D241353-S`, `US-RE28475-E`, `US-PP3568-P`.
 *
 * @example usptoAps.parse(text, { file: 'pftaps19760106_wk01.txt', offset: 0 }).record?.id // 'US-3930271-A'
 */
export const usptoAps: PatentParser = {
  id: FORMAT,
  office: 'US',
  description: 'USPTO APS green-book full text of US grants 1976–2001 (PATN/WKU field records)',
  detect(head: string): boolean {
    return /^\uFEFF?\s*(?:PATN[ \t]*(?:\r?\n|$)|HHHHHT)/.test(head)
  },
  parse(text: string, context: ParseContext): ParseResult {
    const sections = readApsSections(text)
    if (!sections.some((s) => s.name === 'PATN') && /^\uFEFF?\s*HHHHHT/.test(text)) {
      return { issues: [], skipped: 'APS file header record (HHHHHT) — not a patent publication' }
    }
    const patn = fieldsOf(sections, 'PATN')
    const rawWku = valueOf(patn, 'WKU')
    if (!rawWku) {
      return { issues: [error('PARSE_MISSING_FIELD', errorMessage('PARSE_MISSING_FIELD', 'WKU'))] }
    }
    const wku = parseWku(rawWku)
    if (!wku) {
      const detail = `not a patent number: ${JSON.stringify(rawWku)}`
      return {
        issues: [error('PARSE_INVALID_FIELD', errorMessage('PARSE_INVALID_FIELD', 'WKU', detail))],
        documentNumber: rawWku,
      }
    }
    const identity = readIdentity(patn, wku)
    const { publication } = identity
    const id = formatPublicationId({ country: 'US', number: wku.number, kind: publication.kind })
    const issues: ParseIssue[] = []
    if (!publication.date) {
      issues.push(warning('ISD'))
    }
    const title = valueOf(patn, 'TTL')
    const abstract = readAbstract(sections)
    const description = readDescription(sections)
    const claims = readClaims(sections)
    const record = defined<PatentRecord>({
      id,
      publication,
      application: identity.application,
      documentType: identity.documentType,
      stage: identity.stage,
      grantDate: identity.stage === 'grant' ? publication.date : undefined,
      priorityClaims: readPriorities(sections),
      titles: title ? [{ lang: 'en', text: title }] : [],
      abstracts: abstract ? [{ lang: 'en', text: abstract }] : [],
      descriptions: description ? [{ lang: 'en', text: description }] : [],
      claims: claims.length > 0 ? [{ lang: 'en', claims }] : [],
      parties: readParties(sections),
      classifications: readClassifications(sections),
      citations: readCitations(sections),
      relatedDocuments: readRelated(sections),
      term: identity.term,
      pct: readPct(sections),
      claimCount: identity.claimCount,
      figureCount: identity.figureCount,
      source: defined<SourceInfo>({ format: FORMAT, file: context.file, offset: context.offset }),
    })
    return { record, issues, documentNumber: id }
  },
}

function error(code: ParseIssue['code'], message: string): ParseIssue {
  return { severity: 'error', code, message, field: 'WKU' }
}

function warning(field: string): ParseIssue {
  const message = errorMessage('PARSE_MISSING_FIELD', field)
  return { severity: 'warning', code: 'PARSE_MISSING_FIELD', message, field }
}
