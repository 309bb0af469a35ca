import type { IngestCheckpoint } from '@chuhai/core/ingest'
import type { Kysely } from 'kysely'
import type { Database } from '../schema/tables.js'

/** The stored checkpoint of one source, if any. */
export async function readCheckpoint(
  db: Kysely<Database>,
  source: string,
): Promise<IngestCheckpoint | undefined> {
  const row = await db
    .selectFrom('ingest_checkpoints')
    .selectAll()
    .where('source', '=', source)
    .executeTakeFirst()
  if (!row) {
    return undefined
  }
  return {
    source: row.source,
    size: row.size,
    mtimeMs: row.mtime_ms,
    committedOffset: row.committed_offset,
    documents: row.documents,
    complete: row.complete === 1,
  }
}
