/**
 * The error catalogue of @chuhai/store-sqlite (house style R13): one code per failure, a message
 * template, and `createStoreError(code, ...)`. Callers map codes to exit codes and HTTP statuses.
 */
export const STORE_ERROR_MESSAGES = {
  STORE_READONLY: (operation: string) => `the store was opened read-only: cannot ${operation}`,
  STORE_CLOSED: () => 'the store is closed',
  STORE_SCHEMA_TOO_NEW: (found: number, supported: number) =>
    `the database has schema version ${found}; this build supports up to ${supported}`,
  STORE_SCHEMA_OUTDATED: (found: number, expected: number) =>
    `the database has schema version ${found}, expected ${expected}: open it writable once to migrate`,
  STORE_MIGRATION_FAILED: (name: string, detail: string) => `migration ${name} failed: ${detail}`,
  STORE_CORRUPT: (detail: string) => `the database failed its integrity check: ${detail}`,
  STORE_CORRUPT_RECORD: (id: string, detail: string) =>
    `stored record ${id} is unreadable: ${detail}`,
  STORE_EMBEDDING_DIMENSIONS: (model: string, stored: number, given: number) =>
    `embedding model ${model} has ${stored}-dimensional vectors in this database, not ${given}`,
} as const

/** A code of the store-sqlite error catalogue. */
export type StoreErrorCode = keyof typeof STORE_ERROR_MESSAGES

/** An error with a store-sqlite catalogue code. */
export class SqliteStoreError extends Error {
  readonly code: StoreErrorCode

  constructor(code: StoreErrorCode, message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'SqliteStoreError'
    this.code = code
  }
}

/** Creates a `SqliteStoreError` from a catalogue code and the template's arguments. */
export function createStoreError<C extends StoreErrorCode>(
  code: C,
  ...args: Parameters<(typeof STORE_ERROR_MESSAGES)[C]>
): SqliteStoreError {
  const template = STORE_ERROR_MESSAGES[code] as (...a: unknown[]) => string
  return new SqliteStoreError(code, template(...args))
}
