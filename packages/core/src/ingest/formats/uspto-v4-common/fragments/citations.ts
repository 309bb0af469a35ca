import type { Citation, CitationCategory } from '../../../../model/citation.js'
import { documentIdToPublicationId } from '../../../../model/publication-number.js'
import { child, children, text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { parseCount, prune, type MapContext } from '../context.js'
import { readRawDocumentId, toDocumentId } from './document-id.js'

/** USPTO `category` text → who cited. Absent or unknown text → `unknown`. */
export function citationCategory(raw: string | undefined): CitationCategory {
  const s = (raw ?? '').toLowerCase()
  if (s.includes('examiner')) {
    return 'examiner'
  }
  if (s.includes('applicant')) {
    return 'applicant'
  }
  if (s.includes('other') || s.includes('third')) {
    return 'third-party'
  }
  return 'unknown'
}

/** One `patcit`: the cited document, its canonical id where the number parses, the patentee. */
function patentCitation(
  patcit: XmlElement,
  category: CitationCategory,
  ctx: MapContext,
): Citation | undefined {
  const raw = readRawDocumentId(child(patcit, 'document-id'))
  const sequence = parseCount(patcit.attrs.num)
  const document = toDocumentId(raw, 'publication')
  if (!document) {
    const printed = [raw.country, raw.number, raw.kind].filter(Boolean).join(' ')
    if (!printed) {
      ctx.warn('references-cited/citation/patcit', 'skipped a citation without a number')
      return undefined
    }
    // An unusable country code: keep what was printed rather than lose the reference.
    return prune({ npl: printed, category, citedName: raw.name, sequence })
  }
  return prune({
    document,
    documentRef: documentIdToPublicationId(document),
    category,
    citedName: raw.name,
    sequence,
  })
}

/**
 * Maps `references-cited/citation` (DTD v4.0–v4.2) and `us-references-cited/us-citation`
 * (v4.3+): patent citations (`patcit`) and non-patent literature (`nplcit`, its `othercit`
 * text). `category` tells who cited: examiner, applicant, or a third party.
 */
export function mapCitations(el: XmlElement, ctx: MapContext): Citation[] {
  const out: Citation[] = []
  for (const c of children(el)) {
    if (c.name !== 'citation' && c.name !== 'us-citation') {
      continue
    }
    const category = citationCategory(text(child(c, 'category')) || undefined)
    const patcit = child(c, 'patcit')
    if (patcit) {
      const cited = patentCitation(patcit, category, ctx)
      if (cited) {
        out.push(cited)
      }
      continue
    }
    const nplcit = child(c, 'nplcit')
    const npl = text(child(nplcit, 'othercit') ?? nplcit)
    if (nplcit && npl) {
      out.push(prune({ npl, category, sequence: parseCount(nplcit.attrs.num) }))
    }
  }
  return out
}
