import {
  compileWatchQuery,
  parseWatch,
  whiteSpace,
  type ApplicantResolver,
  type Bucket,
  type CitationLeader,
  type Landscape,
  type LandscapeDimension,
  type YearSeries,
} from '@chuhai/core/monitor'
import type { SqliteDb } from '../driver.js'
import { entityFilter, refreshApplicantIndex } from './applicant-index.js'
import { candidateSql, type ResolvedCriteria } from './watch-candidates.js'

/** The set a landscape describes and what to compute. */
export interface LandscapeRequest {
  readonly applicant?: string
  readonly cpc?: readonly string[]
  readonly query?: string
  readonly countries?: readonly string[]
  /** Our own applicant, for white space. */
  readonly ours?: string
  readonly by: readonly LandscapeDimension[]
  /** Buckets per breakdown; default 20. */
  readonly top?: number
}

const YEAR = `substr(coalesce(p.app_date, p.pub_date), 1, 4)`
const CPC_KEY = `substr(cl.symbol, 1, 4)`
const ROLES = `('applicant', 'assignee')`

/**
 * Computes a landscape over the store: the set is every publication matching the filter (the
 * same criteria and SQL as a watch's baseline), kept in a temporary table; each breakdown is one
 * GROUP BY over it. CPC counts are by subclass (a publication counts once per subclass it has),
 * applicants by normalised group (top parent).
 */
export function computeLandscape(
  db: SqliteDb,
  base: ApplicantResolver,
  request: LandscapeRequest,
): Landscape {
  const resolver = refreshApplicantIndex(db, base)
  const top = request.top ?? 20
  db.exec('DROP TABLE IF EXISTS temp.ls_docs; CREATE TEMP TABLE ls_docs (doc INTEGER PRIMARY KEY)')
  try {
    fillSet(db, resolver, request)
    const total = (db.prepare('SELECT count(*) AS n FROM ls_docs').get() as { n: number }).n
    const labelOf = (dim: LandscapeDimension, key: string): string =>
      dim === 'applicant' ? applicantLabel(db, resolver, key) : key
    const bucketsOf = (dim: LandscapeDimension, limit: number): Bucket[] => {
      const rows = db.prepare(groupSql(dim, limit)).all() as { k: string | null; n: number }[]
      return rows.map((r) => ({
        key: r.k ?? 'unknown',
        label: labelOf(dim, r.k ?? 'unknown'),
        count: r.n,
      }))
    }
    const breakdowns = request.by.map((dimension) => ({
      dimension,
      buckets:
        dimension === 'year'
          ? bucketsOf('year', 1000).sort((a, b) => a.key.localeCompare(b.key))
          : bucketsOf(dimension, top),
    }))
    const years = bucketsOf('year', 1000)
      .map((b) => b.key)
      .filter((y) => y !== 'unknown')
      .sort()
    const overTime: YearSeries[] = request.by
      .filter((d): d is Exclude<LandscapeDimension, 'year'> => d !== 'year')
      .map((dimension) => seriesOf(db, dimension, years, bucketsOf(dimension, 8)))
    const topApplicants = bucketsOf('applicant', top)
    const rows = bucketsOf('cpc', 12).map((b) => b.key)
    const columns = bucketsOf('country', 10).map((b) => b.key)
    const pairs = cpcCountry(db, 'ls_docs')
    const heatMap = {
      rows,
      columns,
      cells: rows.map((r) => columns.map((c) => pairs.get(`${r}|${c}`) ?? 0)),
    }
    const landscape: Landscape = {
      filter: {
        applicant: request.applicant,
        cpc: request.cpc,
        query: request.query,
        countries: request.countries,
        ours: request.ours,
      },
      yearBasis: 'filing',
      total,
      breakdowns,
      overTime,
      topApplicants,
      heatMap,
      citationLeaders: citationLeaders(db, 20),
    }
    if (request.ours === undefined) {
      return landscape
    }
    const ours = oursPairs(db, resolver, request.ours)
    return { ...landscape, whiteSpace: { ours: request.ours, cells: whiteSpace(pairs, ours) } }
  } finally {
    db.exec('DROP TABLE IF EXISTS temp.ls_docs')
  }
}

function fillSet(db: SqliteDb, resolver: ApplicantResolver, request: LandscapeRequest): void {
  const any =
    request.applicant !== undefined || (request.cpc?.length ?? 0) > 0 || request.query !== undefined
  if (!any) {
    const countries = request.countries ?? []
    db.prepare(
      `INSERT INTO ls_docs SELECT doc FROM publications p${countries.length > 0 ? ` WHERE p.country IN (${countries.map(() => '?').join(',')})` : ''}`,
    ).run(...countries)
    return
  }
  const watch = parseWatch({
    name: 'landscape',
    applicant: request.applicant,
    cpc: [...(request.cpc ?? [])],
    query: request.query,
    countries: [...(request.countries ?? [])],
  })
  const ref = watch.applicant !== undefined ? resolver.lookup(watch.applicant) : undefined
  const criteria: ResolvedCriteria = {
    ...(watch.applicant !== undefined
      ? {
          applicant: ref ? entityFilter(resolver, ref.entity, true) : { column: 'entity', ids: [] },
        }
      : {}),
    ...(watch.query !== undefined ? { match: compileWatchQuery(watch.query) } : {}),
    ids: [],
    applications: [],
    families: [],
  }
  const { sql, params } = candidateSql(watch, criteria)
  db.prepare(`INSERT OR IGNORE INTO ls_docs ${sql}`).run(...params)
}

