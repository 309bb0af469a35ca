import type { Citation } from '../../../../model/citation.js'
import type { PriorityClaim } from '../../../../model/priority-claim.js'
import { toIsoDate } from '../../../../model/document-id.js'
import type { JsonObject, LensReader } from '../lens-fields.js'
import { documentId } from './document-ids.js'

/**
 * Backward citations: patent citations with their search-report categories (X, Y, A…) and phase
 * (`SEA` search, `EXA` examination, `APP` applicant, `OPP` opposition…), and non-patent literature.
 */
export function citations(r: LensReader, biblio: JsonObject | undefined): Citation[] {
  const block = r.object(biblio, 'references_cited', 'biblio.references_cited')
  return r.objects(block, 'citations', 'biblio.references_cited.citations').flatMap((c, i) => {
    const phase = r.string(c, 'cited_phase')
    const base: Pick<Citation, 'category' | 'sequence'> = {
      category: category(phase),
      sequence: Number(r.string(c, 'sequence')) || i + 1,
    }
    const relevance = r.strings(c, 'category')
    const patcit = r.object(c, 'patcit')
    const out: Citation = { ...base }
    if (patcit) {
      const doc = documentId(
        r,
        r.object(patcit, 'document_id'),
        `biblio.references_cited.citations[${i}].patcit`,
      )
      if (!doc) {
        return []
      }
      out.document = doc
    } else {
      const npl = r.string(r.object(c, 'nplcit'), 'text')
      if (!npl) {
        return []
      }
      out.npl = npl
    }
    if (relevance.length > 0) {
      out.relevance = relevance
    }
    if (phase) {
      out.phase = phase
    }
    return [out]
  })
}

function category(phase: string): Citation['category'] {
  switch (phase.toUpperCase()) {
    case 'SEA':
    case 'ISR':
      return 'search-report'
    case 'EXA':
      return 'examiner'
    case 'APP':
      return 'applicant'
    case 'OPP':
      return 'opposition'
    case 'TPO':
      return 'third-party'
    default:
      return 'unknown'
  }
}

/** Priority claims in their order. */
export function priorityClaims(r: LensReader, biblio: JsonObject | undefined): PriorityClaim[] {
  const block = r.object(biblio, 'priority_claims', 'biblio.priority_claims')
  return r.objects(block, 'claims', 'biblio.priority_claims.claims').flatMap((c, i) => {
    const country = r.string(c, 'jurisdiction').toUpperCase()
    const number = r.string(c, 'doc_number')
    if (!/^[A-Z]{2}$/.test(country) || !number) {
      return []
    }
    const claim: PriorityClaim = {
      country,
      number,
      sequence: Number(r.string(c, 'sequence')) || i + 1,
    }
    const date = toIsoDate(r.string(c, 'date'))
    if (date) {
      claim.date = date
    }
    claim.kind = country === 'WO' ? 'international' : country === 'EP' ? 'regional' : 'national'
    return [claim]
  })
}
