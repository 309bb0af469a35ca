import { addMonths, type CalendarDate } from '../rules/deadlines/calendar-date.js'
import type { Deadline, DeadlineReport } from '../rules/deadlines/deadline.js'
import { weakestStatus, type FactStatus } from '../rules/jurisdictions/fact.js'
import type { KnowledgeBase } from '../rules/jurisdictions/knowledge-base.js'
import { linesStatus, sumLines, type CostLine } from './money.js'
import type { CountryCost, PlanRoute, TimelineEvent, TimelineEventKind } from './plan.types.js'

const KIND: Partial<Record<TimelineEventKind, TimelineEvent['kind']>> = {
  paris_priority: 'decision',
  pct_filing: 'decision',
  national_phase: 'decision',
  pct_publication: 'milestone',
  priority_filing: 'milestone',
  grant: 'estimate',
  validation: 'decision',
  unitary_effect: 'decision',
  first_annuity: 'payment',
}

function paid(lines: readonly CostLine[], office: string, date: CalendarDate): CostLine[] {
  return lines.filter((l) => l.office === office && l.date === date)
}

/** Deadlines that carry the payments of their date (entry into a country, the PCT filing). */
const PAYING: ReadonlySet<string> = new Set(['paris_priority', 'national_phase', 'pct_filing'])

function fromDeadline(route: PlanRoute, d: Deadline, lines: readonly CostLine[]): TimelineEvent {
  const mine = PAYING.has(d.event) ? paid(lines, d.office, d.due) : []
  return {
    date: d.due,
    route,
    office: d.office,
    event: d.event,
    kind: KIND[d.event] ?? 'deadline',
    amount: sumLines(mine),
    status: weakestStatus([d.status, linesStatus(mine)]),
    dateStatus: d.status,
    basis: d.basis,
    estimated: d.trigger.assumed,
  }
}

function estimate(
  route: PlanRoute,
  office: string,
  event: TimelineEventKind,
  date: CalendarDate,
  lines: readonly CostLine[],
  basis: string,
  status?: FactStatus,
): TimelineEvent {
  const mine = lines.filter((l) => l.date === date)
  return {
    date,
    route,
    office,
    event,
    kind: KIND[event] ?? 'estimate',
    amount: sumLines(mine),
    status: weakestStatus([status ?? 'unverified', linesStatus(mine)]),
    dateStatus: status ?? 'unverified',
    basis,
    estimated: true,
  }
}

/** Post-grant entries of one market: grant, EP validation or unitary effect, first annuity. */
function afterGrant(kb: KnowledgeBase, route: PlanRoute, c: CountryCost): TimelineEvent[] {
  const events = [estimate(route, c.office, 'grant', c.grant, c.lines, 'estimated pendency')]
  if (c.epMode === 'classic') {
    const v = kb.office('EP').other.validation_period
    const date = addMonths(c.grant, 3)
    const lines = c.lines.filter((l) => l.category === 'validation' || l.date === date)
    events.push(
      estimate(
        route,
        'EP',
        'validation',
        date,
        lines,
        'national law (validation within 3 months of grant)',
        v?.status,
      ),
    )
  }
  if (c.epMode === 'unitary') {
    const u = kb.office('UP').other.unitary_effect_request
    const date = addMonths(c.grant, 1)
    events.push(
      estimate(
        route,
        'UP',
        'unitary_effect',
        date,
        c.lines.filter((l) => l.office === 'UP' && l.date === date),
        u?.basis ?? 'Reg. (EU) 1257/2012 Art. 9(1)(g)',
        u?.status,
      ),
    )
  }
  const annuity = c.lines.find((l) => l.category === 'annuity' && l.office === c.office)
  if (annuity) {
    events.push(
      estimate(route, c.office, 'first_annuity', annuity.date, [annuity], 'annuity schedule'),
    )
  }
  return events
}

/**
 * A route's timeline: the priority filing, every deadline the engine computed for the route
 * (each with the payments due then), then per market the estimated grant, EP validation or
 * unitary-effect request, and the first annuity. Sorted by date.
 */
export function routeTimeline(
  kb: KnowledgeBase,
  route: PlanRoute,
  report: DeadlineReport,
  priority: { date: CalendarDate; office: string },
  countries: readonly CountryCost[],
  shared: readonly CostLine[],
): TimelineEvent[] {
  const lines = [...shared, ...countries.flatMap((c) => c.lines)]
  const seen = new Set<string>()
  const unique = (e: TimelineEvent): boolean => {
    const key = `${e.office}|${e.event}|${e.date}`
    return seen.has(key) ? false : (seen.add(key), true)
  }
  const first: TimelineEvent = {
    date: priority.date,
    route,
    office: priority.office,
    event: 'priority_filing',
    kind: 'milestone',
    amount: 0,
    status: 'verified',
    dateStatus: 'verified',
    basis: 'Paris Conv. Art. 4A',
    estimated: false,
  }
  return [
    first,
    ...report.deadlines.map((d) => fromDeadline(route, d, lines)),
    ...countries.flatMap((c) => afterGrant(kb, route, c)),
  ]
    .filter(unique)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}
