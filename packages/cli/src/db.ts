import type { PatentStore } from '@chuhai/core/ingest'
import { createSqliteStore } from '@chuhai/store-sqlite'
import { databasePath } from './db-path.js'

export { databasePath } from './db-path.js'

/**
 * Opens the embedded store at the resolved path (created and migrated when new).
 * `indexInBackground` writes the full-text index on its own thread (bulk ingest, ADR 0018).
 */
export function openStore(
  option: string | undefined,
  options: { readonly indexInBackground?: boolean } = {},
): PatentStore {
  return createSqliteStore({ path: databasePath(option), ...options })
}
