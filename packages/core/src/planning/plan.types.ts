import type { CalendarDate } from '../rules/deadlines/calendar-date.js'
import type { DeadlineEvent } from '../rules/deadlines/deadline.js'
import type { FactStatus } from '../rules/jurisdictions/fact.js'
import type { OfficeCode } from '../rules/jurisdictions/office-codes.js'
import type { EpMode } from './ep-costs.js'
import type { Factor } from './invention.schema.js'
import type { CostLine } from './money.js'

/** A filing route the planner compares. */
export type PlanRoute = 'paris' | 'pct'

/** The routes in display order. */
export const PLAN_ROUTES: readonly PlanRoute[] = ['paris', 'pct']

/** The costs of one country on one route (EP: once per mode). */
export interface CountryCost {
  readonly office: OfficeCode
  readonly route: PlanRoute
  readonly epMode?: EpMode | undefined
  readonly lines: readonly CostLine[]
  readonly total: number
  readonly status: FactStatus
  readonly entry: CalendarDate
  readonly grant: CalendarDate
  readonly expiry: CalendarDate
  /** EP: the states protected in this mode. */
  readonly covered?: readonly string[] | undefined
}

/** What a timeline entry is. */
export type TimelineEventKind =
  DeadlineEvent | 'priority_filing' | 'grant' | 'validation' | 'unitary_effect' | 'first_annuity'

/** One entry of a route's timeline: a decision, a deadline, a payment or an estimate. */
export interface TimelineEvent {
  readonly date: CalendarDate
  readonly route: PlanRoute
  readonly office: string
  readonly event: TimelineEventKind
  readonly kind: 'decision' | 'deadline' | 'payment' | 'estimate' | 'milestone'
  /** Payments due with it, in the plan's currency (0 for none). */
  readonly amount: number
  /** Weakest status of the date's facts and of the payments. */
  readonly status: FactStatus
  /** Status of the facts behind the date alone (the deadline engine's, or the estimate's). */
  readonly dateStatus: FactStatus
  readonly basis: string
  /** The date is an estimate (grant and what follows it). */
  readonly estimated: boolean
}

/** One route: its timeline, its costs per country, and totals per EP mode. */
export interface RoutePlan {
  readonly route: PlanRoute
  readonly timeline: readonly TimelineEvent[]
  readonly countries: readonly CountryCost[]
  /** Costs shared by all countries (the PCT international phase). */
  readonly shared: readonly CostLine[]
  /** Total over life with each EP mode (equal when EP is not a market). */
  readonly totals: Readonly<Record<EpMode, number>>
  readonly status: FactStatus
}

/** A factor's value for one country, normalised to 0..1. */
export interface FactorScore {
  readonly factor: Factor
  /** The raw value (USD bn, suits per year, filings, cost) or `undefined` without data. */
  readonly value: number | undefined
  readonly unit: string
  readonly score: number
  readonly status: FactStatus
  readonly source: string
  readonly year?: string | undefined
  readonly origin: 'data' | 'user' | 'store' | 'computed'
}

/** A country's score and rank. */
export interface CountryScore {
  readonly office: OfficeCode
  readonly total: number
  readonly rank: number
  readonly factors: readonly FactorScore[]
  readonly recommendation: 'file' | 'consider' | 'low_priority'
  readonly status: FactStatus
}
