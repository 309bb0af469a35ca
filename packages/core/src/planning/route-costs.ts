import type { CalendarDate } from '../rules/deadlines/calendar-date.js'
import type { Deadline, DeadlineReport } from '../rules/deadlines/deadline.js'
import type { OfficeCode } from '../rules/jurisdictions/office-codes.js'
import { countryDates, nationalLines, type CostContext } from './country-costs.js'
import { epPostGrantLines, type EpMode } from './ep-costs.js'
import { linesStatus, sumLines, type CostCategory, type CostLine } from './money.js'
import type { CountryCost, PlanRoute } from './plan.types.js'

/** Where each market enters on a route, read from the deadline engine's report. */
export function entryDeadline(
  report: DeadlineReport,
  route: PlanRoute,
  office: OfficeCode,
): Deadline | undefined {
  const event = route === 'paris' ? 'paris_priority' : 'national_phase'
  return report.deadlines.find((d) => d.office === office && d.event === event)
}

/** The PCT international filing date the plan assumes (end of the priority year at the RO). */
export function internationalFilingDate(report: DeadlineReport): CalendarDate | undefined {
  return report.deadlines.find((d) => d.event === 'pct_filing')?.due
}

/** The PCT international phase: filing, sheet, search and transmittal fees, and the attorney. */
export function pctSharedLines(ctx: CostContext, date: CalendarDate, pages: number): CostLine[] {
  const wo = ctx.kb.office('WO').fees.find((f) => f.item === 'international_filing_fee')
  const fee = (item: string, factor = 1, category: CostCategory = 'official'): CostLine[] => {
    const money = ctx.fees.pctFee(item)
    return money && factor > 0
      ? [ctx.convert.line(money, { office: 'WO', category, date, factor })]
      : []
  }
  return [
    ...(wo ? [ctx.convert.line(wo, { office: 'WO', category: 'official', date })] : []),
    ...fee('sheet_fee', Math.max(0, pages - 30)),
    ...fee('search_fee'),
    ...fee('transmittal_fee'),
    ...fee('attorney_pct', 1, 'attorney'),
  ]
}

function country(
  office: OfficeCode,
  route: PlanRoute,
  lines: readonly CostLine[],
  dates: ReturnType<typeof countryDates>,
  epMode?: EpMode,
  covered?: readonly string[],
): CountryCost {
  return {
    office,
    route,
    epMode,
    lines,
    total: sumLines(lines),
    status: linesStatus(lines),
    entry: dates.entry,
    grant: dates.grant,
    expiry: dates.expiry,
    covered,
  }
}

/**
 * The costs of one market on one route. EP yields two entries, classic and unitary, that share
 * the EPO part (filing, examination, renewal fees while pending).
 */
export function marketCosts(
  ctx: CostContext,
  route: PlanRoute,
  office: OfficeCode,
  entry: CalendarDate,
  termStart: CalendarDate,
  epStates: readonly string[],
): CountryCost[] {
  const dates = countryDates(ctx, office, entry, termStart)
  const base = nationalLines(ctx, office, dates)
  if (office !== 'EP') {
    return [country(office, route, base, dates)]
  }
  return (['classic', 'unitary'] as const).map((mode) => {
    const post = epPostGrantLines(ctx, mode, epStates, dates)
    return country(office, route, [...base, ...post.lines], dates, mode, post.covered)
  })
}
