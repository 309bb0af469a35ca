import type { DocketEvent, DocketEventType, Matter, OfficeCode } from '@chuhai/core'
import type { Selectable } from 'kysely'
import type { DocketEventsTable, DocketMattersTable } from '../schema/docket-tables.js'

/** `undefined` as SQL NULL. */
export const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v)
const orUndefined = <T>(v: T | null): T | undefined => (v === null ? undefined : v)

/** A matter from its row. */
export function toMatter(row: Selectable<DocketMattersTable>): Matter {
  return {
    id: row.id,
    family: row.family,
    office: row.office as OfficeCode,
    title: row.title,
    applicationNumber: orUndefined(row.application_number),
    filingDate: orUndefined(row.filing_date),
    priorityDate: orUndefined(row.priority_date),
    core: row.core === 1,
    targets: JSON.parse(row.targets) as OfficeCode[],
  }
}

/** An event from its row. */
export function toEvent(row: Selectable<DocketEventsTable>): DocketEvent {
  return {
    id: row.id,
    matterId: row.matter_id,
    type: row.type as DocketEventType,
    date: row.date,
    responseMonths: orUndefined(row.response_months),
    due: orUndefined(row.due),
    note: orUndefined(row.note),
  }
}
