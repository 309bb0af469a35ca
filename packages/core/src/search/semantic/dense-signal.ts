import type { DenseSignal } from '../search-backend.js'
import type { Embedder, EmbeddingStore } from './embedder.js'
import { dot } from './vectors.js'

/**
 * The `DenseSignal` of a query for the search backend: the query text embedded once (on first
 * use), documents scored by cosine against their stored vectors of the same model; documents
 * without a vector are left out (the backend gives them the lowest dense score).
 */
export function createDenseSignal(
  embedder: Embedder,
  store: EmbeddingStore,
  queryText: string,
  weight: number,
  candidates?: number,
): DenseSignal {
  let query: Promise<Float32Array> | undefined
  return {
    weight,
    ...(candidates !== undefined ? { candidates } : {}),
    async score(publicationIds: readonly string[]): Promise<ReadonlyMap<string, number>> {
      query ??= embedder.embed([queryText]).then((v) => v[0]!)
      const [q, vectors] = await Promise.all([query, store.get(embedder.model, publicationIds)])
      const out = new Map<string, number>()
      for (const [id, v] of vectors) {
        out.set(id, dot(q, v))
      }
      return out
    },
  }
}
