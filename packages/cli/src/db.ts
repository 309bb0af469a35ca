import { resolve } from 'node:path'
import type { PatentStore } from '@chuhai/core/ingest'
import { createSqliteStore } from '@chuhai/store-sqlite'

/** The database file: `--db`, else `CHUHAI_DB`, else `chuhai.db` in the current folder. */
export function databasePath(option: string | undefined): string {
  return resolve(option ?? process.env.CHUHAI_DB ?? 'chuhai.db')
}

/** Opens the embedded store at the resolved path (created and migrated when new). */
export function openStore(option: string | undefined): PatentStore {
  return createSqliteStore({ path: databasePath(option) })
}
