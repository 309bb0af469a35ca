import type {
  IngestCheckpoint,
  LegalEventSet,
  PatentRecord,
  UpsertSummary,
} from '@chuhai/core/ingest'
import type { SqliteDb } from '../driver.js'
import { ftsEntryOf, type FtsEntry } from '../fts/fts-apply.js'
import { FtsLog } from '../fts/fts-log.js'
import type { FtsSink } from '../fts/fts-sink.js'
import { recordSkeleton } from '../record-codec.js'
import { CONTENT_HASH_PREFIX } from '@chuhai/core/ingest'
import { contentHashOfSkeleton, legacyContentHash } from './content-hash.js'
import { insertRecord } from './insert-record.js'
import { LegalWriter } from './legal-writer.js'
import { prepareWriteStatements, type CurrentRow, type WriteStatements } from './statements.js'

/**
 * The write path: prepared better-sqlite3 statements (not Kysely: per-call query building and
 * re-preparing cost more than the inserts), one IMMEDIATE transaction per call.
 */
export class RecordWriter {
  readonly #db: SqliteDb
  readonly #s: WriteStatements
  readonly #log: FtsLog
  readonly #sink: FtsSink
  readonly #legal: LegalWriter
  /** Index entries of the open transaction. */
  #entries: FtsEntry[] = []

  /** `sink` indexes each committed transaction's publications (ADR 0018). */
  constructor(db: SqliteDb, sink: FtsSink) {
    this.#db = db
    this.#s = prepareWriteStatements(db)
    this.#log = new FtsLog(db)
    this.#sink = sink
    this.#legal = new LegalWriter(db)
  }

  /**
   * Upserts records in order (a later duplicate in the batch sees the earlier one) and writes the
   * checkpoint in the same transaction. Identical content (`contentHash`) is left alone; a
   * different version replaces the stored one unless the stored one was produced later.
   * Legal events are merged into those stored, after the records (so a grant's stage is known).
   */
  upsert(
    records: readonly PatentRecord[],
    checkpoint?: IngestCheckpoint,
    legal: readonly LegalEventSet[] = [],
    given?: readonly (string | undefined)[],
    givenSkeletons?: readonly (string | undefined)[],
  ): UpsertSummary {
    // Serialising and hashing are pure CPU: done before taking the write lock (the ingest does
    // both on its parse workers).
    const skeletons = records.map((r, i) => givenSkeletons?.[i] ?? recordSkeleton(r))
    const hashes = records.map((r, i) => given?.[i] ?? contentHashOfSkeleton(r, skeletons[i]!))
    return this.#transaction(() => {
      let inserted = 0
      let replaced = 0
      let unchanged = 0
      records.forEach((record, i) => {
        const hash = hashes[i]!
        const skeleton = skeletons[i]!
        const current = this.#s.current.get(record.id) as CurrentRow | undefined
        if (!current) {
          this.#entries.push(
            ftsEntryOf(insertRecord(this.#s, record, hash, null, skeleton), record),
          )
          inserted++
        } else if (
          sameContent(record, hash, current.content_hash) ||
          producedBefore(record, current) ||
          this.#wouldLoseText(record, current.doc)
        ) {
          unchanged++
        } else {
          this.#s.deletePublication.run(current.doc)
          this.#entries.push(
            ftsEntryOf(insertRecord(this.#s, record, hash, current.doc, skeleton), record),
          )
          replaced++
        }
      })
      if (legal.length > 0) {
        this.#legal.write(legal)
      }
      if (checkpoint) {
        this.#saveCheckpoint(checkpoint)
      }
      return { inserted, replaced, unchanged }
    })
  }

  /** Removes publications by id; returns how many existed. */
  remove(ids: readonly string[]): number {
    return this.#transaction(() => {
      let removed = 0
      for (const id of ids) {
        const current = this.#s.current.get(id) as CurrentRow | undefined
        if (current) {
          this.#entries.push({ doc: current.doc })
          this.#s.deletePublication.run(current.doc)
          removed++
        }
      }
      return removed
    })
  }

  /**
   * A bibliographic-only record (an API's file-wrapper data: no abstract, description or claims)
   * never replaces a stored full-text version of the same publication (ADR 0008).
   */
  #wouldLoseText(record: PatentRecord, doc: number): boolean {
    const biblioOnly =
      record.abstracts.length === 0 &&
      record.descriptions.length === 0 &&
      record.claims.length === 0
    return biblioOnly && (this.#s.hasFullText.get(doc, doc) as { yes: number }).yes === 1
  }

  /** Writes a checkpoint on its own. */
  saveCheckpoint(checkpoint: IngestCheckpoint): void {
    this.#transaction(() => this.#saveCheckpoint(checkpoint))
  }

  #saveCheckpoint(c: IngestCheckpoint): void {
    this.#s.saveCheckpoint.run(
      c.source,
      c.size,
      c.mtimeMs,
      c.committedOffset,
      c.documents,
      Number(c.complete),
    )
  }

  /** Resolves when the index sink can take another transaction's entries. */
  ready(): Promise<void> {
    return this.#sink.ready()
  }

  /**
   * Runs `work` in a transaction of the main file with its `fts_log` entry, then hands the
   * publications it touched to the index sink. The log entry is the transaction's first write,
   * which takes the main file's write lock up front, as `BEGIN IMMEDIATE` would, without also
   * locking the attached index file that the index worker writes.
   */
  #transaction<T>(work: () => T): T {
    this.#s.begin.run()
    let result: T
    let seq: number
    try {
      seq = this.#log.open()
      this.#entries = []
      result = work()
      this.#log.close(seq, this.#entries)
      this.#s.commit.run()
    } catch (error) {
      this.#entries = []
      // SQLite may already have rolled back (e.g. SQLITE_FULL); ROLLBACK then would throw.
      if (this.#db.inTransaction) {
        this.#s.rollback.run()
      }
      throw error
    }
    const entries = this.#entries
    this.#entries = []
    if (entries.length > 0) {
      this.#sink.push(seq, entries)
    }
    return result
  }
}

/**
 * True when the stored row holds this content: its hash equals `hash`, or it is a hash of the
 * first design (no `v2:` prefix, ADR 0023) equal to the record's `legacyContentHash`, so that
 * re-ingesting a file into a database written before the change is still a no-op.
 */
function sameContent(record: PatentRecord, hash: string, stored: string): boolean {
  if (stored === hash) {
    return true
  }
  return !stored.startsWith(CONTENT_HASH_PREFIX) && stored === legacyContentHash(record)
}

/** True when the stored version was produced after the incoming one (both dates known). */
function producedBefore(record: PatentRecord, current: CurrentRow): boolean {
  const incoming = record.source.produced
  return (
    incoming !== undefined && current.source_produced !== null && current.source_produced > incoming
  )
}
