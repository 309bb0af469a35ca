import { searchBackendCandidates, type CandidateSource } from '@chuhai/core/fto'
import type { LegalStatusReader } from '@chuhai/core/ingest'
import { SqliteFamilyStore } from './sqlite-family-store.js'
import { SqliteCandidateSource, SqliteFtoRecords } from './sqlite-fto-source.js'
import { SqliteEmbeddingStore } from './sqlite-embedding-store.js'
import { SqliteSearchBackend, type SqliteSearchOptions } from './search/sqlite-search-backend.js'
import { SqliteNoveltyHints, type SqliteNoveltyHintsOptions } from './sqlite-novelty-hints.js'
import type { SqliteStoreOptions } from './connection.js'
import { openSqliteStore, SqliteStoreBase } from './sqlite-store-base.js'

/**
 * Opens (and migrates, unless read-only) a SQLite patent store.
 *
 * @example
 * const store = createSqliteStore({ path: 'chuhai.db' })
 * await store.upsert(records, { checkpoint })
 * await store.close()
 */
export function createSqliteStore(options: SqliteStoreOptions): SqlitePatentStore {
  const { db, applied, sink } = openSqliteStore(options)
  return new SqlitePatentStore(db, applied, sink)
}

/**
 * The SQLite patent store with everything built over it: the search backend, document vectors,
 * families and citations, FTO sources and novelty hints (each valid until `close`).
 */
export class SqlitePatentStore extends SqliteStoreBase {
  #ftoBackend: SqliteSearchBackend | undefined

  /** Document vectors of the semantic layer, in this database. */
  embeddings(): SqliteEmbeddingStore {
    return new SqliteEmbeddingStore(this.connection())
  }

  /** Novelty hints (nearest prior art per claim element) over this store's FTS index. */
  noveltyHints(options?: SqliteNoveltyHintsOptions): SqliteNoveltyHints {
    return new SqliteNoveltyHints(this.connection(), options)
  }

  /** The search backend (`SearchBackend`, ADR 0011) over this store; valid until `close`. */
  search(options?: SqliteSearchOptions): SqliteSearchBackend {
    return new SqliteSearchBackend(this.connection(), options)
  }

  /** Families and citations (`FamilyStore`) over this store's indexes; valid until `close`. */
  families(): SqliteFamilyStore {
    return new SqliteFamilyStore(this.connection(), this.reader())
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
    const db = this.connection()
    // One backend per store for FTO runs: its index is loaded once, not once per run.
    const backend = options.search
      ? this.search(options.search)
      : (this.#ftoBackend = this.#ftoBackend?.isCurrent() ? this.#ftoBackend : this.search())
    const fts5 = options.candidates === 'fts5'
    return {
      candidates: fts5
        ? new SqliteCandidateSource(db)
        : searchBackendCandidates(backend, {
            documents: async () => (await backend.statistics()).documents,
          }),
      records: new SqliteFtoRecords(
        db,
        async (id) => this.get(id),
        name,
        this.families(),
        fts5 ? undefined : async () => backend.statistics(),
      ),
      legalStatus: this,
    }
  }
}
