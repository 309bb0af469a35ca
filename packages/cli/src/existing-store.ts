import { existsSync } from 'node:fs'
import { createError } from '@chuhai/core/ingest'
import type { SqlitePatentStore } from '@chuhai/store-sqlite'
import { databasePath } from './db-path.js'

/**
 * Opens an existing database read-only for a command that only reads it (FTO, invalidity): a
 * missing file is `NOT_FOUND` with the ingest command to run, not a new empty database.
 */
export async function openExistingStore(
  option: string | undefined,
): Promise<{ readonly path: string; readonly store: SqlitePatentStore }> {
  const path = databasePath(option)
  if (!existsSync(path)) {
    throw createError(
      'NOT_FOUND',
      `database ${path} (ingest patents first: chuhai ingest PATH --db ${path})`,
    )
  }
  const { createSqliteStore } = await import('@chuhai/store-sqlite')
  return { path, store: createSqliteStore({ path, readonly: true }) }
}
