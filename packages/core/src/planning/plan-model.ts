import type { CalendarDate } from '../rules/deadlines/calendar-date.js'
import type { DeadlineDeps } from '../rules/deadlines/engine.js'
import type { FactStatus } from '../rules/jurisdictions/fact.js'
import type { OfficeCode } from '../rules/jurisdictions/office-codes.js'
import type { CompetitorCounts } from './competitor-presence.js'
import type { EpMode } from './ep-costs.js'
import type { Factor, Invention } from './invention.schema.js'
import type { CountryScore, PlanRoute, RoutePlan } from './plan.types.js'
import type { PlanningData } from './planning-data.js'

/** Caller choices that replace the invention file's. */
export interface PlanOptions {
  /** Replaces the invention's `markets`. */
  readonly markets?: readonly string[] | undefined
  /** Name of the markets option in messages. Default is `markets`. */
  readonly marketsLabel?: string | undefined
  /** Replaces single weights of the invention's `weights`. */
  readonly weights?: Partial<Record<Factor, number>> | undefined
  /** Replaces the invention's `currency`. Default is `CNY`. */
  readonly currency?: string | undefined
  /** Competitor filings per office, from `CompetitorPresence` (see `planFiling`). */
  readonly competitors?: CompetitorCounts | undefined
}

/** The injected parts of the planner; each has a default. */
export interface PlanDeps extends DeadlineDeps {
  readonly data?: PlanningData
}

/** A filing plan: scores, two routes with timelines and costs, and how far it can be trusted. */
export interface Plan {
  readonly invention: Invention & {
    readonly words: number
    readonly claims: number
    readonly claimWords: number
    readonly pages: number
    readonly language: string
  }
  readonly priorityOffice: OfficeCode
  readonly markets: readonly OfficeCode[]
  readonly epStates: readonly string[]
  readonly currency: string
  readonly rates: { readonly asOf: string; readonly status: FactStatus; readonly source: string }
  readonly weights: Readonly<Record<Factor, number>>
  readonly scores: readonly CountryScore[]
  readonly routes: readonly RoutePlan[]
  /** The cheapest route and EP mode over life. */
  readonly cheapest: { readonly route: PlanRoute; readonly epMode: EpMode; readonly total: number }
  readonly status: FactStatus
  readonly unverified: readonly string[]
  readonly warnings: readonly string[]
  readonly rulesVersion: string
  readonly today: CalendarDate
}
