import { errorMessage } from '../../../../errors.js'
import { toIsoDate, type DocumentId } from '../../../../model/document-id.js'
import type { DocumentType } from '../../../../model/patent.js'
import type { PriorityClaim } from '../../../../model/priority-claim.js'
import {
  formatPublicationId,
  normalizeApplicationNumber,
  parsePublicationNumber,
} from '../../../../model/publication-number.js'
import { child, children } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import type { ParseIssue } from '../../../parser.js'
import { countryCode, pdat, prune } from './common.js'

/** What `B100` says about the document itself. */
export interface GrantIdentity {
  /** Canonical id, `US-6336130-B1`. */
  readonly id: string
  readonly publication: DocumentId
  readonly documentType: DocumentType
}

/**
 * Reads `B100` (B110 number, B130 kind, B140 date, B190 country). Returns the raw number even
 * when it does not parse, so failures can still be reported under a document number.
 */
export function readIdentity(
  sdobi: XmlElement | undefined,
  issues: ParseIssue[],
): { raw?: string; identity?: GrantIdentity } {
  const b100 = child(sdobi, 'B100')
  const raw = pdat(b100, 'B110/DNUM') ?? pdat(b100, 'B110')
  if (!raw) {
    issues.push(missing('B100/B110 (patent number)', 'error'))
    return {}
  }
  const country = countryCode(pdat(b100, 'B190')) ?? 'US'
  const pn = parsePublicationNumber(`${country}${raw.replace(/\s+/g, '')}`)
  if (!pn) {
    issues.push({
      severity: 'error',
      code: 'PARSE_INVALID_FIELD',
      message: errorMessage('PARSE_INVALID_FIELD', 'B110', `not a patent number: "${raw}"`),
      field: 'B110',
    })
    return { raw }
  }
  const printedKind = pdat(b100, 'B130')?.toUpperCase()
  const kind = printedKind && /^[A-Z][A-Z0-9]{0,2}$/.test(printedKind) ? printedKind : undefined
  if (!kind) {
    issues.push(missing('B100/B130 (kind code)', 'warning'))
  }
  const date = toIsoDate(pdat(b100, 'B140/DATE') ?? pdat(b100, 'B140'))
  if (!date) {
    issues.push(missing('B100/B140 (issue date)', 'warning'))
  }
  const publication = prune({ country: pn.country, number: pn.number, kind, date })
  const id = formatPublicationId({ ...pn, kind })
  return { raw, identity: { id, publication, documentType: documentType(pn.number, kind) } }
}

/** Reads `B200`: B210 application number (with the B211US series code), B220 filing date. */
export function readApplication(sdobi: XmlElement | undefined): DocumentId | undefined {
  const b200 = child(sdobi, 'B200')
  const raw = pdat(b200, 'B210/DNUM') ?? pdat(b200, 'B210')
  if (!raw) {
    return undefined
  }
  let number = normalizeApplicationNumber(raw)
  const series = pdat(b200, 'B211US')
  // Some documents print the six-digit serial alone; the series code makes it unique.
  if (series && /^\d{6}$/.test(number) && /^\d{2}$/.test(series)) {
    number = `${series}${number}`
  }
  const date = toIsoDate(pdat(b200, 'B220/DATE') ?? pdat(b200, 'B220'))
  return prune({ country: 'US', number, date })
}

/** Reads each `B300` (B310 number, B320 date, B330 country) as a Paris/PCT priority claim. */
export function readPriorities(sdobi: XmlElement | undefined): PriorityClaim[] {
  const out: PriorityClaim[] = []
  for (const b300 of children(sdobi, 'B300')) {
    const number = pdat(b300, 'B310/DNUM') ?? pdat(b300, 'B310')
    const country = countryCode(pdat(b300, 'B330/CTRY') ?? pdat(b300, 'B330'))
    if (!number || !country) {
      continue
    }
    const kind =
      country === 'WO' ? 'international' : REGIONAL.has(country) ? 'regional' : 'national'
    const date = toIsoDate(pdat(b300, 'B320/DATE') ?? pdat(b300, 'B320'))
    out.push(prune({ country, number, date, kind }))
  }
  return out
}

const REGIONAL = new Set(['EP', 'EA', 'AP', 'OA', 'GC'])

/** Design (`D`, kind S), plant (`PP`, kind P), reissue (`RE`, kind E), SIR (`H`), else utility. */
export function documentType(number: string, kind: string | undefined): DocumentType {
  const prefix = /^[A-Z]+/.exec(number)?.[0] ?? ''
  const k = kind?.[0] ?? ''
  if (prefix === 'D' || k === 'S') {
    return 'design'
  }
  if (prefix === 'PP' || k === 'P') {
    return 'plant'
  }
  if (prefix === 'RE' || k === 'E') {
    return 'reissue'
  }
  if (prefix === 'H' || k === 'H') {
    return 'statutory-invention-registration'
  }
  if (prefix === 'T') {
    return 'defensive-publication'
  }
  return 'utility'
}

function missing(field: string, severity: 'error' | 'warning'): ParseIssue {
  return {
    severity,
    code: 'PARSE_MISSING_FIELD',
    message: errorMessage('PARSE_MISSING_FIELD', field),
    field,
  }
}
