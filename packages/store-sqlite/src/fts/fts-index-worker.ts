import Database from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'
import { applyFtsEntries, prepareFtsApply, type FtsEntry } from './fts-apply.js'
import type { FtsWorkerReply } from './fts-sink.js'

// Index worker entry (ADR 0018): its own connection to the index file, which it opens as `main`;
// applies each committed fts_log entry it is sent, in order, and answers with its seq.
const { file } = workerData as { file: string }
const db = new Database(file)
db.pragma('journal_mode = WAL')
db.pragma('synchronous = NORMAL')
db.pragma('busy_timeout = 5000')
db.pragma('cache_size = -65536')
db.pragma('wal_autocheckpoint = 16384')
const statements = prepareFtsApply(db, 'main')
// After a failure nothing more is applied, so `applied` never passes a missing entry: the main
// thread's catch-up applies the rest from the stored text.
let failed: string | undefined

parentPort?.on('message', (m: { seq: number; entries: readonly FtsEntry[] }) => {
  let reply: FtsWorkerReply
  if (failed) {
    parentPort?.postMessage({ seq: m.seq, error: failed } satisfies FtsWorkerReply)
    return
  }
  try {
    applyFtsEntries(db, statements, m.seq, m.entries)
    reply = { seq: m.seq }
  } catch (error) {
    failed = error instanceof Error ? error.message : String(error)
    reply = { seq: m.seq, error: failed }
  }
  parentPort?.postMessage(reply)
})
