/**
 * Schema steps of watch ownership (block 170–179, ADR 0026): a watch belongs to an organisation
 * (`org_id`) or, with `org_id` NULL, to the installation (made by the local CLI). Its snapshot,
 * alerts and outbox rows belong to the same owner through `watch_id`. Names are unique per owner.
 * Written structurally (see docket-migrations.ts).
 *
 * The name's old table-wide UNIQUE constraint can only go by rebuilding the table. With foreign
 * keys on (they are, and the pragma cannot change inside the migration's transaction), dropping
 * `monitor_watches` would cascade into its snapshot and alerts, so those two are copied aside and
 * rebuilt as well, children dropped first. Row ids are kept: outbox rows refer to `alert:<id>`
 * and alert keys to the watch id.
 */
export const WATCH_OWNER_MIGRATIONS: readonly {
  readonly version: number
  readonly name: string
  readonly sql: string
}[] = [
  {
    version: 170,
    name: 'watch-owner',
    sql: `
CREATE TEMP TABLE owner_old_watches AS SELECT * FROM monitor_watches;
CREATE TEMP TABLE owner_old_items AS SELECT * FROM monitor_watch_items;
CREATE TEMP TABLE owner_old_alerts AS SELECT * FROM monitor_alerts;
DROP TABLE monitor_alerts;
DROP TABLE monitor_watch_items;
DROP TABLE monitor_watches;
CREATE TABLE monitor_watches (
  id INTEGER PRIMARY KEY,
  -- The owning organisation; NULL: installation-level (the local CLI's watches).
  org_id TEXT REFERENCES organisations(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  definition TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_run_at TEXT,
  cursor INTEGER,
  baseline_at TEXT
) STRICT;
CREATE UNIQUE INDEX monitor_watches_owner_name ON monitor_watches(coalesce(org_id, ''), name);
CREATE TABLE monitor_watch_items (
  watch_id INTEGER NOT NULL REFERENCES monitor_watches(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  application TEXT,
  family TEXT,
  expiry TEXT,
  state TEXT NOT NULL,
  PRIMARY KEY (watch_id, id)
) STRICT, WITHOUT ROWID;
CREATE INDEX monitor_watch_items_application ON monitor_watch_items(watch_id, application)
  WHERE application IS NOT NULL;
CREATE INDEX monitor_watch_items_family ON monitor_watch_items(watch_id, family)
  WHERE family IS NOT NULL;
CREATE TABLE monitor_alerts (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  watch_id INTEGER NOT NULL REFERENCES monitor_watches(id) ON DELETE CASCADE,
  run_id INTEGER,
  kind TEXT NOT NULL,
  publication TEXT NOT NULL,
  date TEXT NOT NULL,
  summary TEXT NOT NULL,
  created_at TEXT NOT NULL,
  read_at TEXT,
  reported_at TEXT
) STRICT;
CREATE INDEX monitor_alerts_watch ON monitor_alerts(watch_id, id);
CREATE INDEX monitor_alerts_unreported ON monitor_alerts(id) WHERE reported_at IS NULL;
INSERT INTO monitor_watches (id, org_id, name, definition, created_at, last_run_at, cursor, baseline_at)
  SELECT id, NULL, name, definition, created_at, last_run_at, cursor, baseline_at FROM owner_old_watches;
INSERT INTO monitor_watch_items (watch_id, id, application, family, expiry, state)
  SELECT watch_id, id, application, family, expiry, state FROM owner_old_items;
INSERT INTO monitor_alerts (id, key, watch_id, run_id, kind, publication, date, summary, created_at, read_at, reported_at)
  SELECT id, key, watch_id, run_id, kind, publication, date, summary, created_at, read_at, reported_at
  FROM owner_old_alerts;
DROP TABLE owner_old_watches;
DROP TABLE owner_old_items;
DROP TABLE owner_old_alerts;`,
  },
]
