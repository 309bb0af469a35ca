import {
  encodeForward,
  ForwardVocabulary,
  type ForwardSource,
  type IndexDocument,
} from '@chuhai/core'
import type { SqliteDb, SqliteStatement } from '../driver.js'
import type { IndexStamp } from './index-blobs.js'

/** Version of the forward record format (`encodeForward`); another one is rebuilt. */
export const FORWARD_FORMAT = 1

/**
 * Writes the forward index (ADR 0020) in one transaction, replacing any stored one: `add` each
 * document's record, then `finish` with the stamp of the impact index the vocabulary comes from.
 * The product (`writeForwardIndex`) and the speed benchmark (records encoded on worker threads)
 * both write through it.
 */
export class ForwardIndexWriter {
  readonly #db: SqliteDb
  readonly #insert: ReturnType<SqliteDb['prepare']>
  #open = true

  constructor(db: SqliteDb) {
    this.#db = db
    db.exec('BEGIN')
    db.exec('DELETE FROM search_forward; DELETE FROM search_forward_info;')
    this.#insert = db.prepare('INSERT INTO search_forward (doc, tokens) VALUES (?, ?)')
  }

  /** Stores the record of `doc` (from `encodeForward`). */
  add(doc: number, record: Uint8Array): void {
    this.#insert.run(doc, Buffer.from(record.buffer, record.byteOffset, record.byteLength))
  }

  /** Stores the vocabulary and the stamp of the index it comes from, and commits. */
  finish(vocabulary: ForwardVocabulary, indexStamp: IndexStamp): void {
    const info = this.#db.prepare('INSERT INTO search_forward_info (key, value) VALUES (?, ?)')
    info.run('vocabulary', vocabulary.keys.join('\n'))
    info.run('stamp', forwardStamp(indexStamp))
    this.#db.exec('COMMIT')
    this.#open = false
  }

  /** Rolls back an unfinished write. */
  abort(): void {
    if (this.#open) {
      this.#db.exec('ROLLBACK')
      this.#open = false
    }
  }
}

// The documents and parameters the vocabulary's index covers, not its storage format: an index
// moved to another format (ADR 0024) has the same keys and frequencies, so the same records.
function forwardStamp(indexStamp: IndexStamp): string {
  return JSON.stringify({
    format: FORWARD_FORMAT,
    documents: indexStamp.documents,
    maxDoc: indexStamp.maxDoc,
    params: indexStamp.params,
  })
}

/**
 * Builds and stores the forward index of every document of `documents` (ascending `doc`) against
 * the vocabulary of the impact index stamped `indexStamp`.
 */
export function writeForwardIndex(
  db: SqliteDb,
  vocabulary: ForwardVocabulary,
  indexStamp: IndexStamp,
  documents: Iterable<readonly [number, IndexDocument]>,
): void {
  const writer = new ForwardIndexWriter(db)
  try {
    for (const [doc, document] of documents) {
      writer.add(doc, encodeForward(document, vocabulary))
    }
    writer.finish(vocabulary, indexStamp)
  } finally {
    writer.abort()
  }
}

/** Whether the stored forward index belongs to the impact index stamped `indexStamp`. */
export function forwardIsCurrent(db: SqliteDb, indexStamp: IndexStamp): boolean {
  const row = db.prepare("SELECT value FROM search_forward_info WHERE key = 'stamp'").get() as
    { value: string } | undefined
  return row?.value === forwardStamp(indexStamp)
}

/** Documents read by one statement at most; a longer list is read by several. */
const MAX_BATCH = 256

/**
 * Forward records read from the store: one indexed row read per `record`, or a batch of
 * candidates per `records` (one statement per power-of-two size up to `MAX_BATCH`, its list
 * padded with -1, which is no document).
 */
export class SqliteForwardSource implements ForwardSource {
  readonly vocabulary: ForwardVocabulary
  readonly #db: SqliteDb
  readonly #select: SqliteStatement
  readonly #batches = new Map<number, SqliteStatement>()

  constructor(db: SqliteDb, vocabulary: ForwardVocabulary) {
    this.vocabulary = vocabulary
    this.#db = db
    this.#select = db.prepare('SELECT tokens FROM search_forward WHERE doc = ?')
  }

  record(doc: number): Uint8Array | undefined {
    return (this.#select.get(doc) as { tokens: Uint8Array } | undefined)?.tokens
  }

  records(docs: readonly number[]): (Uint8Array | undefined)[] {
    const found = new Map<number, Uint8Array>()
    for (let from = 0; from < docs.length; from += MAX_BATCH) {
      const part = docs.slice(from, from + MAX_BATCH)
      let size = 1
      while (size < part.length) {
        size *= 2
      }
      while (part.length < size) {
        part.push(-1)
      }
      for (const [doc, tokens] of this.#batch(size).all(...part) as [number, Uint8Array][]) {
        found.set(doc, tokens)
      }
    }
    return docs.map((d) => found.get(d))
  }

  #batch(size: number): SqliteStatement {
    let statement = this.#batches.get(size)
    if (statement === undefined) {
      statement = this.#db.prepare(
        `SELECT doc, tokens FROM search_forward WHERE doc IN (${'?,'.repeat(size - 1)}?)`,
      )
      // Rows as [doc, tokens] arrays: no object per row.
      statement.raw(true)
      this.#batches.set(size, statement)
    }
    return statement
  }
}

/**
 * The stored forward index when it belongs to the impact index stamped `indexStamp`, or
 * undefined (missing or stale: checks then fall back to the documents' text).
 */
export function loadForwardSource(
  db: SqliteDb,
  indexStamp: IndexStamp | undefined,
): SqliteForwardSource | undefined {
  if (indexStamp === undefined || !forwardIsCurrent(db, indexStamp)) {
    return undefined
  }
  const row = db.prepare("SELECT value FROM search_forward_info WHERE key = 'vocabulary'").get() as
    { value: string } | undefined
  if (row === undefined) {
    return undefined
  }
  return new SqliteForwardSource(
    db,
    new ForwardVocabulary(row.value === '' ? [] : row.value.split('\n')),
  )
}
