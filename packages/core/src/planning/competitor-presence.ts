/** Competitor filings counted per office, with a description of what was counted. */
export interface CompetitorCounts {
  /** Publications per publishing office (`US`, `EP`, `CN` …). */
  readonly counts: Readonly<Record<string, number>>
  /** What was counted and where, e.g. `publications in chuhai.db whose applicant matches …`. */
  readonly source: string
}

/**
 * The competitor-presence port: how many publications of the named applicants each office has
 * in the local store. Names match case-insensitively as substrings of applicant or assignee
 * names. The CLI implements it over the SQLite store; tests use an in-memory stub.
 */
export interface CompetitorPresence {
  countByOffice(names: readonly string[]): Promise<CompetitorCounts>
}
