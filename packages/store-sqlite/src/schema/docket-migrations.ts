/**
 * Schema steps of the docket (matters and events) in the same database as the patents. They are
 * appended to `MIGRATIONS`; like every released step they are never edited, only followed.
 * The shape is `Migration`'s, written structurally so that this file does not import
 * `migrations.ts` (which imports it).
 */
export const DOCKET_MIGRATIONS: readonly {
  readonly version: number
  readonly name: string
  readonly sql: string
}[] = [
  {
    version: 4,
    name: 'create-docket',
    sql: `
CREATE TABLE docket_matters (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  family TEXT NOT NULL,
  office TEXT NOT NULL,
  title TEXT NOT NULL,
  application_number TEXT,
  filing_date TEXT,
  priority_date TEXT,
  core INTEGER NOT NULL DEFAULT 0,
  targets TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE INDEX docket_matters_family ON docket_matters(family);
CREATE TABLE docket_events (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  matter_id TEXT NOT NULL REFERENCES docket_matters(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  date TEXT NOT NULL,
  response_months INTEGER,
  due TEXT,
  note TEXT
) STRICT;
CREATE INDEX docket_events_matter ON docket_events(matter_id, date);`,
  },
]
