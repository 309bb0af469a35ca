import type { DocumentId } from '../../../../model/document-id.js'
import type { PctData } from '../../../../model/patent.js'
import type { PriorityClaim } from '../../../../model/priority-claim.js'
import type { RelatedDocument, RelationType } from '../../../../model/related-document.js'
import type { FieldReader, JsonObject } from '../../../json/field-reader.js'
import { applicationParts, isoFromInt } from './numbers.js'

/** `application_number` + `filing_date` → the application the publication belongs to. */
export function application(r: FieldReader, obj: JsonObject): DocumentId | undefined {
  const parts = applicationParts(r.string(obj, 'application_number'))
  if (!parts) {
    return undefined
  }
  const date = isoFromInt(obj.filing_date)
  return date ? { ...parts, date } : parts
}

/** `priority_claim` (`[{application_number, filing_date, …}]`) → priority claims. */
export function priorityClaims(r: FieldReader, obj: JsonObject): PriorityClaim[] {
  const out: PriorityClaim[] = []
  r.objects(obj, 'priority_claim').forEach((p, i) => {
    const raw = r.string(p, 'application_number')
    const parts = applicationParts(raw)
    if (!parts) {
      if (raw) {
        r.warn(
          `priority_claim[${i}].application_number`,
          `not an application number: ${JSON.stringify(raw)}`,
        )
      }
      return
    }
    const claim: PriorityClaim = { ...parts, sequence: i }
    const date = isoFromInt(p.filing_date)
    if (date) {
      claim.date = date
    }
    claim.kind =
      parts.country === 'WO'
        ? 'international'
        : ['EP', 'EA', 'AP', 'OA'].includes(parts.country)
          ? 'regional'
          : 'national'
    out.push(claim)
  })
  return out
}

const RELATIONS: Readonly<Record<string, RelationType>> = {
  CONTINUATION: 'continuation',
  'CONTINUATION-IN-PART': 'continuation-in-part',
  CONTINUATION_IN_PART: 'continuation-in-part',
  DIVISION: 'division',
  DIVISIONAL: 'division',
  PROVISIONAL: 'provisional',
  REISSUE: 'reissue-of',
}

/** `parent` (`[{application_number, type, filing_date}]`) → continuity data. */
export function parents(r: FieldReader, obj: JsonObject): RelatedDocument[] {
  const out: RelatedDocument[] = []
  for (const p of r.objects(obj, 'parent')) {
    const parts = applicationParts(r.string(p, 'application_number'))
    if (!parts) {
      continue
    }
    const date = isoFromInt(p.filing_date)
    out.push({
      relation: RELATIONS[r.string(p, 'type').toUpperCase()] ?? 'other',
      document: date ? { ...parts, date } : parts,
    })
  }
  return out
}

/** `pct_number` (`PCT/US2012/012345`) → the international application. */
export function pct(r: FieldReader, obj: JsonObject): PctData | undefined {
  const raw = r.string(obj, 'pct_number').toUpperCase()
  const m = /^PCT\/?([A-Z]{2})(\d{2,4})\/?(\d+)$/.exec(raw.replace(/\s+/g, ''))
  if (!m) {
    return undefined
  }
  return { filing: { country: 'WO', number: `${m[1]}${m[2]}${m[3]}` } }
}
