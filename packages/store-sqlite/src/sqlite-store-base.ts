import type {
  IngestCheckpoint,
  LegalEvent,
  LegalStatus,
  LegalStatusReader,
  PatentRecord,
  PatentStore,
  PublicationNumber,
  StoreStats,
  UpsertOptions,
  UpsertSummary,
} from '@chuhai/core/ingest'
import { Kysely, SqliteDialect } from 'kysely'
import { openDatabase, type SqliteStoreOptions } from './connection.js'
import type { SqliteDb } from './driver.js'
import { createStoreError } from './errors.js'
import { FTS_TABLE, ftsMatchIds } from './fts.js'
import { FTS_SCHEMA, ftsFilePath } from './fts/fts-file.js'
import { catchUpFts } from './fts/fts-log.js'
import { SyncFtsSink, WorkerFtsSink, type FtsSink } from './fts/fts-sink.js'
import { readCheckpoint } from './read/checkpoints.js'
import { readLegalEvents, readLegalStatus } from './read/legal-status.js'
import { findRecordsByNumber, getRecord } from './read/records.js'
import { readStats } from './read/stats.js'
import { migrate, pendingMigrations, SCHEMA_VERSION, schemaVersion } from './schema/migrations.js'
import type { Database } from './schema/tables.js'
import { loadChineseSearchForm, needsChineseSearchForm } from './write/chinese-search-form.js'
import { RecordWriter } from './write/upsert.js'

/**
 * What `openSqliteStore` opened: the connection, the migrations it applied, and the index sink
 * (ADR 0018) — a worker when `indexInBackground` is asked for and the compiled worker exists.
 */
export interface OpenedSqliteStore {
  readonly db: SqliteDb
  readonly applied: readonly string[]
  readonly sink: FtsSink | undefined
}

