import type { DocumentOutcome, PackedRecord } from '@chuhai/core/ingest'

/** One document sent to a parser: its bytes and where it came from. */
export interface DocumentInput {
  readonly bytes: Uint8Array
  readonly offset: number
  readonly file: string
  /** Text container (APS, BRS): decoded leniently. */
  readonly text: boolean
}

/** A document's outcome plus its position, so the writer can advance checkpoints. */
export interface ParsedDocument {
  readonly offset: number
  /** Byte offset just past the document. */
  readonly end: number
  /** The outcome; an `ok` outcome whose record was packed has no `record` (see `packed`). */
  readonly outcome: DocumentOutcome
  /**
   * The record of a plain `ok` outcome (one full publication, no container parts) as skeleton and
   * texts: cheaper to send between threads than the object, and the store writes the skeleton.
   */
  readonly packed?: PackedRecord
  /** `contentHash` (sha1) of an `ok` outcome's record, computed where it was parsed. */
  readonly hash?: string
}

/** Messages between the pool and a parse worker. */
export interface ParseRequest {
  readonly id: number
  readonly docs: readonly DocumentInput[]
}
export interface ParseReply {
  readonly id: number
  readonly parsed: readonly ParsedDocument[]
}
