import { createHash } from 'node:crypto'
import { contentHash as coreContentHash, type PatentRecord } from '@chuhai/core/ingest'

/** sha1 content hash of a record (`contentHash` of core; see there for what it covers). */
export function contentHash(record: PatentRecord): string {
  return coreContentHash(record, () => createHash('sha1'))
}
