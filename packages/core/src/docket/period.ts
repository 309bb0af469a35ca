import { buildDeadline } from '../rules/deadlines/build-deadline.js'
import type { CalendarDate } from '../rules/deadlines/calendar-date.js'
import type { AnyFact } from '../rules/jurisdictions/fact.js'
import type { OfficeCode } from '../rules/jurisdictions/office-codes.js'
import {
  fromEngine,
  type DocketDeadline,
  type DocketDeadlineKind,
  type DocketRuleContext,
} from './docket-deadline.js'
import type { Matter } from './matter.js'

/** A period counted from an event date at an office. */
export interface DocketPeriod {
  readonly matter: Matter
  readonly kind: DocketDeadlineKind
  readonly office: OfficeCode
  readonly from: CalendarDate
  readonly amount: number
  readonly unit?: 'months' | 'days'
  readonly facts: readonly AnyFact[]
  readonly basis: string
  readonly notes?: readonly string[]
  readonly eventId?: string | undefined
  readonly done?: boolean
  /** The trigger date is itself assumed (an estimate). */
  readonly assumed?: boolean
}

/**
 * Computes a docket deadline with the deadline engine's builder: PCT Rule 80 arithmetic, the
 * extension to the office's next open day, the weakest status of the facts, sources and notes.
 */
export function periodDeadline(ctx: DocketRuleContext, p: DocketPeriod): DocketDeadline {
  const d = buildDeadline(
    {
      office: p.office,
      // The builder echoes the engine event; the docket kind replaces it below.
      event: 'exam_request',
      trigger: { kind: 'national_filing', date: p.from, assumed: p.assumed ?? false },
      amount: p.amount,
      unit: p.unit ?? 'months',
      facts: p.facts,
      basis: p.basis,
      calendar: ctx.calendar(p.office),
      notes: p.notes ?? [],
    },
    ctx.build,
  )
  return fromEngine(d, p.matter, p.kind, { eventId: p.eventId, done: p.done ?? false })
}
