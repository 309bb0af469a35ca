import type { Citation, CitationCategory } from '../../../model/citation.js'
import type { DocumentId } from '../../../model/document-id.js'
import { documentIdToPublicationId } from '../../../model/publication-number.js'
import { child, children, descendants, text } from '../../xml/query.js'
import type { XmlElement } from '../../xml/tree.js'
import { readRawDocumentId, toDocumentId } from '../uspto-v4-common/fragments/document-id.js'
import { parsePrintedCitation } from './printed-citation.js'

/** Builds a patent citation with its canonical `documentRef` where the number normalises. */
export function patentCitation(
  document: DocumentId,
  category: CitationCategory,
  more: Partial<Citation> = {},
): Citation {
  const ref = documentIdToPublicationId(document)
  const out: Citation = { document, category }
  if (ref) {
    out.documentRef = ref
  }
  for (const [k, v] of Object.entries(more)) {
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) {
      ;(out as Record<string, unknown>)[k] = v
    }
  }
  return out
}

/** Reads a `patcit` (ST.36): its `document-id`, else its `dnum` attribute (`US2020068759A1`). */
export function readPatcit(el: XmlElement): { document?: DocumentId; name?: string } {
  const raw = readRawDocumentId(child(el, 'document-id'))
  const document = toDocumentId(raw, 'publication')
  if (document) {
    return { document, name: raw.name }
  }
  const dnum = el.attrs.dnum ?? text(child(el, 'text'))
  const parsed = dnum ? (parsePrintedCitation(dnum) ?? compactNumber(dnum)) : undefined
  return { document: parsed }
}

function compactNumber(raw: string): DocumentId | undefined {
  const m = /^([A-Z]{2})(\d+[A-Z]?\d*?)([A-Z]\d?)?$/.exec(raw.replace(/\s+/g, '').toUpperCase())
  if (!m) {
    return undefined
  }
  const doc: DocumentId = { country: m[1] ?? '', number: m[2] ?? '' }
  if (m[3]) {
    doc.kind = m[3]
  }
  return toDocumentId({ country: doc.country, number: doc.number, kind: doc.kind }, 'publication')
}

/**
 * Citations of a search report (`srep-citations/citation`): the cited document (`patcit`) or
 * non-patent literature (`nplcit`), with its relevance categories (X, Y, A…) and phase `SEA`.
 */
export function searchReportCitations(el: XmlElement | undefined): Citation[] {
  const out: Citation[] = []
  for (const c of descendants(el, 'citation')) {
    const relevance = children(c, 'category')
      .map((x) => text(x))
      .flatMap((t) => t.split(/[\s,]+/))
      .filter(Boolean)
    const patcit = child(c, 'patcit')
    const nplcit = child(c, 'nplcit')
    const sequence = out.length + 1
    if (patcit) {
      const { document, name } = readPatcit(patcit)
      if (document) {
        out.push(
          patentCitation(document, 'search-report', {
            relevance,
            phase: 'SEA',
            citedName: name,
            sequence,
          }),
        )
      }
    } else if (nplcit) {
      const npl = text(nplcit)
      if (npl) {
        out.push({ npl, category: 'search-report', relevance, phase: 'SEA', sequence })
      }
    }
  }
  return out.map((c) => (c.relevance?.length === 0 ? { ...c, relevance: undefined } : c))
}

/**
 * The applicant's references printed at the end of the description (`ep-reference-list`):
 * patent documents (`patcit`) and literature (`nplcit`), category `applicant`, phase `APP`.
 */
export function referenceListCitations(el: XmlElement | undefined): Citation[] {
  const out: Citation[] = []
  const seen = new Set<string>()
  const walk = (e: XmlElement): void => {
    for (const c of children(e)) {
      if (c.name === 'patcit') {
        const { document } = readPatcit(c)
        const key = document ? `${document.country}${document.number}${document.kind ?? ''}` : ''
        if (document && !seen.has(key)) {
          seen.add(key)
          out.push(
            patentCitation(document, 'applicant', { phase: 'APP', sequence: out.length + 1 }),
          )
        }
      } else if (c.name === 'nplcit') {
        const npl = text(c)
        if (npl && !seen.has(npl)) {
          seen.add(npl)
          out.push({ npl, category: 'applicant', phase: 'APP', sequence: out.length + 1 })
        }
      } else {
        walk(c)
      }
    }
  }
  if (el) {
    walk(el)
  }
  return out
}
