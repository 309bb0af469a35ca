import type { ErrorCode } from '../errors.js'
import type { LegalEventSet } from '../model/legal-event.js'
import type { PatentRecord } from '../model/patent.js'

/** Where a document sits: file name, byte offset of its first byte, entry inside a zip. */
export interface ParseContext {
  readonly file?: string
  readonly offset?: number
}

/** A problem with one document. Errors reject the document; warnings keep it. */
export interface ParseIssue {
  readonly severity: 'error' | 'warning'
  readonly code: ErrorCode
  readonly message: string
  /** The field or element concerned, e.g. `claims/claim[3]` or `publication-reference`. */
  readonly field?: string
}

/**
 * What a parser returns: a record, or the reason there is none.
 * `skipped` is set for documents that are recognised but are not patent publications
 * (sequence listings, classification schemes): they are neither stored nor failures.
 */
export interface ParseResult {
  readonly record?: PatentRecord
  /**
   * Every publication of a document that holds several (an API search response lists many);
   * when set, `record` is not read. An empty list with no error means "nothing to store".
   */
  readonly records?: readonly PatentRecord[]
  readonly issues: readonly ParseIssue[]
  readonly skipped?: string
  /** Publication number when known even if the record failed, for error reports. */
  readonly documentNumber?: string
  /**
   * For a container that holds several publications (a DOCDB exchange file, an EPO OPS response
   * with many documents or family members): one result per publication, each with its own record
   * or issues, so that one bad member is reported and skipped while the others land.
   * `record` is then absent.
   */
  readonly parts?: readonly ParseResult[]
  /** Legal events the document gives (EPO OPS/INPADOC legal service, EP Register), per publication. */
  readonly legal?: readonly LegalEventSet[]
}

/**
 * A parser for one office format version (house style R6).
 * `detect` sniffs the first few KB of one document; `parse` reads the whole decoded document.
 * Parsers are synchronous: they are pure CPU work run inside parse workers, and an async
 * signature would only add a microtask per document.
 */
export interface PatentParser {
  /** Stable id: `uspto-grant-v4`, `uspto-aps`. Stored as `source.format`. */
  readonly id: string
  /** Office that publishes the format (`US`, `EP`, `WO`…). */
  readonly office: string
  /** One line on what the format is and which versions it covers. */
  readonly description: string
  detect(head: string): boolean
  parse(text: string, context: ParseContext): ParseResult
}
