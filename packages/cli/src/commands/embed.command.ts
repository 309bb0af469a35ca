import type { Command } from 'commander'
import { createError } from '@chuhai/core'
import { createSqliteStore } from '@chuhai/store-sqlite'
import { databasePath } from '../db-path.js'

interface EmbedFlags {
  db?: string
  model?: string
  batch?: string
  limit?: string
  json?: boolean
}

function positive(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) {
    return fallback
  }
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) {
    throw createError('USAGE', `${name} must be a positive integer, not ${JSON.stringify(value)}`)
  }
  return n
}

/**
 * `chuhai embed`: computes the semantic-search vectors of stored documents that have none (or an
 * outdated one) with the configured local model, and stores them with the documents.
 */
export function registerEmbed(program: Command): void {
  program
    .command('embed')
    .description('compute document vectors for semantic search with a local embedding model')
    .option('--db <file>', 'database file (default: $CHUHAI_DB or ./chuhai.db)')
    .option('--model <dir>', 'model directory (default: $CHUHAI_EMBEDDING_MODEL)')
    .option('--batch <n>', 'documents per batch (default 64)')
    .option('--limit <n>', 'embed at most N documents')
    .option('--json', 'print the summary as JSON')
    .action(async (flags: EmbedFlags) => {
      const { embeddingModelFromEnv, loadTransformersEmbedder } =
        await import('@chuhai/embed-transformers')
      const config = embeddingModelFromEnv(process.env, flags.model)
      if (!config) {
        throw createError(
          'USAGE',
          'no embedding model configured: pass --model DIR or set CHUHAI_EMBEDDING_MODEL (search works without one)',
        )
      }
      const batch = positive(flags.batch, '--batch', 64)
      const limit = positive(flags.limit, '--limit', Number.MAX_SAFE_INTEGER)
      const embedder = await loadTransformersEmbedder(config)
      const store = createSqliteStore({ path: databasePath(flags.db) })
      try {
        const vectors = store.embeddings()
        const started = performance.now()
        let done = 0
        while (done < limit) {
          const pending = await vectors.pending(embedder.model, Math.min(batch, limit - done))
          if (pending.length === 0) {
            break
          }
          const embedded = await embedder.embed(pending.map((p) => p.text))
          await vectors.put(
            embedder.model,
            embedder.dimensions,
            pending.map((p, i) => ({ id: p.id, contentHash: p.contentHash, vector: embedded[i]! })),
          )
          done += pending.length
          if (!flags.json && process.stderr.isTTY) {
            process.stderr.write(`\rembedded ${done}`)
          }
        }
        const coverage = await vectors.coverage(embedder.model)
        const seconds = (performance.now() - started) / 1000
        if (flags.json) {
          const json = {
            model: embedder.model,
            dimensions: embedder.dimensions,
            embedded: done,
            coverage,
            seconds,
          }
          process.stdout.write(`${JSON.stringify(json)}\n`)
        } else {
          process.stdout.write(
            `${done} documents embedded with ${embedder.model} (${embedder.dimensions} dimensions) in ${seconds.toFixed(1)} s; ` +
              `${coverage.embedded} of ${coverage.documents} documents have vectors\n`,
          )
        }
      } finally {
        await store.close()
      }
    })
}
