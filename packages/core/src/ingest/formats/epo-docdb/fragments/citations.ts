import type { Citation, CitationCategory } from '../../../../model/citation.js'
import { child, children, text } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import { patentCitation } from '../../office-xml-common/st36-citations.js'
import { pickDocumentId } from './document-ids.js'

/** Verbose phases (OPS) → the DOCDB codes. Codes DOCDB already uses pass through. */
const PHASES: Readonly<Record<string, string>> = {
  search: 'SEA',
  examination: 'EXA',
  opposition: 'OPP',
  applicant: 'APP',
  'international-search-report': 'ISR',
  'supplementary-search-report': 'SUP',
  'third-party': 'TPO',
}

/** The citation category a phase implies (who brought the document into the procedure). */
export function categoryOfPhase(phase: string | undefined, citedBy?: string): CitationCategory {
  switch (phase ?? '') {
    case 'APP':
      return 'applicant'
    case 'OPP':
      return 'opposition'
    case 'TPO':
      return 'third-party'
    case 'EXA':
      return 'examiner'
    case 'SEA':
    case 'ISR':
    case 'SUP':
    case 'IPE':
    case 'PRS':
    case 'national-search-report':
      return 'search-report'
    default:
      return citedBy === 'applicant' ? 'applicant' : citedBy === 'examiner' ? 'examiner' : 'unknown'
  }
}

/** `XY` → [`X`, `Y`]: relevance letters of a citation. */
function relevanceOf(el: XmlElement): string[] {
  const letters = children(el, 'category')
    .map((c) => text(c))
    .join('')
    .replace(/[^A-Z]/g, '')
  return [...new Set(letters.split(''))]
}

/**
 * `references-cited/citation`: the cited patent (`patcit`, DOCDB or EPODOC form) or literature
 * (`nplcit`), with its phase (`cited-phase`: SEA, ISR, EXA, APP, OPP, TPO…), the category the
 * phase implies, and the relevance letters.
 */
export function mapDocdbCitations(el: XmlElement | undefined): Citation[] {
  const out: Citation[] = []
  for (const c of children(el, 'citation')) {
    const raw = c.attrs['cited-phase']
    const phase = raw && raw !== 'undefined' ? (PHASES[raw] ?? raw) : undefined
    const category = categoryOfPhase(phase, c.attrs['cited-by'])
    const relevance = relevanceOf(c)
    const sequence = out.length + 1
    const patcit = child(c, 'patcit')
    const nplcit = child(c, 'nplcit')
    if (patcit) {
      const document = pickDocumentId([patcit], 'publication')
      const name = text(child(children(patcit, 'document-id')[0], 'name')) || undefined
      if (document) {
        out.push(
          patentCitation(document, category, { relevance, phase, citedName: name, sequence }),
        )
      }
    } else if (nplcit) {
      const npl = text(child(nplcit, 'text')) || text(nplcit)
      if (npl) {
        const cit: Citation = { npl, category, sequence }
        if (relevance.length > 0) {
          cit.relevance = relevance
        }
        if (phase) {
          cit.phase = phase
        }
        out.push(cit)
      }
    }
  }
  return out
}
