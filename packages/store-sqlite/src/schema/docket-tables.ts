/**
 * The docket tables as Kysely reads them (snake_case columns; dates as `YYYY-MM-DD` text,
 * booleans as 0/1, office lists as JSON text).
 */
export interface DocketDatabase {
  docket_matters: DocketMattersTable
  docket_events: DocketEventsTable
}

/** One matter; `seq` orders matters and numbers the ids the store assigns (`M<seq>`). */
export interface DocketMattersTable {
  id: string
  seq: number
  family: string
  office: string
  title: string
  application_number: string | null
  filing_date: string | null
  priority_date: string | null
  core: number
  /** JSON array of office codes. */
  targets: string
}

/** One event of a matter; `seq` orders events and numbers their ids (`E<seq>`). */
export interface DocketEventsTable {
  id: string
  seq: number
  matter_id: string
  type: string
  date: string
  response_months: number | null
  due: string | null
  note: string | null
}
