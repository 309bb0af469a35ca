import { existsSync } from 'node:fs'
import type { CompetitorCounts, CompetitorPresence } from '@chuhai/core'
import type { Database } from '@chuhai/store-sqlite'
import BetterSqlite from 'better-sqlite3'
import { Kysely, SqliteDialect, sql } from 'kysely'

/** `%`, `_` and `\` match themselves in the LIKE pattern. */
function likePattern(name: string): string {
  return `%${name.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/**
 * Competitor presence over the SQLite store (read-only): publications per publishing country
 * whose applicant or assignee name contains one of the names (ASCII case-insensitive, SQLite
 * LIKE). Returns `undefined` when the database file does not exist or holds no patents table.
 */
export function openCompetitorPresence(
  path: string,
): (CompetitorPresence & { close(): Promise<void> }) | undefined {
  if (!existsSync(path)) {
    return undefined
  }
  const db = new BetterSqlite(path, { readonly: true, fileMustExist: true })
  const hasTable = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'parties'")
    .get()
  if (!hasTable) {
    db.close()
    return undefined
  }
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: db }) })
  return {
    async countByOffice(names: readonly string[]): Promise<CompetitorCounts> {
      const patterns = names.filter((n) => n.trim().length > 1).map(likePattern)
      if (patterns.length === 0) {
        return { counts: {}, source: 'no competitor names' }
      }
      const rows = await kysely
        .selectFrom('publications as p')
        .innerJoin('parties as pa', 'pa.doc', 'p.doc')
        .select(['p.country as office', sql<number>`COUNT(DISTINCT p.doc)`.as('n')])
        .where('pa.role', 'in', ['applicant', 'assignee'])
        .where((eb) =>
          eb.or(patterns.map((p) => sql<boolean>`${eb.ref('pa.name')} LIKE ${p} ESCAPE '\\'`)),
        )
        .groupBy('p.country')
        .execute()
      const counts = Object.fromEntries(rows.map((r) => [r.office, Number(r.n)]))
      const total = rows.reduce((s, r) => s + Number(r.n), 0)
      return {
        counts,
        source: `${total} publication(s) in ${path} whose applicant or assignee contains ${names.map((n) => JSON.stringify(n)).join(' or ')}; counts only what has been ingested`,
      }
    },
    close: () => kysely.destroy(),
  }
}
