import { convertAmount } from '../rules/jurisdictions/currencies.js'
import { formatSource, weakestStatus, type FactStatus } from '../rules/jurisdictions/fact.js'
import type { MoneyFact } from '../rules/jurisdictions/fact.js'
import type { CurrencyTable } from '../rules/jurisdictions/schema.js'
import type { CalendarDate } from '../rules/deadlines/calendar-date.js'

/** What a cost line pays for. */
export type CostCategory = 'official' | 'translation' | 'attorney' | 'annuity' | 'validation'

/** The cost categories in display order. */
export const COST_CATEGORIES: readonly CostCategory[] = [
  'official',
  'attorney',
  'translation',
  'validation',
  'annuity',
]

/**
 * One payment of a plan: when, what, how much in the plan's currency, and the dated figure it
 * came from. `status` is the weakest of the figure's and (when converted) the rate table's.
 */
export interface CostLine {
  /** Office or EP state the payment goes to (`WO` for the PCT international phase). */
  readonly office: string
  readonly category: CostCategory
  readonly label: string
  readonly date: CalendarDate
  /** Amount in the plan's currency. */
  readonly amount: number
  readonly original: { readonly value: number; readonly currency: string; readonly asOf: string }
  readonly status: FactStatus
  readonly source: string
  /** The date is an estimate (grant, office actions), not a computed deadline. */
  readonly estimated: boolean
}

/** Turns dated money facts into cost lines in one currency. */
export interface Converter {
  readonly currency: string
  readonly table: CurrencyTable
  /** `factor` multiplies the amount (word counts, number of office actions). */
  line(
    money: MoneyFact,
    spec: {
      office: string
      category: CostCategory
      date: CalendarDate
      factor?: number
      label?: string
      estimated?: boolean
    },
  ): CostLine
}

/**
 * A converter into `currency` with the dated table. Amounts already in `currency` keep their
 * own status; converted ones are never better than the table. Throws `RULE_UNKNOWN_CURRENCY`.
 * @example createConverter(kb.currencies, 'CNY').line(fee, { office: 'US', category: 'official', date })
 */
export function createConverter(table: CurrencyTable, currency: string): Converter {
  convertAmount(table, 1, currency, currency)
  return {
    currency,
    table,
    line(money, spec) {
      const value = money.value * (spec.factor ?? 1)
      const converted = money.currency !== currency
      const amount = converted
        ? convertAmount(table, value, money.currency, currency).amount
        : value
      const statuses = converted ? [money.status, table.status] : [money.status]
      return {
        office: spec.office,
        category: spec.category,
        label: spec.label ?? money.label,
        date: spec.date,
        amount,
        original: { value, currency: money.currency, asOf: money.asOf },
        status: weakestStatus(statuses),
        source: formatSource(money.source),
        estimated: spec.estimated ?? false,
      }
    },
  }
}

/** The sum of some cost lines. */
export function sumLines(lines: readonly CostLine[]): number {
  return lines.reduce((total, l) => total + l.amount, 0)
}

/** The weakest status of some cost lines (`verified` for none). */
export function linesStatus(lines: readonly CostLine[]): FactStatus {
  return weakestStatus(lines.map((l) => l.status))
}
