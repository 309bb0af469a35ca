import { addMonths, daysBetween, type CalendarDate } from '../rules/deadlines/calendar-date.js'
import { formatSource } from '../rules/jurisdictions/fact.js'
import { annuityPayments, annuitySchedule } from '../planning/annuity-schedule.js'
import type { PlanningData } from '../planning/planning-data.js'
import type { DocketDeadline, DocketRuleContext } from './docket-deadline.js'
import type { Matter } from './matter.js'

/** A matter's dates for its annuities; `grant` is estimated (filing + pendency) while pending. */
export interface AnnuityDates {
  readonly filing: CalendarDate
  readonly grant: CalendarDate
  readonly grantEstimated: boolean
  /** No annuities fall due after a lapse. */
  readonly lapse?: CalendarDate | undefined
}

/** The dates annuities count from: the grant event, or an estimate from the planner's pendency. */
export function annuityDates(
  data: PlanningData,
  matter: Matter,
  filing: CalendarDate,
  grant: CalendarDate | undefined,
  lapse: CalendarDate | undefined,
): AnnuityDates {
  const years = data.costs.offices[matter.office]?.pendencyYears.value ?? 4
  return {
    filing,
    grant: grant ?? addMonths(filing, Math.round(years * 12)),
    grantEstimated: grant === undefined,
    lapse,
  }
}

/**
 * Annuity (renewal, maintenance) deadlines of a matter between `from` and `to`: the planner's
 * schedule (knowledge-base fees first). EP matters pay renewal fees to the EPO only while pending.
 * Dates are approximate (the filing anniversary; offices differ on the exact day).
 */
export function annuityDeadlines(
  ctx: DocketRuleContext,
  data: PlanningData,
  matter: Matter,
  dates: AnnuityDates,
  range: { readonly from: CalendarDate; readonly to: CalendarDate },
): DocketDeadline[] {
  if (matter.office === 'WO') {
    return []
  }
  const schedule = annuitySchedule(
    ctx.kb,
    data,
    matter.office,
    matter.office === 'EP' ? 'pending' : 'both',
  )
  if (!schedule) {
    ctx.warn(`${matter.id}: no annuity figures for ${matter.office}`)
    return []
  }
  const file = ctx.kb.office(matter.office)
  const term = file.term.value.years ?? 20
  const expiry = addMonths(dates.filing, term * 12)
  const end = dates.lapse && dates.lapse < expiry ? dates.lapse : expiry
  return annuityPayments(schedule, dates.filing, dates.grant, end)
    .filter((p) => p.date >= range.from && p.date <= range.to)
    .map((p) => ({
      matterId: matter.id,
      family: matter.family,
      office: matter.office,
      kind: 'annuity',
      due: p.date,
      rawDue: p.date,
      period: `patent year ${p.year}`,
      basis: file.annuities.basis ?? file.annuities.source.citation,
      source: formatSource(p.money.source),
      status: p.money.status,
      rulesVersion: ctx.build.rulesVersion,
      notes: [
        p.money.label,
        `grace: ${file.annuities.value.grace}`,
        ...(dates.grantEstimated && p.date >= dates.grant
          ? [`grant assumed on ${dates.grant}`]
          : []),
        'due date approximate (filing anniversary); check the office rule',
      ],
      done: false,
      estimated: dates.grantEstimated && p.date >= dates.grant,
      daysLeft: daysBetween(ctx.build.today, p.date),
      fee: { value: p.money.value, currency: p.money.currency, asOf: p.money.asOf },
    }))
}
