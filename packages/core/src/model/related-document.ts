import { z } from 'zod'
import { DocumentId } from './document-id.js'

/** How a document relates to another one in its prosecution history. */
export const RelationType = z.enum([
  'continuation',
  'continuation-in-part',
  'continuing-reissue',
  'division',
  'provisional',
  'reissue-of',
  'reexamination-of',
  'substitution',
  'us-reexamination-reissue-merger',
  'correction',
  'related-publication',
  'utility-model-basis',
  'other',
])
export type RelationType = z.infer<typeof RelationType>

/** A related application or publication: parent of a continuation, a provisional, a reissued patent. */
export const RelatedDocument = z.object({
  relation: RelationType,
  /** The related (usually parent or earlier) application or publication. */
  document: DocumentId,
  /** For continuity data: the child document, when the source names it. */
  child: DocumentId.optional(),
  /** Status of the parent as printed: `PENDING`, `GRANTED`, `ABANDONED`. */
  parentStatus: z.string().optional(),
  /** Patent number granted on the parent application, when printed. */
  parentGrant: DocumentId.optional(),
})
export type RelatedDocument = z.infer<typeof RelatedDocument>
