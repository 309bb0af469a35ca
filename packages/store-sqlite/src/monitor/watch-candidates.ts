import { cpcRange, type WatchDefinition } from '@chuhai/core/monitor'

/** A SQL fragment with its positional parameters. */
export interface SqlPart {
  readonly sql: string
  readonly params: readonly unknown[]
}

/** What a watch's criteria resolved to at run time. */
export interface ResolvedCriteria {
  /** Applicant filter: names whose `column` is one of `ids`; `undefined` without `--applicant`. */
  readonly applicant?: { readonly column: 'entity' | 'root'; readonly ids: readonly string[] }
  /** FTS5 MATCH expression for `--query`. */
  readonly match?: string
  /** Publications, application keys (`CC:number`) and families the watch follows. */
  readonly ids: readonly string[]
  readonly applications: readonly string[]
  readonly families: readonly string[]
}

const marks = (n: number): string => Array.from({ length: n }, () => '?').join(',')

/**
 * The SQL that lists the docs a watch matches: among every publication (`changed` undefined, the
 * baseline) or among those logged in `monitor_changes` with `from < seq <= to`. The most selective
 * criterion drives (an index range), the others are correlated EXISTS probes on primary keys.
 * CROSS JOIN pins that order: left to itself, SQLite's planner would scan `publications` by
 * country and probe the driver, which costs O(store) instead of O(changes).
 */
export function candidateSql(
  watch: WatchDefinition,
  criteria: ResolvedCriteria,
  changed?: { readonly from: number; readonly to: number },
): SqlPart {
  const drivers: SqlPart[] = []
  const filters: SqlPart[] = []
  const add = (driver: SqlPart, filter: SqlPart): void => {
    drivers.push(driver)
    filters.push(filter)
  }
  const tracked = criteria.ids.length + criteria.applications.length + criteria.families.length
  if (tracked > 0) {
    const { ids, applications, families } = criteria
    const where = [
      ids.length > 0 ? `p.id IN (${marks(ids.length)})` : '',
      applications.length > 0
        ? `(p.app_country || ':' || p.app_number) IN (${marks(applications.length)})`
        : '',
      families.length > 0
        ? `p.family_docdb IN (${marks(families.length)}) OR p.family_inpadoc IN (${marks(families.length)})`
        : '',
    ].filter((s) => s !== '')
    const params = [...ids, ...applications, ...families, ...families]
    add(
      { sql: `SELECT p.doc FROM publications p WHERE ${where.join(' OR ')}`, params },
      { sql: `(${where.join(' OR ')})`, params },
    )
  }
  if (watch.cites.length > 0) {
    const bases = watch.cites.map((id) => id.split('-').slice(0, 2).join('-'))
    const one = '(c.cited_ref = ? OR (c.cited_ref > ? AND c.cited_ref < ?))'
    const params = bases.flatMap((b) => [b, `${b}-`, `${b}.`])
    const any = bases.map(() => one).join(' OR ')
    add(
      { sql: `SELECT DISTINCT c.doc FROM citations c WHERE ${any}`, params },
      { sql: `EXISTS (SELECT 1 FROM citations c WHERE c.doc = p.doc AND (${any}))`, params },
    )
  }
  if (criteria.applicant) {
    const { column, ids } = criteria.applicant
    const names = `SELECT name FROM monitor_applicant_names WHERE ${column} IN (${marks(ids.length)})`
    add(
      {
        sql: `SELECT DISTINCT pa.doc FROM parties pa
          WHERE pa.name COLLATE NOCASE IN (${names}) AND pa.role IN ('applicant', 'assignee')`,
        params: ids,
      },
      {
        sql: `EXISTS (SELECT 1 FROM parties pa WHERE pa.doc = p.doc AND pa.role IN ('applicant', 'assignee')
          AND pa.name IN (${names}))`,
        params: ids,
      },
    )
  }
  if (watch.cpc.length > 0) {
    const ranges = watch.cpc.map(cpcRange)
    const any = ranges.map(() => '(cl.symbol >= ? AND cl.symbol < ?)').join(' OR ')
    const params = ranges.flat()
    add(
      { sql: `SELECT DISTINCT cl.doc FROM classifications cl WHERE ${any}`, params },
      {
        sql: `EXISTS (SELECT 1 FROM classifications cl WHERE cl.doc = p.doc AND (${any}))`,
        params,
      },
    )
  }
  if (criteria.match !== undefined) {
    const sql = `SELECT rowid AS doc FROM patent_fts WHERE patent_fts MATCH ?`
    // In a run over changes, bound the match to the changed docs' rowid range: FTS5 then walks
    // only that slice of each doclist (new publications get the highest docs) instead of
    // materialising every match in the store.
    const range = changed
      ? {
          sql: ` AND rowid >= (SELECT min(doc) FROM monitor_changes WHERE seq > ? AND seq <= ?)
            AND rowid <= (SELECT max(doc) FROM monitor_changes WHERE seq > ? AND seq <= ?)`,
          params: [changed.from, changed.to, changed.from, changed.to],
        }
      : { sql: '', params: [] }
    add(
      { sql, params: [criteria.match] },
      { sql: `p.doc IN (${sql}${range.sql})`, params: [criteria.match, ...range.params] },
    )
  }
  const country =
    watch.countries.length > 0
      ? [{ sql: `p.country IN (${marks(watch.countries.length)})`, params: watch.countries }]
      : []
  const driver: SqlPart = changed
    ? {
        sql: 'SELECT DISTINCT doc FROM monitor_changes WHERE seq > ? AND seq <= ?',
        params: [changed.from, changed.to],
      }
    : drivers[0]!
  const rest = [...(changed ? filters : filters.slice(1)), ...country]
  return {
    sql: `SELECT p.doc FROM (${driver.sql}) d CROSS JOIN publications p ON p.doc = d.doc
      ${rest.length > 0 ? `WHERE ${rest.map((f) => f.sql).join(' AND ')}` : ''}
      ORDER BY p.doc`,
    params: [...driver.params, ...rest.flatMap((f) => f.params)],
  }
}
