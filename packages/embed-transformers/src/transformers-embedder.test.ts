import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { dot } from '@chuhai/core'
import { describe, expect, it } from 'vitest'
import { embeddingModelFromEnv, loadTransformersEmbedder } from './index.js'

const MODEL = resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'shared',
  'models',
  'glove100d-static-bert',
)
const hasModel = existsSync(MODEL)

describe('embeddingModelFromEnv', () => {
  it('is undefined without configuration and never allows downloads by default', () => {
    expect(embeddingModelFromEnv({})).toBeUndefined()
    expect(embeddingModelFromEnv({ CHUHAI_EMBEDDING_MODEL: '  ' })).toBeUndefined()
    expect(embeddingModelFromEnv({ CHUHAI_EMBEDDING_MODEL: '/m' })).toEqual({
      model: '/m',
      allowRemote: false,
    })
    expect(embeddingModelFromEnv({ CHUHAI_EMBEDDING_ALLOW_REMOTE: '1' }, 'org/model')).toEqual({
      model: 'org/model',
      allowRemote: true,
    })
  })

  it('refuses a missing directory unless downloads are allowed', async () => {
    await expect(
      loadTransformersEmbedder({ model: 'no/such-model', allowRemote: false }),
    ).rejects.toThrow(
      /model directory no\/such-model not found \(set CHUHAI_EMBEDDING_ALLOW_REMOTE=1/,
    )
    await expect(
      loadTransformersEmbedder({ model: import.meta.dirname, allowRemote: false }),
    ).rejects.toThrow(/has no config\.json/)
  })
})

describe.skipIf(!hasModel)(
  'TransformersEmbedder with ../shared/models/glove100d-static-bert',
  () => {
    it('loads the local model offline and returns unit vectors that rank related texts closer', async () => {
      const embedder = await loadTransformersEmbedder({
        model: MODEL,
        allowRemote: false,
        batchSize: 2,
      })
      expect(embedder.model).toBe('glove100d-static-bert')
      expect(embedder.dimensions).toBe(100)
      const [probe, transducer, graphics] = await embedder.embed([
        'ultrasound probe',
        'ultrasound transducer',
        'graphics processor renders triangles',
      ])
      expect(Math.abs(dot(probe!, probe!) - 1)).toBeLessThan(1e-5)
      expect(dot(probe!, transducer!)).toBeGreaterThan(dot(probe!, graphics!))
    })
  },
)
if (!hasModel) {
  console.warn(`skipped: ${MODEL} is absent (embedding tests need ../shared)`)
}
