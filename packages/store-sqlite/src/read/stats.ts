import type { StoreStats } from '@chuhai/core/ingest'
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Database } from '../schema/tables.js'

type Bucket = StoreStats['byCountry']

/** Document counts in total and by country, kind, publication year and document type. */
export async function readStats(db: Kysely<Database>): Promise<StoreStats> {
  const total = await db
    .selectFrom('publications')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow()
  return {
    documents: Number(total.count),
    byCountry: await countBy(db, sql<string>`country`),
    byKind: await countBy(db, sql<string>`coalesce(kind, 'unknown')`),
    byYear: await countBy(db, sql<string>`coalesce(substr(pub_date, 1, 4), 'unknown')`),
    byType: await countBy(db, sql<string>`document_type`),
  }
}

/** Counts per key, largest first, ties by key. Missing values count under `unknown`. */
async function countBy(db: Kysely<Database>, key: RawBuilder<string>): Promise<Bucket> {
  const rows = await db
    .selectFrom('publications')
    .select((eb) => [key.as('key'), eb.fn.countAll<number>().as('count')])
    .groupBy(key)
    .orderBy('count', 'desc')
    .orderBy('key')
    .execute()
  return rows.map((r) => ({ key: r.key, count: Number(r.count) }))
}