function groupSql(dim: LandscapeDimension, limit: number): string {
  switch (dim) {
    case 'year':
      return `SELECT ${YEAR} AS k, count(*) AS n FROM ls_docs d JOIN publications p ON p.doc = d.doc GROUP BY k ORDER BY n DESC LIMIT ${limit}`
    case 'country':
      return `SELECT p.country AS k, count(*) AS n FROM ls_docs d JOIN publications p ON p.doc = d.doc GROUP BY k ORDER BY n DESC, k LIMIT ${limit}`
    case 'cpc':
      return `SELECT ${CPC_KEY} AS k, count(DISTINCT cl.doc) AS n FROM ls_docs d JOIN classifications cl ON cl.doc = d.doc
        WHERE cl.scheme IN ('cpc', 'ipc') GROUP BY k ORDER BY n DESC, k LIMIT ${limit}`
    case 'applicant':
      return `SELECT n.root AS k, count(DISTINCT pa.doc) AS n FROM ls_docs d JOIN parties pa ON pa.doc = d.doc AND pa.role IN ${ROLES}
        JOIN monitor_applicant_names n ON n.name = pa.name GROUP BY k ORDER BY n DESC, k LIMIT ${limit}`
  }
}

function seriesOf(
  db: SqliteDb,
  dimension: Exclude<LandscapeDimension, 'year'>,
  years: readonly string[],
  keys: readonly Bucket[],
): YearSeries {
  const joins: Record<typeof dimension, { from: string; key: string }> = {
    country: { from: '', key: 'p.country' },
    cpc: {
      from: `JOIN classifications cl ON cl.doc = d.doc AND cl.scheme IN ('cpc', 'ipc')`,
      key: CPC_KEY,
    },
    applicant: {
      from: `JOIN parties pa ON pa.doc = d.doc AND pa.role IN ${ROLES} JOIN monitor_applicant_names n ON n.name = pa.name`,
      key: 'n.root',
    },
  }
  const { from, key } = joins[dimension]
  const rows = db
    .prepare(
      `SELECT ${key} AS k, ${YEAR} AS y, count(DISTINCT d.doc) AS n
       FROM ls_docs d JOIN publications p ON p.doc = d.doc ${from} GROUP BY k, y`,
    )
    .all() as { k: string; y: string; n: number }[]
  const counts = new Map(rows.map((r) => [`${r.k}|${r.y}`, r.n]))
  return {
    dimension,
    years,
    series: keys.map((b) => ({
      key: b.key,
      label: b.label,
      counts: years.map((y) => counts.get(`${b.key}|${y}`) ?? 0),
    })),
  }
}

function cpcCountry(db: SqliteDb, table: string): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT ${CPC_KEY} AS cpc, p.country AS country, count(DISTINCT d.doc) AS n
       FROM ${table} d JOIN publications p ON p.doc = d.doc
       JOIN classifications cl ON cl.doc = d.doc AND cl.scheme IN ('cpc', 'ipc') GROUP BY cpc, country`,
    )
    .all() as { cpc: string; country: string; n: number }[]
  return new Map(rows.map((r) => [`${r.cpc}|${r.country}`, r.n]))
}

function oursPairs(db: SqliteDb, resolver: ApplicantResolver, ours: string): Map<string, number> {
  const ref = resolver.lookup(ours)
  if (!ref) {
    return new Map()
  }
  const { column, ids } = entityFilter(resolver, ref.entity, true)
  db.exec('DROP TABLE IF EXISTS temp.ls_ours; CREATE TEMP TABLE ls_ours (doc INTEGER PRIMARY KEY)')
  try {
    db.prepare(
      `INSERT OR IGNORE INTO ls_ours SELECT pa.doc FROM parties pa WHERE pa.role IN ${ROLES}
       AND pa.name IN (SELECT name FROM monitor_applicant_names WHERE ${column} IN (${ids.map(() => '?').join(',')}))`,
    ).run(...ids)
    return cpcCountry(db, 'ls_ours')
  } finally {
    db.exec('DROP TABLE IF EXISTS temp.ls_ours')
  }
}

function citationLeaders(db: SqliteDb, limit: number): CitationLeader[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.country || '-' || p.number AS base,
         (SELECT count(DISTINCT c.doc) FROM citations c
            WHERE c.cited_ref >= p.country || '-' || p.number AND c.cited_ref < p.country || '-' || p.number || '.') AS n,
         (SELECT t.text FROM texts t WHERE t.doc = p.doc AND t.field = 'title' ORDER BY t.seq LIMIT 1) AS title,
         (SELECT pa.name FROM parties pa WHERE pa.doc = p.doc AND pa.role IN ${ROLES} ORDER BY pa.role DESC, pa.seq LIMIT 1) AS applicant
       FROM ls_docs d JOIN publications p ON p.doc = d.doc
       ORDER BY n DESC, p.id LIMIT ?`,
    )
    .all(limit) as { id: string; n: number; title: string | null; applicant: string | null }[]
  return rows
    .filter((r) => r.n > 0)
    .map((r) => ({ id: r.id, title: r.title ?? '', applicant: r.applicant ?? '', citedBy: r.n }))
}

function applicantLabel(db: SqliteDb, resolver: ApplicantResolver, root: string): string {
  const alias = resolver.aliasEntity(root)
  if (alias) {
    return alias.name
  }
  const row = db
    .prepare('SELECT name FROM monitor_applicant_names WHERE root = ? ORDER BY seq LIMIT 1')
    .get(root) as { name: string } | undefined
  return row?.name ?? root
}
