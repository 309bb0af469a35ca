import { openDatabase, type SqliteStoreOptions } from '../connection.js'
import type { SqliteDb } from '../driver.js'
import { migrate } from '../schema/migrations.js'

/**
 * Opens a Chuhai database and brings its schema up to date: one connection that the server shares
 * between the patent store, the docket, the workspace and the jobs (`new SqlitePatentStore(db, …)`
 * and friends), so a `:memory:` database is one database.
 */
export function openSqliteDatabase(options: SqliteStoreOptions): {
  readonly db: SqliteDb
  readonly applied: readonly string[]
} {
  const db = openDatabase(options)
  try {
    return { db, applied: options.readonly ? [] : migrate(db) }
  } catch (error) {
    db.close()
    throw error
  }
}
