import { existsSync, statSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { createError, normalise, type Embedder } from '@chuhai/core'

/** Which model to load and whether the network may be used. */
export interface EmbeddingModelConfig {
  /** A local model directory (transformers.js layout: config.json, tokenizer.json, onnx/model.onnx) or, with `allowRemote`, a Hugging Face hub id. */
  readonly model: string
  /** Allow downloading `model` from the hub (never the default: disclosures stay on the server). */
  readonly allowRemote: boolean
  /** Texts per inference call (default 32). */
  readonly batchSize?: number
}

/** Environment variables read by `embeddingModelFromEnv`. */
export const EMBEDDING_ENV = {
  model: 'CHUHAI_EMBEDDING_MODEL',
  allowRemote: 'CHUHAI_EMBEDDING_ALLOW_REMOTE',
} as const

/**
 * The configured model: `flag` (a command-line option) else `$CHUHAI_EMBEDDING_MODEL`;
 * `undefined` when none is configured — search then runs without the semantic layer.
 */
export function embeddingModelFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  flag?: string,
): EmbeddingModelConfig | undefined {
  const model = flag ?? env[EMBEDDING_ENV.model]
  if (model === undefined || model.trim() === '') {
    return undefined
  }
  return { model: model.trim(), allowRemote: env[EMBEDDING_ENV.allowRemote] === '1' }
}

interface FeatureTensor {
  readonly dims: readonly number[]
  readonly data: Float32Array
}
type FeatureExtractor = (
  texts: string[],
  options: { pooling: 'mean'; normalize: boolean },
) => Promise<FeatureTensor>

/**
 * `Embedder` over a `@huggingface/transformers` feature-extraction pipeline (ONNX Runtime on the
 * CPU): mean pooling over tokens, L2-normalised. Load it with `loadTransformersEmbedder`.
 */
export class TransformersEmbedder implements Embedder {
  constructor(
    readonly model: string,
    readonly dimensions: number,
    private readonly extract: FeatureExtractor,
    private readonly batchSize: number,
  ) {}

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const out: Float32Array[] = []
    for (let i = 0; i < texts.length; i += this.batchSize) {
      const batch = texts.slice(i, i + this.batchSize).map((t) => (t.trim() === '' ? ' ' : t))
      // Normalised here: the pipeline's own normalisation divides an all-unknown text's zero vector by 0.
      const tensor = await this.extract(batch, { pooling: 'mean', normalize: false })
      const dim = tensor.dims.at(-1) ?? this.dimensions
      for (let j = 0; j < batch.length; j++) {
        out.push(normalise(tensor.data.slice(j * dim, (j + 1) * dim)))
      }
    }
    return out
  }
}

/**
 * Loads the configured model. A local directory is read with remote access off; a hub id is
 * only fetched when `allowRemote` is set. Throws `EMBEDDING_FAILED` with the reason otherwise.
 */
export async function loadTransformersEmbedder(
  config: EmbeddingModelConfig,
): Promise<TransformersEmbedder> {
  const local = resolve(config.model)
  const isLocal = existsSync(local) && statSync(local).isDirectory()
  if (!isLocal && !config.allowRemote) {
    throw createError(
      'EMBEDDING_FAILED',
      `model directory ${config.model} not found (set ${EMBEDDING_ENV.allowRemote}=1 to download a hub model by id)`,
    )
  }
  if (isLocal && !existsSync(resolve(local, 'config.json'))) {
    throw createError(
      'EMBEDDING_FAILED',
      `${config.model} has no config.json: not a transformers.js model directory`,
    )
  }
  const transformers = await import('@huggingface/transformers')
  transformers.env.allowRemoteModels = !isLocal && config.allowRemote
  transformers.env.allowLocalModels = true
  let extract: FeatureExtractor
  try {
    const pipe = await transformers.pipeline('feature-extraction', isLocal ? local : config.model, {
      local_files_only: isLocal,
      dtype: 'fp32',
    })
    extract = pipe
  } catch (error) {
    throw createError(
      'EMBEDDING_FAILED',
      `cannot load ${config.model}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  const probe = await extract(['probe'], { pooling: 'mean', normalize: false })
  const dimensions = probe.dims.at(-1) ?? 0
  const name = isLocal ? basename(local) : config.model
  return new TransformersEmbedder(name, dimensions, extract, config.batchSize ?? 32)
}
