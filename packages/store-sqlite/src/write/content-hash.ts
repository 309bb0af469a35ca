import { createHash } from 'node:crypto'
import {
  contentHash as coreContentHash,
  legacyContentHash as coreLegacyContentHash,
  skeletonContentHash,
  recordTexts,
  type PatentRecord,
} from '@chuhai/core/ingest'

const sha1 = (): ReturnType<typeof createHash> => createHash('sha1')

/** sha1 content hash of a record (`contentHash` of core; see there for what it covers). */
export function contentHash(record: PatentRecord): string {
  return coreContentHash(record, sha1)
}

/** `contentHash` of a record whose skeleton (`recordSkeleton`) is already at hand. */
export function contentHashOfSkeleton(record: PatentRecord, skeleton: string): string {
  return skeletonContentHash(skeleton, record, recordTexts(record), sha1)
}

/** The hash of the first design, still held by rows written before it changed (ADR 0023). */
export function legacyContentHash(record: PatentRecord): string {
  return coreLegacyContentHash(record, sha1)
}
