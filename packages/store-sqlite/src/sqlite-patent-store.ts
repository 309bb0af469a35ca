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

  /** The candidate search and record source of FTO and invalidity runs over this store. */
  ftoSources(name: string): { candidates: SqliteCandidateSource; records: SqliteFtoRecords } {
    this.reader()
    return {
      candidates: new SqliteCandidateSource(this.connection()),
      records: new SqliteFtoRecords(this.connection(), async (id) => this.get(id), name),
    }
  }
}
