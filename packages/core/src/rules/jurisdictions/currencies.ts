import { createError } from '../../errors.js'
import type { FactStatus } from './fact.js'
import type { CurrencyTable } from './schema.js'

/** An amount converted with the dated table: the rate date and status travel with it. */
export interface ConvertedAmount {
  readonly amount: number
  readonly currency: string
  /** Date of the conversion rates used. */
  readonly rateAsOf: string
  /** Status of the rate table (a converted amount is never better than its rates). */
  readonly rateStatus: FactStatus
}

/**
 * Converts `amount` from one currency to another through the table's base currency.
 * Throws `RULE_UNKNOWN_CURRENCY` for a currency the table does not list.
 * @example convertAmount(table, 690, 'EUR', 'CNY') // { amount: 5671.8, currency: 'CNY', … }
 */
export function convertAmount(
  table: CurrencyTable,
  amount: number,
  from: string,
  to: string,
): ConvertedAmount {
  const rateFrom = table.rates[from]
  const rateTo = table.rates[to]
  if (rateFrom === undefined || rateTo === undefined) {
    const unknown = rateFrom === undefined ? from : to
    throw createError('RULE_UNKNOWN_CURRENCY', unknown, Object.keys(table.rates))
  }
  return {
    amount: (amount / rateFrom) * rateTo,
    currency: to,
    rateAsOf: table.asOf,
    rateStatus: table.status,
  }
}
