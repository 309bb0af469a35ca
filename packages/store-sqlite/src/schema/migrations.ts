import type { SqliteDb } from '../driver.js'
import { createStoreError } from '../errors.js'
import { CREATE_FTS_SQL } from '../fts.js'
import { ensureFtsIndex } from '../fts/fts-log.js'
import { DOCKET_MIGRATIONS } from './docket-migrations.js'
import { FTO_MIGRATIONS } from './fto-migrations.js'
import { INGEST_MIGRATIONS } from './ingest-migrations.js'
import { SEMANTIC_MIGRATIONS } from './semantic-migrations.js'
import { MONITOR_MIGRATIONS } from './monitor-migrations.js'
import { OFFICES_MIGRATIONS } from './offices-migrations.js'
import { OFFICES_TABLES_MIGRATIONS } from './offices-tables-migrations.js'
import { LEGAL_MIGRATIONS } from './legal-migrations.js'
import { SEARCH_MIGRATIONS } from './search-migrations.js'
import { BOOLEAN_MIGRATIONS } from './boolean-migrations.js'
import { WATCH_OWNER_MIGRATIONS } from './watch-owner-migrations.js'
import { WEB_MIGRATIONS } from './web-migrations.js'
import { WORKSPACE_MIGRATIONS } from './workspace-migrations.js'

/** One schema step. `version` is written to `PRAGMA user_version` when it commits. */
export interface Migration {
  readonly version: number
  /** Kebab-case name, shown in errors and logs. */
  readonly name: string
  readonly sql: string
}

// Detail rows hang off `doc`; ON DELETE CASCADE clears them when a publication is replaced or
// removed. Small rows live in WITHOUT ROWID tables keyed by (doc, …): one B-tree per insert
// instead of a table plus an index. Texts and claims can be tens of kilobytes, which WITHOUT
// ROWID tables store badly, so they are rowid tables with a unique (doc, …) index.
function detail(name: string, columns: string, key: string, large = false): string {
  const head = `CREATE TABLE ${name} (
  doc INTEGER NOT NULL REFERENCES publications(doc) ON DELETE CASCADE,
  ${columns}`
  return large
    ? `${head}\n) STRICT;\nCREATE UNIQUE INDEX ${name}_doc ON ${name}(${key});\n`
    : `${head},\n  PRIMARY KEY (${key})\n) STRICT, WITHOUT ROWID;\n`
}

/** Every migration, in order. Append only: a released step is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'create-publications',
    sql: `
CREATE TABLE publications (
  doc INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  country TEXT NOT NULL, number TEXT NOT NULL, kind TEXT, pub_date TEXT,
  app_country TEXT, app_number TEXT, app_date TEXT,
  document_type TEXT NOT NULL, stage TEXT NOT NULL, grant_date TEXT,
  family_docdb TEXT, family_inpadoc TEXT, claim_count INTEGER,
  source_format TEXT NOT NULL, source_file TEXT, source_offset INTEGER, source_produced TEXT,
  content_hash TEXT NOT NULL,
  record TEXT NOT NULL
) STRICT;
CREATE INDEX publications_number ON publications(country, number, kind);
CREATE TABLE ingest_checkpoints (
  source TEXT PRIMARY KEY,
  size INTEGER NOT NULL, mtime_ms REAL NOT NULL, committed_offset INTEGER NOT NULL,
  documents INTEGER NOT NULL, complete INTEGER NOT NULL
) STRICT;`,
  },
  {
    version: 2,
    name: 'create-detail-tables',
    sql: [
      detail(
        'texts',
        'field TEXT NOT NULL, seq INTEGER NOT NULL, lang TEXT NOT NULL, text TEXT NOT NULL',
        'doc, field, seq',
        true,
      ),
      detail(
        'claims',
        `set_seq INTEGER NOT NULL, seq INTEGER NOT NULL, lang TEXT NOT NULL, number INTEGER NOT NULL,
  text TEXT NOT NULL, depends_on TEXT NOT NULL, independent INTEGER NOT NULL, cancelled INTEGER`,
        'doc, set_seq, seq',
        true,
      ),
      detail(
        'parties',
        'role TEXT NOT NULL, seq INTEGER NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT',
        'doc, role, seq',
      ),
      detail(
        'classifications',
        'seq INTEGER NOT NULL, scheme TEXT NOT NULL, symbol TEXT NOT NULL, role TEXT',
        'doc, seq',
      ),
      detail(
        'citations',
        `seq INTEGER NOT NULL, cited_ref TEXT, cited_country TEXT, cited_number TEXT, cited_kind TEXT,
  cited_date TEXT, npl TEXT, category TEXT NOT NULL`,
        'doc, seq',
      ),
      detail(
        'related_documents',
        `seq INTEGER NOT NULL, relation TEXT NOT NULL, country TEXT NOT NULL, number TEXT NOT NULL,
  kind TEXT, date TEXT`,
        'doc, seq',
      ),
      detail(
        'priority_claims',
        'seq INTEGER NOT NULL, country TEXT NOT NULL, number TEXT NOT NULL, date TEXT, kind TEXT',
        'doc, seq',
      ),
      // Lookups: symbol prefix as a range scan (`symbol >= 'G06N' AND symbol < 'G06O'`), forward
      // citations by cited id, parties by name regardless of ASCII case.
      `CREATE INDEX classifications_symbol ON classifications(symbol, doc);
CREATE INDEX citations_cited_ref ON citations(cited_ref, doc) WHERE cited_ref IS NOT NULL;
CREATE INDEX parties_name ON parties(name COLLATE NOCASE, doc);`,
    ].join('\n'),
  },
  { version: 3, name: 'create-fts-index', sql: CREATE_FTS_SQL },
  // Docket matters and events (issue 6): version 4 on.
  ...DOCKET_MIGRATIONS,
  // Families, priority dates, Chinese search forms (issue 3, offices-tables): versions 10–19.
  ...OFFICES_TABLES_MIGRATIONS,
  // Legal events and normalised legal status (issue 3, offices-xml): versions 20–29.
  ...LEGAL_MIGRATIONS,
  // Search index (issue 4): versions 30–39.
  ...SEARCH_MIGRATIONS,
  // Document vectors of the semantic layer (issue 4, clir block): version 40 on.
  ...SEMANTIC_MIGRATIONS,
  // Monitoring and the IP policy tracker (issue 8): versions 60–69.
  ...MONITOR_MIGRATIONS,
  // Workspace: accounts, organisations, audit, jobs (issue 9): block 70–79.
  ...WORKSPACE_MIGRATIONS,
  // The full-text index in its own file (issue 2, ingest block, ADR 0018): versions 90–99.
  ...INGEST_MIGRATIONS,
  // Offices: canonical family keys (issue 3, ADR 0019): block 100–109.
  ...OFFICES_MIGRATIONS,
  // FTO (issue 5): block 120–129.
  ...FTO_MIGRATIONS,
  // Web workspace, FTO runs with findings (issue 9, web): block 130–139.
  ...WEB_MIGRATIONS,
  // The forward index for phrase/NEAR checks (issue 4, boolean, ADR 0020): block 150–159.
  ...BOOLEAN_MIGRATIONS,
  // Watches owned by an organisation or the installation (ADR 0026): block 170–179.
  ...WATCH_OWNER_MIGRATIONS,
]

/** The schema version this build writes. */
export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0

