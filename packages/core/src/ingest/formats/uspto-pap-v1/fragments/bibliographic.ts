import { errorMessage } from '../../../../errors.js'
import { toIsoDate, type DocumentId } from '../../../../model/document-id.js'
import type { DocumentType } from '../../../../model/patent.js'
import type { PriorityClaim } from '../../../../model/priority-claim.js'
import {
  formatPublicationId,
  normalizeApplicationNumber,
  parsePublicationNumber,
} from '../../../../model/publication-number.js'
import type { ParseIssue } from '../../../parser.js'
import { child, children } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { countryCode, prune, value } from './common.js'

/** What `document-id` says about the publication itself. */
export interface PapIdentity {
  /** Canonical id, `US-20010000044-A1`. */
  readonly id: string
  readonly publication: DocumentId
  readonly documentType: DocumentType
}

/**
 * Reads the publication's `document-id` (doc-number, kind-code, document-date). Returns the raw
 * number even when it does not parse, so failures can still be reported under a number.
 */
export function readIdentity(
  bib: XmlElement | undefined,
  issues: ParseIssue[],
): { raw?: string; identity?: PapIdentity } {
  const id = child(bib, 'document-id')
  const raw = value(id, 'doc-number')
  if (!raw) {
    issues.push(missing('document-id/doc-number (publication number)', 'error'))
    return {}
  }
  const pn = parsePublicationNumber(`US${raw.replace(/\s+/g, '')}`)
  if (!pn) {
    const field = 'document-id/doc-number'
    issues.push({
      severity: 'error',
      code: 'PARSE_INVALID_FIELD',
      message: errorMessage('PARSE_INVALID_FIELD', field, `not a publication number: "${raw}"`),
      field,
    })
    return { raw }
  }
  const printed = value(id, 'kind-code')?.toUpperCase()
  const kind = printed && /^[A-Z][A-Z0-9]{0,2}$/.test(printed) ? printed : undefined
  if (!kind) {
    issues.push(missing('document-id/kind-code', 'warning'))
  }
  const date = toIsoDate(value(id, 'document-date'))
  if (!date) {
    issues.push(missing('document-id/document-date (publication date)', 'warning'))
  }
  // Plant applications are published with kind P1 (P4, P9 for republications).
  const documentType: DocumentType = kind?.startsWith('P') ? 'plant' : 'utility'
  const publication = prune({ country: 'US', number: pn.number, kind, date })
  return { raw, identity: { id: formatPublicationId({ ...pn, kind }), publication, documentType } }
}

/** Reads `domestic-filing-data`: application number (with its series code) and filing date. */
export function readApplication(bib: XmlElement | undefined): DocumentId | undefined {
  const data = child(bib, 'domestic-filing-data')
  const raw = value(data, 'application-number/doc-number') ?? value(data, 'application-number')
  if (!raw) {
    return undefined
  }
  let number = normalizeApplicationNumber(raw)
  const series = value(data, 'application-number-series-code')
  if (series && /^\d{6}$/.test(number) && /^\d{2}$/.test(series)) {
    number = `${series}${number}`
  }
  return prune({ country: 'US', number, date: toIsoDate(value(data, 'filing-date')) })
}

/** Reads each `foreign-priority-data` (number, filing date, country) as a priority claim. */
export function readPriorities(bib: XmlElement | undefined): PriorityClaim[] {
  const out: PriorityClaim[] = []
  for (const el of children(bib, 'foreign-priority-data')) {
    const number =
      value(el, 'priority-application-number/doc-number') ??
      value(el, 'priority-application-number')
    const country = countryCode(value(el, 'country-code'))
    if (!number || !country) {
      continue
    }
    const kind =
      country === 'WO' ? 'international' : REGIONAL.has(country) ? 'regional' : 'national'
    out.push(prune({ country, number, date: toIsoDate(value(el, 'filing-date')), kind }))
  }
  return out
}

const REGIONAL = new Set(['EP', 'EA', 'AP', 'OA', 'GC'])

/** A missing-field issue naming the element path. */
export function missing(field: string, severity: 'error' | 'warning'): ParseIssue {
  return {
    severity,
    code: 'PARSE_MISSING_FIELD',
    message: errorMessage('PARSE_MISSING_FIELD', field),
    field,
  }
}
