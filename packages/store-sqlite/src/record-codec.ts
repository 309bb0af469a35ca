import { type PatentRecord, recordSkeleton as coreRecordSkeleton } from '@chuhai/core/ingest'
import { createStoreError } from './errors.js'
import type { TextField } from './schema/tables.js'

/**
 * A record is stored as a JSON skeleton plus its large texts in `texts` and `claims`, so every
 * text is stored once (ADR 0004). The skeleton keeps each text object with `text: ''` — same keys,
 * same order — and `joinRecord` puts the stored texts back by position.
 */

/** The record lists whose items' `text` lives in the `texts` table, by field. */
export const TEXT_LISTS = {
  title: 'titles',
  abstract: 'abstracts',
  description: 'descriptions',
} as const satisfies Record<TextField, keyof PatentRecord>

/** The record as JSON with every text emptied: what the `record` column holds. */
export function recordSkeleton(record: PatentRecord): string {
  return coreRecordSkeleton(record)
}

/** A stored text, addressed by its position in the record. */
export interface StoredText {
  readonly field: TextField
  readonly seq: number
  readonly text: string
}

/** A stored claim text, addressed by claim set and position. */
export interface StoredClaimText {
  readonly set_seq: number
  readonly seq: number
  readonly text: string
}

/** Rebuilds the record from its skeleton and stored texts. */
export function joinRecord(
  id: string,
  skeleton: string,
  texts: readonly StoredText[],
  claims: readonly StoredClaimText[],
): PatentRecord {
  const record = JSON.parse(skeleton) as PatentRecord
  for (const row of texts) {
    const item = record[TEXT_LISTS[row.field]][row.seq]
    if (!item) {
      throw createStoreError('STORE_CORRUPT_RECORD', id, `no ${row.field} #${row.seq}`)
    }
    item.text = row.text
  }
  for (const row of claims) {
    const claim = record.claims[row.set_seq]?.claims[row.seq]
    if (!claim) {
      throw createStoreError('STORE_CORRUPT_RECORD', id, `no claim #${row.set_seq}.${row.seq}`)
    }
    claim.text = row.text
  }
  return record
}
