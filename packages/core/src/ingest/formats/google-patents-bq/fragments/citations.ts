import type { Citation, CitationCategory } from '../../../../model/citation.js'
import type { DocumentId } from '../../../../model/document-id.js'
import { formatPublicationId } from '../../../../model/publication-number.js'
import type { FieldReader, JsonObject } from '../../../json/field-reader.js'
import { publicationDocument } from './numbers.js'

// BigQuery `citation.category` is the procedural origin (DOCDB phase): who cited the document.
const CATEGORIES: Readonly<Record<string, CitationCategory>> = {
  APP: 'applicant',
  SEA: 'search-report',
  ISR: 'search-report',
  SUP: 'search-report',
  EXA: 'examiner',
  OPP: 'opposition',
  TPO: 'third-party',
  '115': 'third-party',
}

/** Backward citations (`citation`): patent documents and non-patent literature (`npl_text`). */
export function citations(r: FieldReader, obj: JsonObject): Citation[] {
  const out: Citation[] = []
  r.objects(obj, 'citation').forEach((c, i) => {
    const phase = r.string(c, 'category').toUpperCase()
    const type = r.string(c, 'type').toUpperCase()
    const citation: Citation = { category: CATEGORIES[phase] ?? 'unknown', sequence: i }
    if (phase) {
      citation.phase = phase
    }
    // `type` holds search-report relevance letters (X, Y, A, D, P …).
    const relevance = [...type.replace(/[^A-Z]/g, '')]
    if (relevance.length > 0) {
      citation.relevance = relevance
    }
    const number = r.string(c, 'publication_number')
    const npl = r.string(c, 'npl_text')
    if (number) {
      const document = publicationDocument(number)
      if (!document) {
        r.warn(
          `citation[${i}].publication_number`,
          `not a publication number: ${JSON.stringify(number)}`,
        )
        return
      }
      citation.document = document
      citation.documentRef = formatPublicationId(document)
    } else if (npl) {
      citation.npl = npl
    } else {
      return
    }
    out.push(citation)
  })
  return out
}

/** Forward citations (`cited_by`, from `google_patents_research.publications`). */
export function citedBy(r: FieldReader, obj: JsonObject): DocumentId[] {
  const out: DocumentId[] = []
  r.objects(obj, 'cited_by').forEach((c, i) => {
    const number = r.string(c, 'publication_number')
    const doc = number ? publicationDocument(number) : undefined
    if (doc) {
      out.push(doc)
    } else if (number) {
      r.warn(
        `cited_by[${i}].publication_number`,
        `not a publication number: ${JSON.stringify(number)}`,
      )
    }
  })
  return out
}
