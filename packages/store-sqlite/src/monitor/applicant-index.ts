import {
  APPLICANT_KEY_VERSION,
  type ApplicantMatch,
  type ApplicantResolver,
} from '@chuhai/core/monitor'
import type { SqliteDb } from '../driver.js'
import { getMeta, setMeta } from './meta.js'

const VERSION_KEY = 'applicant_index_version'
const CURSOR_KEY = 'applicant_index_cursor'
const ROLES = `('applicant', 'assignee')`

interface NameRow {
  readonly name: string
  readonly key: string
  readonly entity: string
  readonly root: string
  readonly how: ApplicantMatch
}

/**
 * Brings `monitor_applicant_names` up to date with the parties of publications written since the
 * last refresh, and returns a resolver that knows every stored name (so queries resolve through
 * the same clusters). A different aliases version or key version rebuilds the whole index.
 * Call inside no transaction: it opens its own. When another connection holds the write lock
 * past the busy timeout (a background index rebuild, a long ingest), the same resolver is built
 * in memory from a read snapshot and nothing is stored: the caller's answer is identical, and the
 * next refresh persists the names.
 */
export function refreshApplicantIndex(db: SqliteDb, base: ApplicantResolver): ApplicantResolver {
  const version = `${APPLICANT_KEY_VERSION}:${base.version}`
  try {
    db.exec('BEGIN IMMEDIATE')
  } catch (error) {
    if (!isBusy(error)) {
      throw error
    }
    return readApplicantIndex(db, base, version)
  }
  try {
    const resolver = resolveInto(db, base, version, true)
    db.exec('COMMIT')
    return resolver
  } catch (error) {
    db.exec('ROLLBACK')
    throw error
  }
}

function readApplicantIndex(
  db: SqliteDb,
  base: ApplicantResolver,
  version: string,
): ApplicantResolver {
  db.exec('BEGIN')
  try {
    return resolveInto(db, base, version, false)
  } finally {
    db.exec('COMMIT')
  }
}

const isBusy = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  String(error.code).startsWith('SQLITE_BUSY')

// The refresh itself, inside the caller's transaction; `write` stores the new names and cursor.
function resolveInto(
  db: SqliteDb,
  base: ApplicantResolver,
  version: string,
  write: boolean,
): ApplicantResolver {
  const head = (
    db.prepare('SELECT max(seq) AS s FROM monitor_changes').get() as { s: number | null }
  ).s
  const rebuild = getMeta(db, VERSION_KEY) !== version
  if (rebuild && write) {
    db.exec('DELETE FROM monitor_applicant_names')
  }
  const cursor = rebuild ? undefined : getMeta(db, CURSOR_KEY)
  const resolver = base.clone()
  if (!rebuild) {
    const rows = db
      .prepare('SELECT name, key, entity, root, how FROM monitor_applicant_names ORDER BY seq')
      .all() as NameRow[]
    for (const row of rows) {
      resolver.seed({ entity: row.entity, root: row.root, key: row.key, how: row.how })
    }
  }
  const fresh =
    cursor === undefined
      ? db.prepare(`SELECT DISTINCT name FROM parties WHERE role IN ${ROLES} ORDER BY name`).all()
      : db
          .prepare(
            `SELECT DISTINCT pa.name FROM monitor_changes c JOIN parties pa ON pa.doc = c.doc
             WHERE c.seq > ? AND pa.role IN ${ROLES}
               AND NOT EXISTS (SELECT 1 FROM monitor_applicant_names n WHERE n.name = pa.name)
             ORDER BY pa.name`,
          )
          .all(Number(cursor))
  const insert = write
    ? db.prepare(
        'INSERT OR IGNORE INTO monitor_applicant_names (name, key, entity, root, how) VALUES (?, ?, ?, ?, ?)',
      )
    : undefined
  for (const { name } of fresh as { name: string }[]) {
    const ref = resolver.assign(name)
    insert?.run(name, ref.key, ref.entity, ref.root, ref.how)
  }
  if (write) {
    setMeta(db, VERSION_KEY, version)
    setMeta(db, CURSOR_KEY, String(head ?? 0))
  }
  return resolver
}

/** One normalised applicant with its spellings and publication counts (`chuhai applicants`). */
export interface ApplicantEntitySummary {
  readonly entity: string
  readonly root: string
  readonly names: readonly {
    readonly name: string
    readonly how: ApplicantMatch
    readonly documents: number
  }[]
  readonly documents: number
}

/**
 * The spellings stored for the entity a query resolves to, with their publication counts: the
 * function the search syntax `pa:` expands through. With `subsidiaries`, names of every entity
 * under it are included. `undefined` when the query matches no stored name.
 */
export function applicantNames(
  db: SqliteDb,
  resolver: ApplicantResolver,
  query: string,
  subsidiaries = true,
): ApplicantEntitySummary | undefined {
  const ref = resolver.lookup(query)
  if (!ref) {
    return undefined
  }
  const { column, ids } = entityFilter(resolver, ref.entity, subsidiaries)
  const rows = db
    .prepare(
      `SELECT n.name, n.how, n.entity,
         (SELECT count(DISTINCT pa.doc) FROM parties pa WHERE pa.name = n.name AND pa.role IN ${ROLES}) AS documents
       FROM monitor_applicant_names n WHERE n.${column} IN (${ids.map(() => '?').join(',')})
       ORDER BY documents DESC, n.name`,
    )
    .all(...ids) as { name: string; how: ApplicantMatch; documents: number }[]
  if (rows.length === 0) {
    return undefined
  }
  return {
    entity: ref.entity,
    root: ref.root,
    names: rows.map((r) => ({ name: r.name, how: r.how, documents: r.documents })),
    documents: rows.reduce((n, r) => n + r.documents, 0),
  }
}

/**
 * Which column of `monitor_applicant_names` selects an entity: a root with its subsidiaries is
 * every name under that root; otherwise the entity and the aliases-file entities below it.
 */
export function entityFilter(
  resolver: ApplicantResolver,
  entity: string,
  subsidiaries: boolean,
): { column: 'entity' | 'root'; ids: string[] } {
  if (subsidiaries && resolver.rootOf(entity) === entity) {
    return { column: 'root', ids: [entity] }
  }
  return { column: 'entity', ids: subsidiaries ? resolver.descendants(entity) : [entity] }
}
