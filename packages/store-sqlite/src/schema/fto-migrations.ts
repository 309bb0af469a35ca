/**
 * Schema steps of the FTO work (issue 5, ADR 0021), block 120–129. Appended to `MIGRATIONS` in
 * version order; a released step is never edited.
 */
export const FTO_MIGRATIONS: readonly {
  readonly version: number
  readonly name: string
  readonly sql: string
}[] = [
  {
    // A report's data sources name the earliest and latest publication dates held: without an
    // index that is a scan of every publication (seconds at a million documents).
    version: 120,
    name: 'index-publication-dates',
    sql: 'CREATE INDEX IF NOT EXISTS publications_pub_date ON publications(pub_date);',
  },
]
