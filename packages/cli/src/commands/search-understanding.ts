import {
  createDenseSignal,
  createError,
  DEFAULT_SEMANTIC_WEIGHT,
  detectQueryLanguage,
  type DenseSignal,
  type ProseUnderstanding,
} from '@chuhai/core'
import type { TransformersEmbedder } from '@chuhai/embed-transformers'
import type { SqlitePatentStore } from '@chuhai/store-sqlite'

/** Environment variable with the hybrid weight of the semantic layer (0 ≤ w ≤ 1). */
export const SEMANTIC_WEIGHT_ENV = 'CHUHAI_SEMANTIC_WEIGHT'

let embedder: Promise<TransformersEmbedder> | undefined
let chinese: Promise<ProseUnderstanding> | undefined

/**
 * Query understanding of `chuhai search` (`SearchOptions.understand`): Chinese prose (Simplified
 * or Traditional) as weighted English concepts that keep the Chinese words (ADR 0013); English
 * prose and the Boolean query language are searched as written. `@chuhai/text-zh` (jieba,
 * OpenCC, glossary, CC-CEDICT: ~1 s) is imported on the first Chinese query only.
 */
export const crossLanguageUnderstanding: ProseUnderstanding = async (text) => {
  if (detectQueryLanguage(text) !== 'zh') {
    return undefined
  }
  chinese ??= import('@chuhai/text-zh').then((m) => m.chineseProseUnderstanding())
  return (await chinese)(text)
}

/** The configured hybrid weight: `$CHUHAI_SEMANTIC_WEIGHT`, else the measured default. */
export function semanticWeight(env: Readonly<Record<string, string | undefined>>): number {
  const raw = env[SEMANTIC_WEIGHT_ENV]
  if (raw === undefined || raw.trim() === '') {
    return DEFAULT_SEMANTIC_WEIGHT
  }
  const w = Number(raw)
  if (!Number.isFinite(w) || w < 0 || w > 1) {
    throw createError(
      'USAGE',
      `${SEMANTIC_WEIGHT_ENV} must be a number from 0 to 1, got ${JSON.stringify(raw)}`,
    )
  }
  return w
}

/**
 * The semantic signal for one query when a model is configured (`$CHUHAI_EMBEDDING_MODEL`), the
 * hybrid weight is above 0 and the store has vectors of that model; otherwise `undefined` and the
 * search is lexical only. The model is loaded once per process.
 */
export async function semanticSignal(
  store: SqlitePatentStore,
  text: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<DenseSignal | undefined> {
  const weight = semanticWeight(env)
  if (weight <= 0) {
    return undefined
  }
  const { embeddingModelFromEnv, loadTransformersEmbedder } =
    await import('@chuhai/embed-transformers')
  const config = embeddingModelFromEnv(env)
  if (!config) {
    return undefined
  }
  embedder ??= loadTransformersEmbedder(config)
  const loaded = await embedder
  const vectors = store.embeddings()
  const { embedded } = await vectors.coverage(loaded.model)
  return embedded === 0 ? undefined : createDenseSignal(loaded, vectors, text, weight)
}
