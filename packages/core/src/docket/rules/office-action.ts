import type { AnyFact } from '../../rules/jurisdictions/fact.js'
import { daysBetween } from '../../rules/deadlines/calendar-date.js'
import type { DocketDeadline, DocketRuleContext } from '../docket-deadline.js'
import type { DocketEvent, Matter } from '../matter.js'
import { periodDeadline } from '../period.js'

interface ResponsePeriod {
  readonly months?: number
  readonly days?: number
  readonly subsequentMonths?: number
  readonly extension?: string
}

/** The office-action response period of an office, from the knowledge base. */
export function responsePeriod(
  ctx: DocketRuleContext,
  office: Matter['office'],
): { fact: AnyFact; value: ResponsePeriod } | undefined {
  const fact = ctx.kb.office(office).other.office_action_response
  return fact ? { fact, value: fact.value as ResponsePeriod } : undefined
}

/** Whether a response was filed on or after the action and before the next action. */
function answered(event: DocketEvent, events: readonly DocketEvent[]): boolean {
  const next = events.find((e) => e.type === 'office_action' && e.date > event.date)
  return events.some(
    (e) => e.type === 'response' && e.date >= event.date && (!next || e.date < next.date),
  )
}

/**
 * The response deadline of an office action: the due date the office set, else the period
 * given, else the office's period in the knowledge base (CN: later actions 2 months).
 */
export function officeActionDeadlines(
  ctx: DocketRuleContext,
  matter: Matter,
  event: DocketEvent,
  events: readonly DocketEvent[],
): DocketDeadline[] {
  const done = answered(event, events)
  const userFact = (what: string): AnyFact => ({
    value: what,
    source: { citation: 'the office action itself (entered by the user)', urls: [] },
    status: 'verified',
  })
  const common = {
    matter,
    kind: 'oa_response' as const,
    office: matter.office,
    from: event.date,
    eventId: event.id,
    done,
  }
  if (event.due) {
    const d = periodDeadline(ctx, {
      ...common,
      amount: daysBetween(event.date, event.due),
      unit: 'days',
      facts: [userFact(event.due)],
      basis: 'due date set in the office action',
    })
    return [
      {
        ...d,
        due: event.due,
        rawDue: event.due,
        daysLeft: daysBetween(ctx.build.today, event.due),
      },
    ]
  }
  if (event.responseMonths) {
    return [
      periodDeadline(ctx, {
        ...common,
        amount: event.responseMonths,
        facts: [userFact(`${event.responseMonths} months`)],
        basis: 'period set in the office action',
      }),
    ]
  }
  const period = responsePeriod(ctx, matter.office)
  const earlier = events.some((e) => e.type === 'office_action' && e.date < event.date)
  const months =
    earlier && period?.value.subsequentMonths ? period.value.subsequentMonths : period?.value.months
  if (!period || (months === undefined && period.value.days === undefined)) {
    ctx.warn(
      `${matter.id}: no office-action response period for ${matter.office} in the knowledge base; give --due or --response-months (event ${event.id})`,
    )
    return []
  }
  const notes = period.value.extension ? [period.value.extension] : []
  const spec =
    months !== undefined
      ? { amount: months }
      : { amount: period.value.days!, unit: 'days' as const }
  return [
    periodDeadline(ctx, {
      ...common,
      ...spec,
      facts: [period.fact],
      basis: period.fact.basis ?? 'office practice',
      notes,
    }),
  ]
}
