// Semantic layer (pure): ports, vector helpers, hybrid fusion.
export type { Embedder, EmbeddingStore, PendingEmbedding, StoredEmbedding } from './embedder.js'
export { createDenseSignal } from './dense-signal.js'
export { DEFAULT_SEMANTIC_WEIGHT, fuseHybrid, type ScoredId } from './hybrid.js'
export {
  decodeVector,
  dot,
  EMBEDDING_TEXT_CHARS,
  embeddingText,
  encodeVector,
  normalise,
} from './vectors.js'
