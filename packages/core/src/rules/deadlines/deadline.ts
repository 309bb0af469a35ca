import type { FactStatus } from '../jurisdictions/fact.js'
import type { OfficeCode } from '../jurisdictions/office-codes.js'
import type { CalendarDate } from './calendar-date.js'

/** The events the engine computes, in display order. */
export const DEADLINE_EVENTS = [
  'paris_priority',
  'pct_filing',
  'pct_publication',
  'pct_demand',
  'national_phase',
  'national_phase_late',
  'exam_request',
] as const

/** One computed event: a deadline (or, for `pct_publication`, the expected date). */
export type DeadlineEvent = (typeof DEADLINE_EVENTS)[number]

/** What a period is counted from. */
export type TriggerKind =
  'priority' | 'international_filing' | 'national_filing' | 'isr_transmittal'

/** The date a period runs from; `assumed` when the engine had to assume it (say so in a note). */
export interface Trigger {
  readonly kind: TriggerKind
  readonly date: CalendarDate
  readonly assumed: boolean
}

/**
 * A computed deadline. `rawDue` is the end of the period by PCT Rule 80 arithmetic; `due` is that
 * date moved to the next day the office is open. `status` is the weakest status of the facts
 * used (including the closed-day facts when the date moved); `rulesVersion` keeps old
 * computations explainable after the knowledge base changes.
 */
export interface Deadline {
  readonly office: OfficeCode
  readonly event: DeadlineEvent
  readonly due: CalendarDate
  readonly rawDue: CalendarDate
  readonly trigger: Trigger
  /** The period as text, e.g. `30 months`. */
  readonly period: string
  /** Legal basis: articles and rules, including the extension rule where the date moved. */
  readonly basis: string
  /** Sources of the facts used, `citation (urls)` joined by ` | `. */
  readonly source: string
  readonly status: FactStatus
  readonly rulesVersion: string
  /** Caveats: extensions applied, assumptions, unverified facts, conditions. */
  readonly notes: readonly string[]
  /** Days from today (the injected clock) to `due`; negative once passed. */
  readonly daysLeft: number
}

/** A filing route: direct Paris filings, or the PCT. */
export type Route = 'paris' | 'pct'

/** A validated request (see `validateDeadlineInput`). */
export interface DeadlineRequest {
  readonly priorityDate: CalendarDate
  readonly pctFilingDate?: CalendarDate | undefined
  /** Transmittal of the international search report and written opinion. */
  readonly isrDate?: CalendarDate | undefined
  readonly offices: readonly OfficeCode[]
  /** The PCT receiving Office (its calendar extends pct_filing and pct_demand). */
  readonly receivingOffice: OfficeCode
  readonly routes: readonly Route[]
  readonly restorationRequested: boolean
}

/** The engine's answer: deadlines sorted by due date, warnings, and the rules version. */
export interface DeadlineReport {
  readonly deadlines: readonly Deadline[]
  readonly warnings: readonly string[]
  readonly rulesVersion: string
  /** The request as validated (offices normalised, defaults applied). */
  readonly request: DeadlineRequest
  /** Today's date as read from the clock. */
  readonly today: CalendarDate
}
