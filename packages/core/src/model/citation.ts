import { z } from 'zod'
import { DocumentId } from './document-id.js'

/** Who cited a document. USPTO prints "cited by examiner" / "cited by applicant"; search reports are EPO/PCT. */
export const CitationCategory = z.enum([
  'examiner',
  'applicant',
  'third-party',
  'search-report',
  'opposition',
  'unknown',
])
export type CitationCategory = z.infer<typeof CitationCategory>

/** A backward citation: either a patent document or non-patent literature (`npl`). */
export const Citation = z.object({
  /** The cited patent document; absent for non-patent literature. */
  document: DocumentId.optional(),
  /** Canonical id of the cited document when it could be normalised (`US-5000000-A`). */
  documentRef: z.string().optional(),
  /** Non-patent literature as printed. */
  npl: z.string().optional(),
  category: CitationCategory,
  /** Search-report relevance codes: X, Y, A, P, E, D, L, O, T. */
  relevance: z.array(z.string()).optional(),
  /** Procedural phase of the citation: `SEA` (search), `EXA` (examination), `APP`, `ISR` … */
  phase: z.string().optional(),
  /** Cited party name as printed (USPTO prints the patentee of US references). */
  citedName: z.string().optional(),
  sequence: z.number().int().nonnegative().optional(),
})
export type Citation = z.infer<typeof Citation>
