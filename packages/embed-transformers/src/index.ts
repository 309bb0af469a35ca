// @chuhai/embed-transformers — the Embedder port over @huggingface/transformers (ONNX Runtime).
export {
  EMBEDDING_ENV,
  embeddingModelFromEnv,
  loadTransformersEmbedder,
  TransformersEmbedder,
  type EmbeddingModelConfig,
} from './transformers-embedder.js'
