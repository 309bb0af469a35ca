// Worker thread of `buildIndexInShards`: builds the index shard of documents [from, to) of a store
// file, read-only, and sends it back with its arrays transferred.
import { parentPort, workerData } from 'node:worker_threads'
import Database from 'better-sqlite3'
import { IndexBuilder } from '@chuhai/core'
import { SHARD_SQL, type ShardTask } from './index-shards.js'

const task = workerData as ShardTask
const db = new Database(task.file, { readonly: true, fileMustExist: true })
try {
  const builder = new IndexBuilder(task.params, 5000, true, task.avgLengths)
  const rows = db.prepare(SHARD_SQL).iterate(task.from, task.to) as IterableIterator<
    { doc: number } & Record<string, string | null>
  >
  for (const r of rows) {
    builder.add(
      {
        title: r.title ?? '',
        abstract: r.abstract ?? '',
        claims: r.claims ?? '',
        description: r.description ?? '',
      },
      r.doc,
    )
  }
  const data = builder.build()
  parentPort!.postMessage(data, [
    data.offsets.buffer as ArrayBuffer,
    data.df.buffer as ArrayBuffer,
    data.maxImpacts.buffer as ArrayBuffer,
    data.postings.buffer as ArrayBuffer,
  ])
} finally {
  db.close()
}
