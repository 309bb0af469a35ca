import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import {
  IndexBuilder,
  INDEX_FIELDS,
  mergeIndexShards,
  type AverageLengths,
  type IndexDocument,
  type PostingsData,
  type RankParams,
} from '@chuhai/core'
import type { SqliteDb } from '../driver.js'

/** Rows of one shard, in document order. */
export const SHARD_SQL =
  'SELECT doc, title, abstract, claims, description FROM fts_source WHERE doc >= ? AND doc < ? ORDER BY doc'

/** Documents a sample of average field lengths is taken from (as one `IndexBuilder` would). */
const SAMPLE = 5000

/** What one worker builds. */
export interface ShardTask {
  readonly file: string
  readonly from: number
  readonly to: number
  readonly params: RankParams
  readonly avgLengths: AverageLengths
}

const WORKER = new URL('./index-shard.worker.js', import.meta.url)

/** The store's file, or undefined for an in-memory or temporary database. */
export function storeFile(db: SqliteDb): string | undefined {
  const rows = db.pragma('database_list') as { name: string; file: string }[]
  const file = rows.find((r) => r.name === 'main')?.file
  return file ? file : undefined
}

/** Whether shards can be built on worker threads (the compiled worker exists beside this module). */
export function canBuildInShards(): boolean {
  return WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER))
}

function rowDocument(r: Record<string, string | null>): IndexDocument {
  return {
    title: r.title ?? '',
    abstract: r.abstract ?? '',
    claims: r.claims ?? '',
    description: r.description ?? '',
  }
}

/**
 * Builds the impact index of a store file in `threads` shards of consecutive document ranges
 * (equal numbers of publications), each on a worker thread reading the file read-only, then
 * merges them (ADR 0012). `worker` is the compiled worker module (default: beside this one). The average field lengths come from the first 5,000 documents, as a
 * single builder samples them, so the index equals a single build's.
 */
export async function buildIndexInShards(
  db: SqliteDb,
  file: string,
  params: RankParams,
  threads: number,
  worker: URL = WORKER,
): Promise<PostingsData> {
  const sums = [0, 0, 0, 0]
  let sampled = 0
  const sample = db
    .prepare(`${SHARD_SQL.replace('WHERE doc >= ? AND doc < ?', '')} LIMIT ${SAMPLE}`)
    .iterate() as IterableIterator<Record<string, string | null>>
  for (const r of sample) {
    IndexBuilder.fieldLengths(rowDocument(r)).forEach((x, f) => (sums[f]! += x))
    sampled++
  }
  const avgLengths = Object.fromEntries(
    INDEX_FIELDS.map((f, i) => [f, Math.max(1, sums[i]! / Math.max(1, sampled))]),
  ) as unknown as AverageLengths
  const count = (db.prepare('SELECT count(*) AS n FROM publications').get() as { n: number }).n
  const bounds = [0]
  const at = db.prepare('SELECT doc FROM publications ORDER BY doc LIMIT 1 OFFSET ?')
  for (let i = 1; i < threads; i++) {
    const row = at.get(Math.floor((count * i) / threads)) as { doc: number } | undefined
    bounds.push(row ? row.doc : Number.MAX_SAFE_INTEGER)
  }
  bounds.push(Number.MAX_SAFE_INTEGER)
  const shards = await Promise.all(
    bounds.slice(0, -1).map(
      (from, i) =>
        new Promise<PostingsData>((resolve, reject) => {
          const task: ShardTask = { file, from, to: bounds[i + 1]!, params, avgLengths }
          const thread = new Worker(worker, { workerData: task })
          thread.once('message', (data: PostingsData) => resolve(data))
          thread.once('error', reject)
          thread.once('exit', (code) => {
            if (code !== 0) {
              reject(new Error(`index shard worker exited with code ${code}`))
            }
          })
        }),
    ),
  )
  return mergeIndexShards(shards)
}
