import type { FactStatus, MoneyFact } from '../rules/jurisdictions/fact.js'
import type { OfficeCosts } from './data.schema.js'
import type { FeeOverride } from './invention.schema.js'
import type { PlanningData } from './planning-data.js'

/** Fee look-ups with the user's overrides applied first. */
export interface FeeBook {
  readonly data: PlanningData
  /** The office's cost data (pendency, office actions, fees); `undefined` if the data has none. */
  office(code: string): OfficeCosts | undefined
  /** A fee item of an office, or `undefined`. */
  fee(office: string, item: string): MoneyFact | undefined
  /** The translation rate per word into `lang`. */
  rate(lang: string): MoneyFact | undefined
  /** A fee of the PCT international phase (`search_fee`, `transmittal_fee` …). */
  pctFee(item: string): MoneyFact | undefined
  /** A validation fee of an EP state. */
  stateFee(state: string, item: string): MoneyFact | undefined
}

/** A user's fee as a money fact: unverified unless the planner can check it (it cannot). */
function overrideFact(o: FeeOverride, asOf: string): MoneyFact {
  const status: FactStatus = 'unverified'
  return {
    item: o.item,
    label: `${o.item.replace(/_/g, ' ')} (user override)`,
    value: o.value,
    currency: o.currency,
    asOf,
    source: { citation: o.source ?? 'user override in the invention file', urls: [] },
    status,
  }
}

/**
 * A fee book over the planner data and overrides. An override with `office` `WO` replaces a PCT
 * fee; with an EP state code it replaces that state's validation fee.
 */
export function createFeeBook(
  data: PlanningData,
  overrides: readonly FeeOverride[],
  today: string,
): FeeBook {
  const find = (office: string, item: string): MoneyFact | undefined => {
    const o = overrides.find((x) => x.office.toUpperCase() === office && x.item === item)
    return o ? overrideFact(o, today) : undefined
  }
  const costs = data.costs
  return {
    data,
    office: (code) => costs.offices[code],
    fee: (office, item) =>
      find(office, item) ?? costs.offices[office]?.fees.find((f) => f.item === item),
    rate: (lang) =>
      find('XX', `translation_${lang}`) ??
      data.translationRates.rates.find((r) => r.item === `translation_${lang}`),
    pctFee: (item) => find('WO', item) ?? costs.pct.fees.find((f) => f.item === item),
    stateFee: (state, item) =>
      find(state, item) ?? costs.ep.states[state]?.fees.find((f) => f.item === item),
  }
}
