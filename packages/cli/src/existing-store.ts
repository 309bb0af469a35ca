import { existsSync } from 'node:fs'
import { createError } from '@chuhai/core/ingest'
import type { SqlitePatentStore } from '@chuhai/store-sqlite'
import { databasePath } from './db-path.js'

/**
 * Opens an existing database read-only for a command that only reads it (FTO, invalidity): a
 * missing file is `NOT_FOUND` with the ingest command to run, not a new empty database; a
 * database of an older schema is migrated first.
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
  try {
    return { path, store: createSqliteStore({ path, readonly: true }) }
  } catch (error) {
    if ((error as { code?: string }).code !== 'STORE_SCHEMA_OUTDATED') {
      throw error
    }
    // A database of an older build: migrate it once (as any writing command would), then read.
    await createSqliteStore({ path }).close()
    return { path, store: createSqliteStore({ path, readonly: true }) }
  }
}

/**
 * Brings the search index of a database opened read-only up to date (FTO and invalidity take
 * their candidates from the search engine): when it is missing or stale, the database is opened
 * for writing once to rebuild it, as `chuhai search --refresh` does.
 */
export async function ensureSearchIndex(path: string, store: SqlitePatentStore): Promise<void> {
  const reason = store.search().staleReason()
  if (reason === undefined) {
    return
  }
  process.stderr.write(
    `${reason}: bringing the search index up to date (chuhai search --refresh) …\n`,
  )
  const { createSqliteStore } = await import('@chuhai/store-sqlite')
  const writable = createSqliteStore({ path })
  try {
    await writable.search().refresh()
  } finally {
    await writable.close()
  }
}
