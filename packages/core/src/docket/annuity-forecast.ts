import { addYears, type CalendarDate } from '../rules/deadlines/calendar-date.js'
import { weakestStatus, type FactStatus, type MoneyFact } from '../rules/jurisdictions/fact.js'
import { loadKnowledgeBase } from '../rules/jurisdictions/knowledge-base.js'
import { createConverter } from '../planning/money.js'
import { computeDocket, type DocketDeps } from './docket.js'
import type { DocketEvent, Matter } from './matter.js'

/** One annuity in the forecast. */
export interface ForecastItem {
  readonly matterId: string
  readonly family: string
  readonly office: string
  readonly due: CalendarDate
  /** `patent year N`. */
  readonly period: string
  /** In the forecast's currency. */
  readonly amount: number
  readonly original: { readonly value: number; readonly currency: string; readonly asOf: string }
  readonly status: FactStatus
  readonly estimated: boolean
}

/** Annuities per calendar year, converted into one currency with the dated table. */
export interface AnnuityForecast {
  readonly currency: string
  readonly rateAsOf: string
  readonly years: readonly {
    readonly year: number
    readonly total: number
    readonly items: readonly ForecastItem[]
  }[]
  readonly total: number
  readonly status: FactStatus
  readonly warnings: readonly string[]
  readonly today: CalendarDate
}

/**
 * Forecasts the annuities of every live matter for `years` calendar years from today (pending
 * matters with an estimated grant), in `currency`. Throws `RULE_UNKNOWN_CURRENCY`.
 */
export function forecastAnnuities(
  matters: readonly Matter[],
  events: readonly DocketEvent[],
  options: { readonly years: number; readonly currency: string },
  deps: DocketDeps = {},
): AnnuityForecast {
  const report = computeDocket(matters, events, { annuityYears: options.years + 1 }, deps)
  const first = Number(report.today.slice(0, 4))
  const end = addYears(`${first}-01-01`, options.years)
  const convert = createConverter((deps.kb ?? loadKnowledgeBase()).currencies, options.currency)
  const items: ForecastItem[] = report.deadlines
    .filter((d) => d.kind === 'annuity' && d.fee && d.due >= report.today && d.due < end)
    .map((d) => {
      const money: MoneyFact = {
        item: 'annuity',
        label: d.period,
        value: d.fee!.value,
        currency: d.fee!.currency,
        asOf: d.fee!.asOf,
        source: { citation: d.source, urls: [] },
        status: d.status,
      }
      const line = convert.line(money, { office: d.office, category: 'annuity', date: d.due })
      return {
        matterId: d.matterId,
        family: d.family,
        office: d.office,
        due: d.due,
        period: d.period,
        amount: line.amount,
        original: line.original,
        status: line.status,
        estimated: d.estimated,
      }
    })
  const years = Array.from({ length: options.years }, (_, i) => {
    const year = first + i
    const mine = items.filter((x) => Number(x.due.slice(0, 4)) === year)
    return { year, total: mine.reduce((s, x) => s + x.amount, 0), items: mine }
  })
  return {
    currency: options.currency,
    rateAsOf: convert.table.asOf,
    years,
    total: items.reduce((s, x) => s + x.amount, 0),
    status: weakestStatus(items.map((x) => x.status)),
    warnings: report.warnings,
    today: report.today,
  }
}
