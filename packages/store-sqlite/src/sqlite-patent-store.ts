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
import { searchBackendCandidates, type CandidateSource } from '@chuhai/core/fto'
import { Kysely, SqliteDialect } from 'kysely'
import { openDatabase, type SqliteStoreOptions } from './connection.js'
import type { SqliteDb } from './driver.js'
import { createStoreError } from './errors.js'
import { FTS_TABLE, ftsMatchIds } from './fts.js'
import { readCheckpoint } from './read/checkpoints.js'
import { readLegalEvents, readLegalStatus } from './read/legal-status.js'
import { findRecordsByNumber, getRecord } from './read/records.js'
import { readStats } from './read/stats.js'
import { migrate, pendingMigrations, SCHEMA_VERSION, schemaVersion } from './schema/migrations.js'
import type { Database } from './schema/tables.js'
import { SqliteFamilyStore } from './sqlite-family-store.js'
import { SqliteCandidateSource, SqliteFtoRecords } from './sqlite-fto-source.js'
import { SqliteEmbeddingStore } from './sqlite-embedding-store.js'
import { SqliteSearchBackend, type SqliteSearchOptions } from './search/sqlite-search-backend.js'
import { SqliteNoveltyHints, type SqliteNoveltyHintsOptions } from './sqlite-novelty-hints.js'
import { loadChineseSearchForm, needsChineseSearchForm } from './write/chinese-search-form.js'
import { RecordWriter } from './write/upsert.js'

/**
 * Opens (and migrates, unless read-only) a SQLite patent store.
 *
 * @example
 * const store = createSqliteStore({ path: 'chuhai.db' })
 * await store.upsert(records, { checkpoint })
 * await store.close()
 */
export function createSqliteStore(options: SqliteStoreOptions): SqlitePatentStore {
  const db = openDatabase(options)
  try {
    if (options.readonly) {
      const found = schemaVersion(db)
      if (found !== SCHEMA_VERSION || pendingMigrations(db).length > 0) {
        throw found > SCHEMA_VERSION
          ? createStoreError('STORE_SCHEMA_TOO_NEW', found, SCHEMA_VERSION)
          : createStoreError('STORE_SCHEMA_OUTDATED', found, SCHEMA_VERSION)
      }
      return new SqlitePatentStore(db, [])
    }
    return new SqlitePatentStore(db, migrate(db))
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * `PatentStore` on better-sqlite3 with an FTS5 index (ADR 0004). Writes go through prepared
 * statements in one transaction per call; reads go through Kysely. The driver is synchronous, so
 * a call blocks the event loop for its duration: keep batches to a few hundred records.
 */
export class SqlitePatentStore implements PatentStore, LegalStatusReader {
  readonly id = 'sqlite'
  /** Names of the migrations applied when this store was opened. */
  readonly appliedMigrations: readonly string[]
  readonly #db: SqliteDb
  readonly #kysely: Kysely<Database>
  readonly #writer: RecordWriter | undefined
  #ftoBackend: SqliteSearchBackend | undefined

  /** Use `createSqliteStore`, which opens and migrates the database. */
  constructor(db: SqliteDb, appliedMigrations: readonly string[]) {
    this.#db = db
    this.appliedMigrations = appliedMigrations
    this.#kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: db }) })
    this.#writer = db.readonly ? undefined : new RecordWriter(db)
  }

  async upsert(records: readonly PatentRecord[], options?: UpsertOptions): Promise<UpsertSummary> {
    const writer = this.#write('upsert')
    if (records.some(needsChineseSearchForm)) {
      await loadChineseSearchForm()
    }
    return writer.upsert(records, options?.checkpoint, options?.legal, options?.contentHashes)
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
    return Promise.resolve(this.#write('remove').remove(ids))
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

  /** Document vectors of the semantic layer, in this database. */
  embeddings(): SqliteEmbeddingStore {
    this.#read()
    return new SqliteEmbeddingStore(this.#db)
  }

  /** Novelty hints (nearest prior art per claim element) over this store's FTS index. */
  noveltyHints(options?: SqliteNoveltyHintsOptions): SqliteNoveltyHints {
    this.#read()
    return new SqliteNoveltyHints(this.#db, options)
  }

  /** The search backend (`SearchBackend`, ADR 0011) over this store; valid until `close`. */
  search(options?: SqliteSearchOptions): SqliteSearchBackend {
    this.#read()
    return new SqliteSearchBackend(this.#db, options)
  }

  /** Families and citations (`FamilyStore`) over this store's indexes; valid until `close`. */
  families(): SqliteFamilyStore {
    return new SqliteFamilyStore(this.#db, this.#read())
  }

  /**
   * The ports of FTO and invalidity runs over this store: candidates from the search engine
   * (`SearchBackend`: natural-language ranking, one hit per family, date and exclusion filters;
   * `candidates: 'fts5'` for the plain FTS5 bm25 source), records with family members from the
   * families service, and the stored legal status.
   */
  ftoSources(
    name: string,
    options: {
      readonly candidates?: 'search' | 'fts5'
      readonly search?: SqliteSearchOptions
    } = {},
  ): { candidates: CandidateSource; records: SqliteFtoRecords; legalStatus: LegalStatusReader } {
    this.#read()
    // One backend per store for FTO runs: its index is loaded once, not once per run.
    const backend = options.search
      ? this.search(options.search)
      : (this.#ftoBackend = this.#ftoBackend?.isCurrent() ? this.#ftoBackend : this.search())
    const fts5 = options.candidates === 'fts5'
    return {
      candidates: fts5
        ? new SqliteCandidateSource(this.#db)
        : searchBackendCandidates(backend, {
            documents: async () => (await backend.statistics()).documents,
          }),
      records: new SqliteFtoRecords(
        this.#db,
        async (id) => this.get(id),
        name,
        this.families(),
        fts5 ? undefined : async () => backend.statistics(),
      ),
      legalStatus: this,
    }
  }

  /** Merges the FTS segments into one and refreshes planner statistics; run after a bulk load. */
  async optimize(): Promise<void> {
    this.#write('optimize')
    this.#db.exec(`INSERT INTO ${FTS_TABLE}(${FTS_TABLE}) VALUES ('optimize'); PRAGMA optimize;`)
    return Promise.resolve()
  }

  /**
   * Checks the database file (`PRAGMA quick_check`) and that the FTS index matches the stored
   * text exactly (FTS5 `integrity-check` against the content view). Throws on the first problem.
   */
  async checkIntegrity(): Promise<void> {
    this.#write('check integrity')
    const problems = this.#db.pragma('quick_check', { simple: true })
    if (problems !== 'ok') {
      throw createStoreError('STORE_CORRUPT', String(problems))
    }
    try {
      this.#db.exec(`INSERT INTO ${FTS_TABLE}(${FTS_TABLE}, rank) VALUES ('integrity-check', 1)`)
    } catch (error) {
      throw createStoreError(
        'STORE_CORRUPT',
        error instanceof Error ? error.message : String(error),
      )
    }
    return Promise.resolve()
  }

  async close(): Promise<void> {
    if (!this.#db.open) {
      return
    }
    if (!this.#db.readonly) {
      this.#db.pragma('optimize')
    }
    // Kysely closes the connection only if it ever ran a query.
    await this.#kysely.destroy()
    if (this.#db.open) {
      this.#db.close()
    }
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
