import Database from 'better-sqlite3'
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads'
import { applyFtsEntries, prepareFtsApply, type FtsEntry } from './fts-apply.js'
import type { FtsWorkerReply } from './fts-sink.js'

// Index worker entry (ADR 0018): its own connection to the index file, which it opens as `main`;
// applies each committed fts_log entry it is sent, in order, and answers with its seq.
const { file } = workerData as { file: string }
const db = new Database(file)
db.pragma('journal_mode = WAL')
db.pragma('synchronous = NORMAL')
db.pragma('busy_timeout = 5000')
db.pragma('cache_size = -16384')
db.pragma('wal_autocheckpoint = 16384')
const statements = prepareFtsApply(db, 'main')
// After a failure nothing more is applied, so `applied` never passes a missing entry: the main
// thread's catch-up applies the rest from the stored text.
let failed: string | undefined

type Batch = { seq: number; entries: readonly FtsEntry[] }

parentPort?.on('message', (first: Batch) => {
  const port = parentPort!
  // Whatever else is already queued goes into the same transaction: fewer, larger FTS5 segments
  // (less merging) and fewer commits.
  const batches = [first]
  for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
    batches.push(m.message as Batch)
  }
  if (!failed) {
    try {
      applyFtsEntries(
        db,
        statements,
        batches.at(-1)!.seq,
        batches.flatMap((b) => b.entries),
      )
    } catch (error) {
      failed = error instanceof Error ? error.message : String(error)
    }
  }
  for (const b of batches) {
    port.postMessage(
      (failed ? { seq: b.seq, error: failed } : { seq: b.seq }) satisfies FtsWorkerReply,
    )
  }
})
