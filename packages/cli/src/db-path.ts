import { resolve } from 'node:path'

/** The database file: `--db`, else `CHUHAI_DB`, else `chuhai.db` in the current folder. */
export function databasePath(option: string | undefined): string {
  return resolve(option ?? process.env.CHUHAI_DB ?? 'chuhai.db')
}
