import type { PatentStore } from '@chuhai/core/ingest'
import { createSqliteStore } from '@chuhai/store-sqlite'
import { databasePath } from './db-path.js'

export { databasePath } from './db-path.js'

/** Opens the embedded store at the resolved path (created and migrated when new). */
export function openStore(option: string | undefined): PatentStore {
  return createSqliteStore({ path: databasePath(option) })
}
