/**
 * Schema steps for legal events and the normalised legal status per publication (issue 3,
 * ADR 0009), block 20–29. Keyed by the canonical publication id, not by `publications.doc`:
 * legal events often arrive for publications whose own record is not in the store (other family
 * members), and a re-ingested record must not drop them. Appended to `MIGRATIONS`; never edited.
 */
export const LEGAL_MIGRATIONS: readonly {
  readonly version: number
  readonly name: string
  readonly sql: string
}[] = [
  {
    version: 20,
    name: 'create-legal-events',
    sql: `
CREATE TABLE legal_events (
  publication_id TEXT NOT NULL,
  event_key TEXT NOT NULL,
  code TEXT NOT NULL,
  date TEXT, effective_date TEXT, country TEXT, state TEXT,
  description TEXT, text TEXT, influence TEXT,
  app_country TEXT, app_number TEXT,
  source_format TEXT NOT NULL, source_file TEXT,
  PRIMARY KEY (publication_id, event_key)
) STRICT, WITHOUT ROWID;
CREATE TABLE legal_status (
  publication_id TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  since TEXT,
  basis TEXT NOT NULL,
  rule TEXT,
  rules_version TEXT NOT NULL,
  event TEXT,
  lapsed_in TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX legal_status_status ON legal_status(status, publication_id);`,
  },
]