/** Reads `PRAGMA user_version`. */
export function schemaVersion(db: SqliteDb): number {
  return db.pragma('user_version', { simple: true }) as number
}

// The steps a database has, one row per applied migration. Blocks of versions belong to areas
// (docket 4–9, offices 10–19, …), so a later release can add a step below the highest version a
// database already has; `user_version` alone would skip it.
const APPLIED_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT`

/**
 * Names of the steps a database lacks, read without writing (for read-only connections). A
 * database without `schema_migrations` is judged by its `user_version`.
 */
export function pendingMigrations(
  db: SqliteDb,
  migrations: readonly Migration[] = MIGRATIONS,
): string[] {
  const tracked = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get()
  const current = schemaVersion(db)
  const done = tracked
    ? new Set(
        (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
          (r) => r.version,
        ),
      )
    : new Set(migrations.filter((m) => m.version <= current).map((m) => m.version))
  return migrations.filter((m) => !done.has(m.version)).map((m) => m.name)
}

function appliedVersions(db: SqliteDb, migrations: readonly Migration[]): Set<number> {
  db.exec(APPLIED_TABLE)
  const rows = db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]
  if (rows.length > 0) {
    return new Set(rows.map((r) => r.version))
  }
  // A database from before the table existed: every step up to its user_version was applied.
  const current = schemaVersion(db)
  const record = db.prepare(
    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, 'before-tracking')",
  )
  const legacy = migrations.filter((m) => m.version <= current)
  if (legacy.length > 0) {
    db.exec('BEGIN IMMEDIATE')
    legacy.forEach((m) => record.run(m.version, m.name))
    db.exec('COMMIT')
  }
  return new Set(legacy.map((m) => m.version))
}

/**
 * Brings the schema up to `SCHEMA_VERSION`, one transaction per step, and returns the names of
 * the steps applied. Every step not yet recorded in `schema_migrations` runs, in version order,
 * even one numbered below steps the database already has. A database newer than this build is
 * refused rather than guessed at.
 */
export function migrate(db: SqliteDb, migrations: readonly Migration[] = MIGRATIONS): string[] {
  const current = schemaVersion(db)
  const latest = migrations.at(-1)?.version ?? 0
  if (current > latest) {
    throw createStoreError('STORE_SCHEMA_TOO_NEW', current, latest)
  }
  const done = appliedVersions(db, migrations)
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  )
  const applied: string[] = []
  for (const step of migrations.filter((m) => !done.has(m.version))) {
    db.exec('BEGIN IMMEDIATE')
    try {
      db.exec(step.sql)
      record.run(step.version, step.name, new Date().toISOString())
      db.pragma(`user_version = ${Math.max(schemaVersion(db), step.version)}`)
      db.exec('COMMIT')
    } catch (error) {
      db.exec('ROLLBACK')
      const detail = error instanceof Error ? error.message : String(error)
      throw createStoreError('STORE_MIGRATION_FAILED', step.name, detail)
    }
    applied.push(step.name)
  }
  // user_version is the highest recorded step, also when the last step run was a lower one.
  const highest = Math.max(current, ...done, ...migrations.map((m) => m.version))
  if (schemaVersion(db) < highest) {
    db.pragma(`user_version = ${highest}`)
  }
  if (latest >= 90) {
    // Pair the attached index file with this file and apply what it has not yet indexed.
    ensureFtsIndex(db)
  }
  return applied
}
