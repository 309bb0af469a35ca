/**
 * Schema steps of the web workspace's second part (issue 9, block 130–139; ADR 0022): FTO runs
 * of the FTO engine with the findings people record on their claim charts. Shape as `Migration`,
 * written structurally (see docket-migrations.ts). The `fto_charts` table of migration 70 (the
 * baseline screening's charts) is left as it was and no longer written.
 */
export const WEB_MIGRATIONS: readonly {
  readonly version: number
  readonly name: string
  readonly sql: string
}[] = [
  {
    version: 130,
    name: 'create-fto-runs',
    sql: `
CREATE TABLE fto_runs (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  product_id TEXT NOT NULL,
  job_id TEXT,
  as_of TEXT NOT NULL,
  countries TEXT NOT NULL,
  report TEXT NOT NULL,
  findings TEXT NOT NULL DEFAULT '[]',
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX fto_runs_org_product ON fto_runs(org_id, product_id, created_at);`,
  },
]
