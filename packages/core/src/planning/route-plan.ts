import { computeDeadlines, type DeadlineDeps } from '../rules/deadlines/engine.js'
import type { CalendarDate } from '../rules/deadlines/calendar-date.js'
import type { OfficeCode } from '../rules/jurisdictions/office-codes.js'
import type { CostContext } from './country-costs.js'
import type { EpMode } from './ep-costs.js'
import { linesStatus, sumLines } from './money.js'
import type { CountryCost, PlanRoute, RoutePlan } from './plan.types.js'
import {
  entryDeadline,
  internationalFilingDate,
  marketCosts,
  pctSharedLines,
} from './route-costs.js'
import { routeTimeline } from './timeline.js'

/** What one route needs besides the cost context. */
export interface RouteInput {
  readonly route: PlanRoute
  readonly priorityDate: CalendarDate
  readonly priorityOffice: string
  readonly markets: readonly OfficeCode[]
  readonly epStates: readonly string[]
  readonly pages: number
  readonly deps: DeadlineDeps
}

/** Markets the route can reach on its own: on the PCT route, those with a national/regional phase. */
function reachable(ctx: CostContext, input: RouteInput): OfficeCode[] {
  if (input.route === 'paris') {
    return [...input.markets]
  }
  return input.markets.filter((code) => {
    const { kind, explanation } = ctx.kb.office(code).pct.route.value
    if (kind === 'national' || kind === 'regional') {
      return true
    }
    ctx.warn(`pct route: ${code} has no national phase of its own (${explanation}); left out`)
    return false
  })
}

function total(countries: readonly CountryCost[], shared: number, mode: EpMode): number {
  return countries
    .filter((c) => c.epMode === undefined || c.epMode === mode)
    .reduce((sum, c) => sum + c.total, shared)
}

/**
 * One route of the plan: the deadline engine's dates for the markets, the costs of each market
 * over its life from those dates, the shared PCT costs, the timeline and the totals per EP mode.
 */
export function planRoute(ctx: CostContext, input: RouteInput): RoutePlan {
  const offices = reachable(ctx, input)
  const report = computeDeadlines(
    { priorityDate: input.priorityDate, offices, route: input.route },
    input.deps,
  )
  for (const w of report.warnings) {
    ctx.warn(w.toLowerCase().startsWith(`${input.route} route`) ? w : `${input.route} route: ${w}`)
  }
  const intl = internationalFilingDate(report)
  const countries = offices.flatMap((office) => {
    const entry = entryDeadline(report, input.route, office)?.due
    if (!entry) {
      ctx.warn(`${input.route} route: no entry date for ${office}; its costs are left out`)
      return []
    }
    const termStart = input.route === 'pct' && intl ? intl : entry
    return marketCosts(ctx, input.route, office, entry, termStart, input.epStates)
  })
  const shared = input.route === 'pct' && intl ? pctSharedLines(ctx, intl, input.pages) : []
  const sharedTotal = sumLines(shared)
  const priority = { date: input.priorityDate, office: input.priorityOffice }
  return {
    route: input.route,
    timeline: routeTimeline(ctx.kb, input.route, report, priority, countries, shared),
    countries,
    shared,
    totals: {
      classic: total(countries, sharedTotal, 'classic'),
      unitary: total(countries, sharedTotal, 'unitary'),
    },
    status: linesStatus([...shared, ...countries.flatMap((c) => c.lines)]),
  }
}
