import type { BuildContext } from '../rules/deadlines/build-deadline.js'
import type { CalendarDate } from '../rules/deadlines/calendar-date.js'
import type { Deadline } from '../rules/deadlines/deadline.js'
import type { FactStatus } from '../rules/jurisdictions/fact.js'
import type { KnowledgeBase } from '../rules/jurisdictions/knowledge-base.js'
import type { OfficeCode } from '../rules/jurisdictions/office-codes.js'
import type { OfficeCalendar } from '../rules/deadlines/office-calendar.js'
import type { HolidaySource } from '../rules/deadlines/holiday-source.js'
import type { Clock } from '../ports/clock.js'
import type { Matter } from './matter.js'

/** The deadlines the docket computes, in display order. */
export const DOCKET_DEADLINE_KINDS = [
  'priority_year',
  'exam_request',
  'pct_demand',
  'national_phase',
  'national_phase_late',
  'oa_response',
  'validation',
  'unitary_effect',
  'annuity',
] as const

/** One kind of docket deadline. */
export type DocketDeadlineKind = (typeof DOCKET_DEADLINE_KINDS)[number]

/**
 * A deadline of one matter, with its legal basis, source, status and the rules version (as the
 * deadline engine's), whether it is done (a response was filed), and whether its date is an
 * estimate (annuities of a pending application).
 */
export interface DocketDeadline {
  readonly matterId: string
  readonly family: string
  readonly office: string
  readonly kind: DocketDeadlineKind
  readonly due: CalendarDate
  readonly rawDue: CalendarDate
  readonly period: string
  readonly basis: string
  readonly source: string
  readonly status: FactStatus
  readonly rulesVersion: string
  readonly notes: readonly string[]
  /** The event it follows from; none for deadlines of the filing date. */
  readonly eventId?: string | undefined
  readonly done: boolean
  readonly estimated: boolean
  readonly daysLeft: number
  /** Annuities: the fee in its own currency. */
  readonly fee?:
    { readonly value: number; readonly currency: string; readonly asOf: string } | undefined
}

/** What docket rules read. */
export interface DocketRuleContext {
  readonly kb: KnowledgeBase
  readonly build: BuildContext
  readonly holidays: HolidaySource
  readonly clock: Clock
  calendar(office: OfficeCode): OfficeCalendar
  warn(message: string): void
}

/** A docket deadline from an engine deadline. */
export function fromEngine(
  d: Deadline,
  matter: Matter,
  kind: DocketDeadlineKind,
  extra: { eventId?: string | undefined; done?: boolean; notes?: readonly string[] } = {},
): DocketDeadline {
  return {
    matterId: matter.id,
    family: matter.family,
    office: d.office,
    kind,
    due: d.due,
    rawDue: d.rawDue,
    period: d.period,
    basis: d.basis,
    source: d.source,
    status: d.status,
    rulesVersion: d.rulesVersion,
    notes: [...(extra.notes ?? []), ...d.notes],
    eventId: extra.eventId,
    done: extra.done ?? false,
    estimated: d.trigger.assumed,
    daysLeft: d.daysLeft,
  }
}