/** Opens (and migrates, unless read-only) a SQLite store's connection. */
export function openSqliteStore(options: SqliteStoreOptions): OpenedSqliteStore {
  const db = openDatabase(options)
  try {
    if (options.readonly) {
      const found = schemaVersion(db)
      if (found !== SCHEMA_VERSION || pendingMigrations(db).length > 0) {
        throw found > SCHEMA_VERSION
          ? createStoreError('STORE_SCHEMA_TOO_NEW', found, SCHEMA_VERSION)
          : createStoreError('STORE_SCHEMA_OUTDATED', found, SCHEMA_VERSION)
      }
      return { db, applied: [], sink: undefined }
    }
    const applied = migrate(db)
    const script = WorkerFtsSink.script()
    const background = options.indexInBackground && options.path !== ':memory:' && script
    return {
      db,
      applied,
      sink: background ? new WorkerFtsSink(script, ftsFilePath(options.path)) : undefined,
    }
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * Opens a store with the `PatentStore` port only: what `chuhai ingest` needs. It loads none of
 * the search, semantic, family or FTO modules (`SqlitePatentStore` adds them), so a bulk ingest
 * does not spend its first half second compiling them.
 */
export function createSqliteIngestStore(options: SqliteStoreOptions): SqliteStoreBase {
  const { db, applied, sink } = openSqliteStore(options)
  return new SqliteStoreBase(db, applied, sink)
}

/**
 * `PatentStore` on better-sqlite3 with an FTS5 index (ADR 0004, ADR 0018). Writes go through
 * prepared statements in one transaction per call; reads go through Kysely. The driver is
 * synchronous, so a call blocks the event loop for its duration: keep batches to a few hundred
 * records.
 */
export class SqliteStoreBase implements PatentStore, LegalStatusReader {
  readonly id = 'sqlite'
  /** Names of the migrations applied when this store was opened. */
  readonly appliedMigrations: readonly string[]
  readonly #db: SqliteDb
  readonly #kysely: Kysely<Database>
  readonly #writer: RecordWriter | undefined
  readonly #sink: FtsSink | undefined

  /**
   * Use `createSqliteStore`, which opens and migrates the database. `sink` indexes committed
   * writes (ADR 0018); default: on this connection, right after each commit.
   */
  constructor(db: SqliteDb, appliedMigrations: readonly string[], sink?: FtsSink) {
    this.#db = db
    this.appliedMigrations = appliedMigrations
    this.#kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: db }) })
    this.#sink = db.readonly ? undefined : (sink ?? new SyncFtsSink(db))
    this.#writer = this.#sink ? new RecordWriter(db, this.#sink) : undefined
  }

  async upsert(records: readonly PatentRecord[], options?: UpsertOptions): Promise<UpsertSummary> {
    const writer = this.#write('upsert')
    if (records.some(needsChineseSearchForm)) {
      await loadChineseSearchForm()
    }
    const summary = writer.upsert(
      records,
      options?.checkpoint,
      options?.legal,
      options?.contentHashes,
      options?.skeletons,
    )
    // Backpressure: an index worker holds at most a few batches of text.
    await writer.ready()
    return summary
  }

  async legalStatus(ids: readonly string[]): Promise<Map<string, LegalStatus>> {
    this.#read()
    return Promise.resolve(readLegalStatus(this.#db, ids))
  }

  async legalEvents(id: string): Promise<LegalEvent[]> {
    this.#read()
    return Promise.resolve(readLegalEvents(this.#db, id))
  }

  async get(id: string): Promise<PatentRecord | undefined> {
    return getRecord(this.#read(), id)
  }

  async findByNumber(number: PublicationNumber): Promise<PatentRecord[]> {
    return findRecordsByNumber(this.#read(), number)
  }

  async remove(ids: readonly string[]): Promise<number> {
    const writer = this.#write('remove')
    const removed = writer.remove(ids)
    await writer.ready()
    return removed
  }

  async count(): Promise<number> {
    const row = await this.#read()
      .selectFrom('publications')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow()
    return Number(row.count)
  }

  async stats(): Promise<StoreStats> {
    return readStats(this.#read())
  }

  async getCheckpoint(source: string): Promise<IngestCheckpoint | undefined> {
    return readCheckpoint(this.#read(), source)
  }

  async saveCheckpoint(checkpoint: IngestCheckpoint): Promise<void> {
    this.#write('save a checkpoint').saveCheckpoint(checkpoint)
    return Promise.resolve()
  }

  /**
   * Ids matching a raw FTS5 `MATCH` expression, best first. For diagnostics and tests; user
   * queries belong to the search port. Default `limit` is `100`.
   */
  async matchIds(match: string, limit = 100): Promise<string[]> {
    this.#read()
    return Promise.resolve(ftsMatchIds(this.#db, match, limit))
  }

  /** Merges the FTS segments into one and refreshes planner statistics; run after a bulk load. */
  async optimize(): Promise<void> {
    this.#write('optimize')
    await this.#flushIndex()
    this.#db.exec(`INSERT INTO ${FTS_TABLE}(${FTS_TABLE}) VALUES ('optimize'); PRAGMA optimize;`)
    return Promise.resolve()
  }

  /**
   * Checks both database files (`PRAGMA quick_check`), the FTS index's own structure (FTS5
   * `integrity-check`), and that it indexes exactly the stored publications: one row per
   * publication, none more. Pending index work is applied first. Throws on the first problem.
   */
  async checkIntegrity(): Promise<void> {
    this.#write('check integrity')
    await this.#flushIndex()
    const problems = (this.#db.pragma('quick_check') as { quick_check: string }[])
      .map((r) => r.quick_check)
      .filter((r) => r !== 'ok')
    if (problems.length > 0) {
      throw createStoreError('STORE_CORRUPT', problems.join('; '))
    }
    try {
      this.#db.exec(`INSERT INTO ${FTS_TABLE}(${FTS_TABLE}) VALUES ('integrity-check')`)
    } catch (error) {
      throw createStoreError(
        'STORE_CORRUPT',
        error instanceof Error ? error.message : String(error),
      )
    }
    // A contentless-delete table lists its rows in the `_docsize` shadow table.
    const drift = this.#db
      .prepare(
        `SELECT
           (SELECT count(*) FROM publications p WHERE NOT EXISTS
              (SELECT 1 FROM ${FTS_SCHEMA}.${FTS_TABLE}_docsize d WHERE d.id = p.doc)) AS missing,
           (SELECT count(*) FROM ${FTS_SCHEMA}.${FTS_TABLE}_docsize d WHERE NOT EXISTS
              (SELECT 1 FROM publications p WHERE p.doc = d.id)) AS extra`,
      )
      .get() as { missing: number; extra: number }
    if (drift.missing !== 0 || drift.extra !== 0) {
      throw createStoreError(
        'STORE_CORRUPT',
        `the full-text index does not match the stored publications: ${drift.missing} missing, ` +
          `${drift.extra} not stored`,
      )
    }
  }

  /** Waits for the index sink, then applies on this connection anything still pending. */
  async #flushIndex(): Promise<void> {
    await this.#sink?.drain()
    catchUpFts(this.#db)
  }

  async close(): Promise<void> {
    if (!this.#db.open) {
      return
    }
    if (!this.#db.readonly) {
      // Index work still queued or left by a failed worker lands before the connection closes.
      await this.#sink?.close()
      catchUpFts(this.#db)
      this.#db.pragma('optimize')
    }
    // Kysely closes the connection only if it ever ran a query.
    await this.#kysely.destroy()
    if (this.#db.open) {
      this.#db.close()
    }
  }

  /** The open connection (throws `STORE_CLOSED` once closed). */
  protected connection(): SqliteDb {
    this.#read()
    return this.#db
  }

  /** The Kysely reader (throws `STORE_CLOSED` once closed). */
  protected reader(): Kysely<Database> {
    return this.#read()
  }

  #read(): Kysely<Database> {
    if (!this.#db.open) {
      throw createStoreError('STORE_CLOSED')
    }
    return this.#kysely
  }

  #write(operation: string): RecordWriter {
    this.#read()
    if (!this.#writer) {
      throw createStoreError('STORE_READONLY', operation)
    }
    return this.#writer
  }
}
