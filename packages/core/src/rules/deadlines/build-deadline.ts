import { formatSource, weakestStatus, type AnyFact } from '../jurisdictions/fact.js'
import type { OfficeCode } from '../jurisdictions/office-codes.js'
import { addDays, addMonths, daysBetween, type CalendarDate } from './calendar-date.js'
import type { Deadline, DeadlineEvent, Trigger } from './deadline.js'
import { nextOpenDay, type OfficeCalendar } from './office-calendar.js'

/** What one deadline is made of: a trigger, a period, the facts behind it, a calendar. */
export interface PeriodSpec {
  readonly office: OfficeCode
  readonly event: DeadlineEvent
  readonly trigger: Trigger
  /** Whole months (Rule 80.2), or days with `unit: 'days'` (Rule 80.3). */
  readonly amount: number
  readonly unit?: 'months' | 'days'
  /** The facts the period rests on; their statuses and sources go into the deadline. */
  readonly facts: readonly AnyFact[]
  readonly basis: string
  /** The office calendar for the extension; none for dates that are not deadlines. */
  readonly calendar?: OfficeCalendar
  readonly notes?: readonly string[]
}

/** What the builder needs besides the spec. */
export interface BuildContext {
  readonly rulesVersion: string
  readonly today: CalendarDate
}

/** The end of the period before any extension. */
export function rawEnd(spec: Pick<PeriodSpec, 'trigger' | 'amount' | 'unit'>): CalendarDate {
  return spec.unit === 'days'
    ? addDays(spec.trigger.date, spec.amount)
    : addMonths(spec.trigger.date, spec.amount)
}

/**
 * Computes one deadline: Rule 80 arithmetic, the extension to the next open day, the weakest
 * status, the sources, and notes for every extension, assumption and unverified fact.
 */
export function buildDeadline(spec: PeriodSpec, ctx: BuildContext): Deadline {
  const rawDue = rawEnd(spec)
  const moved = spec.calendar ? nextOpenDay(spec.calendar, rawDue) : { date: rawDue, skipped: [] }
  const facts =
    moved.skipped.length > 0 && spec.calendar
      ? [...spec.facts, spec.calendar.extension]
      : spec.facts
  const statuses = [...facts.map((f) => f.status), ...moved.skipped.map((c) => c.status)]
  const notes: string[] = []
  let basis = spec.basis
  if (moved.skipped.length > 0 && spec.calendar) {
    const reasons = moved.skipped.map((c) => `${c.date} ${c.reason}`).join('; ')
    const rule = spec.calendar.extension.basis ?? spec.calendar.extension.source.citation
    notes.push(
      `${rawDue} falls on a day ${spec.office} is closed (${reasons}): moved to ${moved.date} under ${rule}`,
    )
    basis = `${basis}; extended under ${rule}`
  }
  if (spec.trigger.assumed) {
    notes.push(`assumed ${spec.trigger.kind.replace('_', ' ')} date ${spec.trigger.date}`)
  }
  notes.push(...(spec.notes ?? []))
  for (const f of spec.facts) {
    if (f.note) {
      notes.push(f.note)
    }
  }
  for (const what of new Set(
    facts.filter((f) => f.status === 'unverified').map((f) => f.source.citation),
  )) {
    notes.push(`computed from an unverified fact (${what}): re-check against the official source`)
  }
  const unverifiedDays = moved.skipped.filter((c) => c.status === 'unverified')
  if (unverifiedDays.length > 0) {
    const days = unverifiedDays.map((c) => `${c.date} ${c.reason}`).join('; ')
    notes.push(`computed from unverified closing days (${days}): re-check the office's calendar`)
  }
  const sources = new Set([
    ...facts.map((f) => formatSource(f.source)),
    ...moved.skipped.map((c) => c.source),
  ])
  return {
    office: spec.office,
    event: spec.event,
    due: moved.date,
    rawDue,
    trigger: spec.trigger,
    period: `${spec.amount} ${spec.unit ?? 'months'}`,
    basis,
    source: [...sources].join(' | '),
    status: weakestStatus(statuses),
    rulesVersion: ctx.rulesVersion,
    notes,
    daysLeft: daysBetween(ctx.today, moved.date),
  }
}
