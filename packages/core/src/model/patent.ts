import { z } from 'zod'
import { Citation } from './citation.js'
import { ClaimSet } from './claim.js'
import { Classification } from './classification.js'
import { DocumentId, IsoDate } from './document-id.js'
import { Parties } from './party.js'
import { PriorityClaim } from './priority-claim.js'
import { RelatedDocument } from './related-document.js'
import { LocalizedText } from './text.js'

/**
 * What a publication is. Grants and applications differ in legal effect (a granted claim can be
 * infringed, a published one only may be), so every consumer needs it.
 */
export const DocumentType = z.enum([
  'utility',
  'design',
  'plant',
  'reissue',
  'defensive-publication',
  'statutory-invention-registration',
  'utility-model',
  'unknown',
])
export type DocumentType = z.infer<typeof DocumentType>

/** `application` for pre-grant publications (A1/A2/A9…), `grant` for granted patents. */
export const PublicationStage = z.enum(['application', 'grant', 'search-report', 'unknown'])
export type PublicationStage = z.infer<typeof PublicationStage>

/** Patent-term data where the source gives it (USPTO `us-term-of-grant`). */
export const TermData = z.object({
  /** US patent term adjustment/extension in days (35 USC 154(b)). */
  extensionDays: z.number().int().optional(),
  /** A terminal disclaimer was filed: term may end with an earlier patent's. */
  terminalDisclaimer: z.boolean().optional(),
  /** Term length stated by the source, in years (US design patents: 14 or 15). */
  lengthYears: z.number().int().positive().optional(),
  /** Free-text disclaimer as printed. */
  disclaimerText: z.string().optional(),
})
export type TermData = z.infer<typeof TermData>

/** PCT data of a national-phase document. */
export const PctData = z.object({
  filing: DocumentId.optional(),
  publication: DocumentId.optional(),
  /** Date of 35 USC 371(c) fulfilment or national-phase entry. */
  nationalPhaseEntryDate: IsoDate.optional(),
})
export type PctData = z.infer<typeof PctData>

/** Where the record came from, for provenance and for "a newer version replaces the older one". */
export const SourceInfo = z.object({
  /** Parser id, e.g. `uspto-grant-v4`. */
  format: z.string(),
  /** Schema/DTD version as declared (`v4.5 2014-04-03`). */
  formatVersion: z.string().optional(),
  /** File name (not the full path) the document was read from. */
  file: z.string().optional(),
  /** Byte offset of the document inside the file. */
  offset: z.number().int().nonnegative().optional(),
  /** Production date the office stamped on the document; orders versions of one publication. */
  produced: IsoDate.optional(),
  /**
   * The source gives only part of the publication (DOCDB or OPS bibliographic data, one OPS
   * full-text section, a bare family member): ingest merges it into the stored record
   * (`mergePartialRecord`) instead of replacing what the stored record has and it lacks.
   */
  partial: z.boolean().optional(),
})
export type SourceInfo = z.infer<typeof SourceInfo>

/**
 * One published patent document (an application publication or a granted patent) in one office.
 * This is the contract between parsers, stores, search and rules. `id` is the canonical
 * publication number (`US-10000000-B2`, see `formatPublicationId`).
 */
export const PatentRecord = z.object({
  id: z.string().regex(/^[A-Z]{2}-[A-Z0-9]+(-[A-Z0-9]{1,3})?$/),
  publication: DocumentId,
  application: DocumentId.optional(),
  documentType: DocumentType,
  stage: PublicationStage,
  /** Grant date for grants (equal to the publication date at the USPTO). */
  grantDate: IsoDate.optional(),
  priorityClaims: z.array(PriorityClaim),
  /**
   * Earliest priority date as the source states it, where it gives one without the claims behind
   * it (Google Patents' `priority_date`). Consumers use `earliestPriorityDate`, which falls back to
   * the priority claims and then to the filing date.
   */
  priorityDate: IsoDate.optional(),
  titles: z.array(LocalizedText),
  abstracts: z.array(LocalizedText),
  descriptions: z.array(LocalizedText),
  claims: z.array(ClaimSet),
  parties: Parties,
  classifications: z.array(Classification),
  citations: z.array(Citation),
  relatedDocuments: z.array(RelatedDocument),
  /**
   * Forward citations as the source lists them (Google Patents' `cited_by`): documents that cite
   * this one. Most sources give none; the store also derives forward citations from the backward
   * citations of stored documents.
   */
  citedBy: z.array(DocumentId).optional(),
  /** Family identifiers given by the source: DOCDB simple family, INPADOC extended family. */
  family: z
    .object({
      docdb: z.string().optional(),
      inpadoc: z.string().optional(),
    })
    .optional(),
  term: TermData.optional(),
  pct: PctData.optional(),
  /** Number of claims the office states (may differ from parsed claims when some are cancelled). */
  claimCount: z.number().int().nonnegative().optional(),
  figureCount: z.number().int().nonnegative().optional(),
  source: SourceInfo,
})
export type PatentRecord = z.infer<typeof PatentRecord>

/** An empty `parties` block, for parsers to fill. */
export function emptyParties(): z.infer<typeof Parties> {
  return { applicants: [], assignees: [], inventors: [], agents: [], examiners: [] }
}

/**
 * The earliest priority date of a record (its effective date for prior art): the stated
 * `priorityDate`, else the earliest dated priority claim, else the filing date of its application.
 * `undefined` when the source gives none of them.
 */
export function earliestPriorityDate(record: PatentRecord): string | undefined {
  const dates = record.priorityClaims.map((p) => p.date).filter((d): d is string => !!d)
  if (record.priorityDate) {
    dates.push(record.priorityDate)
  }
  if (dates.length === 0) {
    return record.application?.date
  }
  return dates.reduce((a, b) => (b < a ? b : a))
}
