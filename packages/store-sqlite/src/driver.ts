/**
 * The subset of better-sqlite3 this package uses, typed structurally (house style R3, kysely's
 * `SqliteDatabase`): the write path and the migrations depend on these shapes, not on the driver's
 * own types, so a compatible driver (node:sqlite behind a shim) could replace it.
 */

/** What `Statement.run` reports. */
export interface SqliteRunResult {
  readonly changes: number
  readonly lastInsertRowid: number | bigint
}

/** A prepared statement, bound positionally. */
export interface SqliteStatement {
  /** True for statements that return rows. Kysely reads it too. */
  readonly reader: boolean
  run(...params: unknown[]): SqliteRunResult
  get(...params: unknown[]): unknown
  all(...params: unknown[]): unknown[]
  iterate(...params: unknown[]): IterableIterator<unknown>
  /** Returns rows as arrays of column values (no object per row) when `toggle` is true. */
  raw(toggle?: boolean): this
}

/** An open connection. */
export interface SqliteDb {
  /** False once closed. */
  readonly open: boolean
  readonly readonly: boolean
  /** True between `BEGIN` and `COMMIT`/`ROLLBACK`. */
  readonly inTransaction: boolean
  prepare(sql: string): SqliteStatement
  exec(sql: string): unknown
  pragma(source: string, options?: { readonly simple?: boolean }): unknown
  close(): unknown
}
