import { dot } from './vectors.js'

/** A lexically ranked hit. */
export interface ScoredId {
  readonly id: string
  readonly score: number
}

/**
 * The hybrid weight measured on the development sets with the test model (glove100d-static-bert):
 * 0 — that model does not help (docs/design/clir.md). Installations with a real sentence-embedding
 * model should re-measure and set `CHUHAI_SEMANTIC_WEIGHT`.
 */
export const DEFAULT_SEMANTIC_WEIGHT = 0

/**
 * Hybrid ranking: BM25 scores scaled to [0, 1] by the best hit, mixed with the cosine similarity
 * between the query's and each document's vector: `(1 − w)·bm25/max + w·max(0, cos)`. Documents
 * without a vector keep their lexical part only. With `w = 0` the lexical order is unchanged.
 */
export function fuseHybrid(
  lexical: readonly ScoredId[],
  query: Float32Array | undefined,
  vectors: ReadonlyMap<string, Float32Array>,
  weight: number,
): ScoredId[] {
  if (lexical.length === 0) {
    return []
  }
  if (query === undefined || weight <= 0) {
    return [...lexical]
  }
  const max = Math.max(...lexical.map((h) => h.score)) || 1
  const fused = lexical.map((h, rank) => {
    const v = vectors.get(h.id)
    const cos = v === undefined ? 0 : Math.max(0, dot(query, v))
    return { id: h.id, score: (1 - weight) * (h.score / max) + weight * cos, rank }
  })
  fused.sort((a, b) => b.score - a.score || a.rank - b.rank)
  return fused.map(({ id, score }) => ({ id, score }))
}
