import type { CalendarDate } from '../rules/deadlines/calendar-date.js'
import type { OfficeCode } from '../rules/jurisdictions/office-codes.js'

/** Events a matter records, in the order they usually happen. */
export const DOCKET_EVENT_TYPES = [
  'filing',
  'publication',
  'search_report',
  'office_action',
  'response',
  'grant',
  'lapse',
] as const

/** One kind of docket event. */
export type DocketEventType = (typeof DOCKET_EVENT_TYPES)[number]

/** One of our applications or patents; matters of the same invention share a `family`. */
export interface Matter {
  readonly id: string
  readonly family: string
  readonly office: OfficeCode
  readonly title: string
  readonly applicationNumber?: string | undefined
  /** Filing date (for a PCT national phase: the international filing date). */
  readonly filingDate?: CalendarDate | undefined
  /** Earliest priority date claimed; none for a first filing. */
  readonly priorityDate?: CalendarDate | undefined
  /** Part of the core portfolio: the protection net shows core families. */
  readonly core: boolean
  /** PCT (`WO`) matters: the offices the national phase is planned in. */
  readonly targets: readonly OfficeCode[]
}

/** A matter to add; the store assigns `M1`, `M2` … when `id` is not given. */
export type NewMatter = Omit<Matter, 'id'> & { readonly id?: string | undefined }

/** Something that happened to a matter, from which deadlines follow. */
export interface DocketEvent {
  readonly id: string
  readonly matterId: string
  readonly type: DocketEventType
  readonly date: CalendarDate
  /** Office action: the period the office set, replacing the knowledge base's. */
  readonly responseMonths?: number | undefined
  /** Office action: the due date the office set, replacing any period. */
  readonly due?: CalendarDate | undefined
  readonly note?: string | undefined
}

/** An event to add; the store assigns `E1`, `E2` …. */
export type NewDocketEvent = Omit<DocketEvent, 'id'>

/** Where a matter stands, derived from its events. */
export type MatterStatus = 'pending' | 'granted' | 'lapsed'

/** A matter's status and dates as its events say: lapse wins over grant. */
export function matterState(
  matter: Matter,
  events: readonly DocketEvent[],
): {
  status: MatterStatus
  filingDate: CalendarDate | undefined
  grantDate: CalendarDate | undefined
  lapseDate: CalendarDate | undefined
} {
  const mine = events.filter((e) => e.matterId === matter.id)
  const first = (type: DocketEventType): CalendarDate | undefined =>
    mine
      .filter((e) => e.type === type)
      .map((e) => e.date)
      .sort()[0]
  const grantDate = first('grant')
  const lapseDate = first('lapse')
  return {
    status: lapseDate ? 'lapsed' : grantDate ? 'granted' : 'pending',
    filingDate: matter.filingDate ?? first('filing'),
    grantDate,
    lapseDate,
  }
}
