import { addMonths, addYears, type CalendarDate } from '../rules/deadlines/calendar-date.js'
import type { MoneyFact } from '../rules/jurisdictions/fact.js'
import type { KnowledgeBase } from '../rules/jurisdictions/knowledge-base.js'
import { isOfficeCode } from '../rules/jurisdictions/office-codes.js'
import type { AnnuityTable, BeforeGrant } from './data.schema.js'
import type { PlanningData } from './planning-data.js'

/**
 * Which years an annuity schedule charges: `pending` only before grant (EPO renewal fees),
 * `granted` only after grant (UP and national fees of EP validation states), `both` otherwise.
 */
export type AnnuityWindow = 'pending' | 'granted' | 'both'

/** The renewal fees of one office or EP state. */
export interface AnnuitySchedule {
  readonly office: string
  /** Fees per patent year (year 1 starts on the filing date). */
  readonly annual: readonly { readonly year: number; readonly money: MoneyFact }[]
  /** US maintenance fees: months after grant. */
  readonly maintenance: readonly { readonly monthsAfterGrant: number; readonly money: MoneyFact }[]
  readonly beforeGrant: BeforeGrant
  readonly window: AnnuityWindow
}

/** One annuity payment. */
export interface AnnuityPayment {
  readonly date: CalendarDate
  /** Patent year paid for (maintenance: the year the fee falls in). */
  readonly year: number
  readonly money: MoneyFact
}

const MAINTENANCE: Readonly<Record<string, number>> = {
  maintenance_3_5y: 42,
  maintenance_7_5y: 90,
  maintenance_11_5y: 138,
}

function fromTable(office: string, t: AnnuityTable): { year: number; money: MoneyFact }[] {
  return t.amounts.map((value, i) => {
    const year = t.firstYear + i
    const money: MoneyFact = {
      item: 'annuity_year',
      label: `${office} annuity, year ${year}`,
      value,
      currency: t.currency,
      asOf: t.asOf,
      year,
      source: t.source,
      status: t.status,
      ...(t.note ? { note: t.note } : {}),
    }
    return { year, money }
  })
}

/**
 * The annuity schedule of an office (`EP`, `UP`, `US` …) or EP validation state: knowledge-base
 * fees first (CN annuities, EP and UP renewal fees, US maintenance fees), else the planner data.
 * `undefined` when neither has figures.
 */
export function annuitySchedule(
  kb: KnowledgeBase,
  data: PlanningData,
  office: string,
  window: AnnuityWindow = 'both',
): AnnuitySchedule | undefined {
  const kbFees = isOfficeCode(office) ? kb.office(office).fees : []
  const annual = kbFees
    .filter((f) => (f.item === 'annuity_year' || f.item === 'renewal_year') && f.year)
    .map((money) => ({ year: money.year!, money }))
  const maintenance = kbFees
    .filter((f) => MAINTENANCE[f.item] !== undefined)
    .map((money) => ({ monthsAfterGrant: MAINTENANCE[money.item]!, money }))
  const costs = data.costs.offices[office]
  const table = data.costs.ep.states[office]?.annuities ?? costs?.annuities
  const fallback = annual.length === 0 && maintenance.length === 0 && table
  if (!fallback && annual.length === 0 && maintenance.length === 0) {
    return undefined
  }
  return {
    office,
    annual: fallback ? fromTable(office, table) : annual,
    maintenance,
    beforeGrant: costs?.beforeGrant ?? 'due',
    window,
  }
}

/**
 * The payments of a schedule over a patent's life: year `y` falls due on the `(y-1)`th filing
 * anniversary (dates approximate: offices count to the end of the month or from registration).
 */
export function annuityPayments(
  s: AnnuitySchedule,
  filing: CalendarDate,
  grant: CalendarDate,
  expiry: CalendarDate,
): AnnuityPayment[] {
  const payments: AnnuityPayment[] = []
  for (const { year, money } of s.annual) {
    const due = addYears(filing, year - 1)
    const nextYear = addYears(filing, year)
    if (due >= expiry) {
      continue
    }
    const pending = due < grant
    if (pending && s.window === 'granted') {
      continue
    }
    if (!pending && s.window === 'pending') {
      continue
    }
    if (!pending || s.window === 'pending' || s.beforeGrant === 'due') {
      payments.push({ date: due, year, money })
    } else if (s.beforeGrant === 'at_grant' || nextYear > grant) {
      // Arrears, or (not_due) the fee for the year in which the patent is granted.
      payments.push({ date: grant, year, money })
    }
  }
  for (const { monthsAfterGrant, money } of s.maintenance) {
    const date = addMonths(grant, monthsAfterGrant)
    if (date < expiry) {
      payments.push({ date, year: Math.floor(monthsAfterGrant / 12) + 1, money })
    }
  }
  return payments.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}
