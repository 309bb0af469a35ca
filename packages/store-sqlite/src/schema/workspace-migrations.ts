/**
 * Schema steps of the workspace (issue 9, block 70–79): accounts, organisations, sessions, API
 * tokens, confidential objects, the organisation's matters and their assignments, the append-only
 * audit log, background jobs and FTO claim charts. Shape as `Migration`, written structurally
 * (see docket-migrations.ts).
 */
export const WORKSPACE_MIGRATIONS: readonly {
  readonly version: number
  readonly name: string
  readonly sql: string
}[] = [
  {
    version: 70,
    name: 'create-workspace',
    sql: `
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE TABLE memberships (
  org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('owner', 'ip_manager', 'attorney', 'viewer')),
  PRIMARY KEY (org_id, user_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX memberships_user ON memberships(user_id);
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  csrf TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  prefix TEXT NOT NULL,
  secret_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
) STRICT;
CREATE TABLE confidential_objects (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('disclosure', 'product')),
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  matter_id TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX confidential_objects_org ON confidential_objects(org_id, kind, updated_at);
CREATE TABLE org_matters (
  matter_id TEXT PRIMARY KEY REFERENCES docket_matters(id) ON DELETE CASCADE,
  org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX org_matters_org ON org_matters(org_id);
CREATE TABLE matter_assignments (
  org_id TEXT NOT NULL,
  matter_id TEXT NOT NULL REFERENCES org_matters(matter_id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (org_id, user_id, matter_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  org_id TEXT NOT NULL,
  user_id TEXT,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT,
  detail TEXT
) STRICT;
CREATE INDEX audit_log_org ON audit_log(org_id, seq);
-- Append-only: the database itself refuses to change or delete a line.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  params TEXT NOT NULL,
  progress TEXT,
  result TEXT,
  error TEXT,
  attempts INTEGER NOT NULL DEFAULT 1,
  cancel_requested INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  started_at TEXT,
  finished_at TEXT
) STRICT;
CREATE INDEX jobs_org ON jobs(org_id, seq);
CREATE INDEX jobs_status ON jobs(status, seq);
CREATE TABLE fto_charts (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  product_id TEXT NOT NULL REFERENCES confidential_objects(id) ON DELETE CASCADE,
  patent_id TEXT NOT NULL,
  claim_number INTEGER NOT NULL,
  elements TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (product_id, patent_id, claim_number)
) STRICT;
CREATE INDEX fto_charts_org ON fto_charts(org_id, product_id);`,
  },
  {
    // The patent page's family and citation lookups (SqlitePatentRelations) by application,
    // family id, priority and continuity: without these, each page scans the publications.
    // IF NOT EXISTS: the families step (version 10) already indexes family_docdb.
    version: 71,
    name: 'index-family-lookups',
    sql: `
CREATE INDEX IF NOT EXISTS publications_application ON publications(app_number, app_country) WHERE app_number IS NOT NULL;
CREATE INDEX IF NOT EXISTS publications_family_docdb ON publications(family_docdb) WHERE family_docdb IS NOT NULL;
CREATE INDEX IF NOT EXISTS publications_family_inpadoc ON publications(family_inpadoc) WHERE family_inpadoc IS NOT NULL;
CREATE INDEX IF NOT EXISTS priority_claims_number ON priority_claims(number, country);
CREATE INDEX IF NOT EXISTS related_documents_number ON related_documents(number, country);`,
  },
]
