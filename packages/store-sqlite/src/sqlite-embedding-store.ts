import {
  decodeVector,
  embeddingText,
  encodeVector,
  type EmbeddingStore,
  type PendingEmbedding,
  type StoredEmbedding,
} from '@chuhai/core'
import type { SqliteDb } from './driver.js'
import { createStoreError } from './errors.js'

interface PendingRow {
  readonly doc: number
  readonly id: string
  readonly content_hash: string
  readonly title: string | null
  readonly abstract: string | null
  readonly claim: string | null
  readonly description: string | null
}

/** Ids per `IN (…)` lookup: under SQLite's default limit of bound parameters. */
const CHUNK = 500

/**
 * `EmbeddingStore` in the patent database (migration 40): vectors as float32 blobs keyed by
 * (model, doc), removed with their publication. Documents are pending while they have no vector
 * of the model or one computed from other content (the publication's content hash changed).
 */
export class SqliteEmbeddingStore implements EmbeddingStore {
  readonly #db: SqliteDb

  constructor(db: SqliteDb) {
    this.#db = db
  }

  pending(model: string, limit: number): Promise<PendingEmbedding[]> {
    const rows = this.#db
      .prepare(
        `SELECT p.doc, p.id, p.content_hash,
  (SELECT text FROM texts WHERE doc = p.doc AND field = 'title' ORDER BY lang <> 'en', seq LIMIT 1) AS title,
  (SELECT text FROM texts WHERE doc = p.doc AND field = 'abstract' ORDER BY lang <> 'en', seq LIMIT 1) AS abstract,
  (SELECT text FROM claims WHERE doc = p.doc ORDER BY lang <> 'en', set_seq, seq LIMIT 1) AS claim,
  (SELECT substr(text, 1, 2000) FROM texts WHERE doc = p.doc AND field = 'description' ORDER BY lang <> 'en', seq LIMIT 1) AS description
FROM publications p
LEFT JOIN embeddings e ON e.model = ? AND e.doc = p.doc
WHERE e.doc IS NULL OR e.content_hash <> p.content_hash
ORDER BY p.doc
LIMIT ?`,
      )
      .all(model, limit) as PendingRow[]
    return Promise.resolve(
      rows.map((r) => ({
        id: r.id,
        contentHash: r.content_hash,
        text: embeddingText({
          ...(r.title ? { title: r.title } : {}),
          ...(r.abstract ? { abstract: r.abstract } : {}),
          ...(r.claim ? { firstClaim: r.claim } : {}),
          ...(r.description ? { description: r.description } : {}),
        }),
      })),
    )
  }

  put(model: string, dimensions: number, rows: readonly StoredEmbedding[]): Promise<void> {
    try {
      this.#put(model, dimensions, rows)
      return Promise.resolve()
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
  }

  #put(model: string, dimensions: number, rows: readonly StoredEmbedding[]): void {
    const known = this.#db
      .prepare('SELECT dimensions FROM embedding_models WHERE model = ?')
      .get(model) as { dimensions: number } | undefined
    if (known && known.dimensions !== dimensions) {
      throw createStoreError('STORE_EMBEDDING_DIMENSIONS', model, known.dimensions, dimensions)
    }
    const insert = this.#db.prepare(
      `INSERT INTO embeddings (model, doc, content_hash, vector)
SELECT ?, doc, ?, ? FROM publications WHERE id = ?
ON CONFLICT (model, doc) DO UPDATE SET content_hash = excluded.content_hash, vector = excluded.vector`,
    )
    this.#db.exec('BEGIN IMMEDIATE')
    try {
      if (!known) {
        this.#db
          .prepare('INSERT INTO embedding_models (model, dimensions) VALUES (?, ?)')
          .run(model, dimensions)
      }
      for (const row of rows) {
        if (row.vector.length !== dimensions) {
          throw createStoreError('STORE_EMBEDDING_DIMENSIONS', model, dimensions, row.vector.length)
        }
        insert.run(model, row.contentHash, encodeVector(row.vector), row.id)
      }
      this.#db.exec('COMMIT')
    } catch (error) {
      this.#db.exec('ROLLBACK')
      throw error
    }
  }

  get(model: string, ids: readonly string[]): Promise<Map<string, Float32Array>> {
    const out = new Map<string, Float32Array>()
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK)
      const rows = this.#db
        .prepare(
          `SELECT p.id, e.vector FROM publications p JOIN embeddings e ON e.doc = p.doc AND e.model = ?
WHERE p.id IN (${chunk.map(() => '?').join(',')})`,
        )
        .all(model, ...chunk) as { id: string; vector: Uint8Array }[]
      for (const r of rows) {
        out.set(r.id, decodeVector(r.vector))
      }
    }
    return Promise.resolve(out)
  }

  coverage(model: string): Promise<{ embedded: number; documents: number }> {
    const row = this.#db
      .prepare(
        `SELECT (SELECT count(*) FROM publications) AS documents,
  (SELECT count(*) FROM embeddings e JOIN publications p ON p.doc = e.doc
   WHERE e.model = ? AND e.content_hash = p.content_hash) AS embedded`,
      )
      .get(model) as { documents: number; embedded: number }
    return Promise.resolve({ embedded: row.embedded, documents: row.documents })
  }

  models(): Promise<{ model: string; dimensions: number; count: number }[]> {
    return Promise.resolve(
      this.#db
        .prepare(
          `SELECT m.model, m.dimensions, (SELECT count(*) FROM embeddings e WHERE e.model = m.model) AS count
FROM embedding_models m ORDER BY m.model`,
        )
        .all() as { model: string; dimensions: number; count: number }[],
    )
  }
}
