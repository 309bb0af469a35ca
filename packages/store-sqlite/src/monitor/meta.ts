import type { SqliteDb } from '../driver.js'

/** A value of `monitor_meta`, or `undefined`. */
export function getMeta(db: SqliteDb, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM monitor_meta WHERE key = ?').get(key) as
    { value: string } | undefined
  return row?.value
}

/** Writes a value of `monitor_meta`. */
export function setMeta(db: SqliteDb, key: string, value: string): void {
  db.prepare(
    'INSERT INTO monitor_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value)
}
