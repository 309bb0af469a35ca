import type { LegalEventSet } from '../model/legal-event.js'
import type { PatentRecord } from '../model/patent.js'
import type { PublicationNumber } from '../model/publication-number.js'

/** How far an ingest of one source file has been committed (crash safety, resumption). */
export interface IngestCheckpoint {
  /** Source key: absolute path, plus `!entry` for a zip entry. */
  readonly source: string
  readonly size: number
  readonly mtimeMs: number
  /** Every document starting before this byte offset is committed. */
  readonly committedOffset: number
  /** Documents committed from this source so far (stored, unchanged or replaced). */
  readonly documents: number
  readonly complete: boolean
}

/** What an upsert did. */
export interface UpsertSummary {
  /** New publications. */
  readonly inserted: number
  /** Publications replaced by a newer or different version. */
  readonly replaced: number
  /** Identical to what was stored, or older than the stored version: nothing written. */
  readonly unchanged: number
}

/** Counts for `chuhai stats`. Records without a kind or publication date count under `unknown`. */
export interface StoreStats {
  readonly documents: number
  readonly byCountry: readonly { readonly key: string; readonly count: number }[]
  readonly byKind: readonly { readonly key: string; readonly count: number }[]
  readonly byYear: readonly { readonly key: string; readonly count: number }[]
  readonly byType: readonly { readonly key: string; readonly count: number }[]
}

/** Options for `PatentStore.upsert`. */
export interface UpsertOptions {
  /** Written in the same transaction as the records, so a crash never separates them. */
  readonly checkpoint?: IngestCheckpoint
  /**
   * Content hashes of `records`, by index, exactly as `contentHash` computes them with sha1 (the
   * ingest computes them on its parse workers, off the writer thread). A missing entry is
   * computed by the store. A wrong hash can only make an upsert rewrite or skip that record.
   */
  readonly contentHashes?: readonly (string | undefined)[]
  /**
   * Skeletons of `records` (`recordSkeleton`: the JSON with texts emptied), by index, when the
   * caller has them (the ingest's parse workers send records in this form). A missing entry is
   * computed by the store; stores that keep records otherwise ignore them.
   */
  readonly skeletons?: readonly (string | undefined)[]
  /**
   * Legal events to store in the same transaction (merged with those stored: an event already
   * there is not added twice). Stores that keep no legal data (`LegalStatusReader` absent) ignore them.
   */
  readonly legal?: readonly LegalEventSet[]
}

/**
 * The persistence port for patent records (house style R3). Every method is async even where the
 * driver is synchronous. Tenancy and authorisation are applied by callers before the store.
 */
export interface PatentStore {
  /** Adapter id, e.g. `sqlite`. */
  readonly id: string
  /**
   * Inserts or replaces records, in one transaction with the optional checkpoint.
   * Idempotent: a record equal to the stored one changes nothing. A different version replaces
   * the stored one unless the stored one was produced later (`source.produced`).
   */
  upsert(records: readonly PatentRecord[], options?: UpsertOptions): Promise<UpsertSummary>
  /** The record with canonical id `US-10000000-B2`. */
  get(id: string): Promise<PatentRecord | undefined>
  /** Records of one publication number; without a kind, every kind (newest publication first). */
  findByNumber(number: PublicationNumber): Promise<PatentRecord[]>
  /** Removes records by id; returns how many existed. */
  remove(ids: readonly string[]): Promise<number>
  count(): Promise<number>
  stats(): Promise<StoreStats>
  getCheckpoint(source: string): Promise<IngestCheckpoint | undefined>
  /** Writes a checkpoint on its own (e.g. to mark a file complete). */
  saveCheckpoint(checkpoint: IngestCheckpoint): Promise<void>
  close(): Promise<void>
}
