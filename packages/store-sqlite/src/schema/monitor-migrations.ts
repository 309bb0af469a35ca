/**
 * Schema steps of monitoring (issue 8): versions 60–69. Appended to `MIGRATIONS`; released steps
 * are never edited. Written structurally (like `docket-migrations.ts`) so this file does not
 * import `migrations.ts`. ADR 0015 explains the change log, snapshots and the alert outbox.
 */
export const MONITOR_MIGRATIONS: readonly {
  readonly version: number
  readonly name: string
  readonly sql: string
}[] = [
  {
    version: 60,
    name: 'create-monitor',
    sql: `
-- Change log: every (re)written publication gets a sequence number, so a watch run reads only
-- what changed since its cursor. The upsert keeps a replaced publication's doc and re-inserts it,
-- so one AFTER INSERT trigger sees new and replaced publications alike; unchanged re-ingests
-- write nothing and log nothing.
CREATE TABLE monitor_changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  doc INTEGER NOT NULL
);
CREATE TRIGGER monitor_publication_written AFTER INSERT ON publications
BEGIN
  INSERT INTO monitor_changes (doc) VALUES (new.doc);
END;
CREATE TABLE monitor_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT, WITHOUT ROWID;
-- Applicant names (as printed) → normalised entity; root is the top parent.
CREATE TABLE monitor_applicant_names (
  seq INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  key TEXT NOT NULL,
  entity TEXT NOT NULL,
  root TEXT NOT NULL,
  how TEXT NOT NULL
) STRICT;
CREATE INDEX monitor_applicant_names_entity ON monitor_applicant_names(entity);
CREATE INDEX monitor_applicant_names_root ON monitor_applicant_names(root);
-- Legal status events (lapse, revocation …) recorded from registers or by hand.
CREATE TABLE monitor_legal_status (
  id TEXT NOT NULL, date TEXT NOT NULL, status TEXT NOT NULL, source TEXT NOT NULL,
  PRIMARY KEY (id, date, status)
) STRICT, WITHOUT ROWID;
CREATE TABLE monitor_watches (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  definition TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_run_at TEXT,
  cursor INTEGER,
  baseline_at TEXT
) STRICT;
-- Snapshot: what each watch knew about each of its publications after its last run.
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
CREATE TABLE monitor_runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  watches INTEGER NOT NULL DEFAULT 0,
  alerts INTEGER NOT NULL DEFAULT 0
) STRICT;
-- Alerts with their idempotency key; written in the transaction that moves the watch's cursor.
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
-- Outbox: one row per alert and channel, written with the alert; a sender marks it delivered.
CREATE TABLE monitor_deliveries (
  ref TEXT NOT NULL,
  channel TEXT NOT NULL,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  delivered_at TEXT,
  PRIMARY KEY (ref, channel)
) STRICT, WITHOUT ROWID;
CREATE INDEX monitor_deliveries_pending ON monitor_deliveries(status, next_attempt_at);`,
  },
  {
    version: 61,
    name: 'create-policy-tracker',
    sql: `
CREATE TABLE policy_items (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  guid TEXT NOT NULL,
  url TEXT,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  published TEXT,
  jurisdiction TEXT NOT NULL,
  topics TEXT NOT NULL,
  reasons TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  UNIQUE (source, guid)
) STRICT;
CREATE INDEX policy_items_content ON policy_items(content_hash);
CREATE TABLE policy_documents (
  source TEXT PRIMARY KEY,
  url TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  text TEXT NOT NULL,
  fetched_at TEXT NOT NULL
) STRICT;
CREATE TABLE policy_changes (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  url TEXT NOT NULL,
  old_hash TEXT,
  new_hash TEXT NOT NULL,
  diff TEXT NOT NULL,
  jurisdiction TEXT NOT NULL,
  topics TEXT NOT NULL,
  detected_at TEXT NOT NULL,
  UNIQUE (source, old_hash, new_hash)
) STRICT;
CREATE TABLE policy_subscriptions (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  jurisdictions TEXT NOT NULL,
  topics TEXT NOT NULL,
  email TEXT NOT NULL,
  webhooks TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE TABLE policy_alerts (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  subscription_id INTEGER NOT NULL REFERENCES policy_subscriptions(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  ref_id INTEGER NOT NULL,
  title TEXT NOT NULL,
  url TEXT,
  jurisdiction TEXT NOT NULL,
  topics TEXT NOT NULL,
  date TEXT,
  created_at TEXT NOT NULL,
  reported_at TEXT
) STRICT;`,
  },
]
