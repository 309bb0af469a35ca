/**
 * The semantic layer's ports. An `Embedder` turns texts into unit vectors (adapter:
 * `@chuhai/embed-transformers`); an `EmbeddingStore` keeps one vector per document and model
 * (adapter: `@chuhai/store-sqlite`). Both are optional: search works without any model.
 */

/** Turns texts into L2-normalised vectors of one model. */
export interface Embedder {
  /** Identifies the model (a directory name or hub id); vectors of different models never mix. */
  readonly model: string
  /** Vector length. */
  readonly dimensions: number
  /** One unit vector per text, in order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>
}

/** A document that has no vector of the model yet (or an outdated one). */
export interface PendingEmbedding {
  readonly id: string
  /** The text to embed (see `embeddingText`). */
  readonly text: string
  /** The document's content hash when read; stored with the vector to detect staleness. */
  readonly contentHash: string
}

/** One stored vector. */
export interface StoredEmbedding {
  readonly id: string
  readonly contentHash: string
  readonly vector: Float32Array
}

/** Vectors stored with the documents. */
export interface EmbeddingStore {
  /** Up to `limit` documents without a current vector of `model`. */
  pending(model: string, limit: number): Promise<PendingEmbedding[]>
  /** Stores vectors of `model`; replaces older ones of the same documents. */
  put(model: string, dimensions: number, rows: readonly StoredEmbedding[]): Promise<void>
  /** Vectors of `model` for the given publication ids (missing ids are left out). */
  get(model: string, ids: readonly string[]): Promise<Map<string, Float32Array>>
  /** Number of documents with a current vector of `model`, and in all. */
  coverage(model: string): Promise<{ readonly embedded: number; readonly documents: number }>
  /** Models that have vectors stored, with their dimensions. */
  models(): Promise<
    { readonly model: string; readonly dimensions: number; readonly count: number }[]
  >
}
