// Feature barrel of the filing planner: invention input, dated planner data, scoring, routes, costs.
export {
  annuityPayments,
  annuitySchedule,
  type AnnuityPayment,
  type AnnuitySchedule,
  type AnnuityWindow,
} from './annuity-schedule.js'
export type { CompetitorCounts, CompetitorPresence } from './competitor-presence.js'
export type { CostContext, CountryDates } from './country-costs.js'
export {
  AnnuityTable,
  BeforeGrant,
  CostsFile,
  EpStateCosts,
  IndicatorFile,
  IndicatorValue,
  NumberFact,
  OfficeCosts,
  TranslationRatesFile,
} from './data.schema.js'
export type { EpMode, EpPostGrant } from './ep-costs.js'
export { createFeeBook, type FeeBook } from './fee-lookup.js'
export {
  FACTORS,
  FeeOverride,
  Invention,
  OverrideValue,
  Weights,
  type Factor,
} from './invention.schema.js'
export { parseInvention, validateInvention } from './invention.js'
export {
  COST_CATEGORIES,
  createConverter,
  linesStatus,
  sumLines,
  type Converter,
  type CostCategory,
  type CostLine,
} from './money.js'
export { plannableOffices } from './plan-input.js'
export type { PlanTrust } from './plan-trust.js'
export {
  PLAN_ROUTES,
  type CountryCost,
  type CountryScore,
  type FactorScore,
  type PlanRoute,
  type RoutePlan,
  type TimelineEvent,
  type TimelineEventKind,
} from './plan.types.js'
export type { Plan, PlanDeps, PlanOptions } from './plan-model.js'
export { buildPlan, planFiling } from './plan.js'
export {
  createPlanningData,
  loadPlanningData,
  RAW_PLANNING_DATA,
  type PlanningData,
  type RawPlanningData,
} from './planning-data.js'
export {
  DEFAULT_WEIGHTS,
  RECOMMENDATION_THRESHOLDS,
  resolveWeights,
  scoreCountries,
} from './scoring.js'
export { presentPlan } from './present-plan.js'
