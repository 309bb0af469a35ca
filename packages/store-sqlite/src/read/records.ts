import type { PatentRecord, PublicationNumber } from '@chuhai/core/ingest'
import type { Kysely } from 'kysely'
import { joinRecord, type StoredClaimText, type StoredText } from '../record-codec.js'
import type { Database } from '../schema/tables.js'

interface SkeletonRow {
  readonly doc: number
  readonly id: string
  readonly record: string
}

/** The record with canonical id `id`, rebuilt from its skeleton and texts. */
export async function getRecord(
  db: Kysely<Database>,
  id: string,
): Promise<PatentRecord | undefined> {
  const row = await db
    .selectFrom('publications')
    .select(['doc', 'id', 'record'])
    .where('id', '=', id)
    .executeTakeFirst()
  return row ? (await loadRecords(db, [row]))[0] : undefined
}

/** Records of one publication number (every kind when `kind` is absent), newest first. */
export async function findRecordsByNumber(
  db: Kysely<Database>,
  pn: PublicationNumber,
): Promise<PatentRecord[]> {
  let query = db
    .selectFrom('publications')
    .select(['doc', 'id', 'record'])
    .where('country', '=', pn.country)
    .where('number', '=', pn.number)
  if (pn.kind !== undefined) {
    query = query.where('kind', '=', pn.kind)
  }
  const rows = await query
    .orderBy('pub_date', (o) => o.desc().nullsLast())
    .orderBy('id', 'desc')
    .execute()
  return loadRecords(db, rows)
}

/** Joins skeleton rows with their texts, keeping the rows' order. */
async function loadRecords(
  db: Kysely<Database>,
  rows: readonly SkeletonRow[],
): Promise<PatentRecord[]> {
  if (rows.length === 0) {
    return []
  }
  const docs = rows.map((r) => r.doc)
  const texts = await db
    .selectFrom('texts')
    .select(['doc', 'field', 'seq', 'text'])
    .where('doc', 'in', docs)
    .execute()
  const claims = await db
    .selectFrom('claims')
    .select(['doc', 'set_seq', 'seq', 'text'])
    .where('doc', 'in', docs)
    .execute()
  const textsOf = groupByDoc<StoredText & { doc: number }>(texts)
  const claimsOf = groupByDoc<StoredClaimText & { doc: number }>(claims)
  return rows.map((r) =>
    joinRecord(r.id, r.record, textsOf.get(r.doc) ?? [], claimsOf.get(r.doc) ?? []),
  )
}

function groupByDoc<T extends { readonly doc: number }>(rows: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>()
  for (const row of rows) {
    const list = out.get(row.doc)
    if (list) {
      list.push(row)
    } else {
      out.set(row.doc, [row])
    }
  }
  return out
}
