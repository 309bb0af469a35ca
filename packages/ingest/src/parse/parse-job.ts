import type { DocumentOutcome } from '@chuhai/core/ingest'

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
  readonly outcome: DocumentOutcome
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
