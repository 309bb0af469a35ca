import { systemClock } from '../ports/clock.js'
import { dateOfInstant } from '../rules/deadlines/calendar-date.js'
import { loadKnowledgeBase } from '../rules/jurisdictions/knowledge-base.js'
import type { CompetitorPresence } from './competitor-presence.js'
import type { CostContext } from './country-costs.js'
import { createFeeBook } from './fee-lookup.js'
import type { Invention } from './invention.schema.js'
import { createConverter } from './money.js'
import { resolveEpStates, resolveMarkets, resolvePriorityOffice } from './plan-input.js'
import { planTrust } from './plan-trust.js'
import type { Plan, PlanDeps, PlanOptions } from './plan-model.js'
import { PLAN_ROUTES } from './plan.types.js'
import { loadPlanningData } from './planning-data.js'
import { planRoute } from './route-plan.js'
import { rawFactors } from './raw-factors.js'
import { resolveWeights, scoreCountries } from './scoring.js'

/**
 * Builds a filing plan for an invention: a pure function of the invention, the options, the
 * knowledge base, the planner data, the holiday source and the clock.
 * @example buildPlan(parseInvention(text), { markets: ['US', 'EP', 'JP'] }).cheapest.route
 */
export function buildPlan(
  invention: Invention,
  options: PlanOptions = {},
  deps: PlanDeps = {},
): Plan {
  const kb = deps.kb ?? loadKnowledgeBase()
  const data = deps.data ?? loadPlanningData()
  const today = dateOfInstant((deps.clock ?? systemClock).now())
  const warnings: string[] = []
  const warn = (m: string): void => void (warnings.includes(m) || warnings.push(m))
  const priorityOffice = resolvePriorityOffice(invention)
  const field = options.marketsLabel ?? 'markets'
  const markets = resolveMarkets(
    kb,
    options.markets ?? invention.markets,
    field,
    priorityOffice,
    warn,
  )
  const epStates = resolveEpStates(data, invention)
  const currency = options.currency ?? invention.currency ?? 'CNY'
  const avg = kb.office('WO').other.average_words?.value as { words?: number } | undefined
  const claims = invention.claims ?? 20
  const sized = {
    ...invention,
    words: invention.words ?? avg?.words ?? 9400,
    claims,
    claimWords: invention.claimWords ?? claims * 60,
    pages: invention.pages ?? 30,
    language: invention.language ?? 'zh',
  }
  const ctx: CostContext = {
    kb,
    fees: createFeeBook(data, invention.overrides?.fees ?? [], today),
    convert: createConverter(kb.currencies, currency),
    language: sized.language,
    words: sized.words,
    claimWords: sized.claimWords,
    warn,
  }
  const routes = PLAN_ROUTES.map((route) =>
    planRoute(ctx, {
      route,
      priorityDate: invention.priorityDate,
      priorityOffice,
      markets,
      epStates,
      pages: sized.pages,
      deps: { ...deps, kb },
    }),
  )
  const weights = resolveWeights(invention.weights, options.weights)
  const raw = rawFactors(
    { kb, data, markets, epStates, invention, currency, competitors: options.competitors, warn },
    routes,
  )
  const scores = scoreCountries(raw, weights)
  const trust = planTrust(routes, scores, kb.currencies)
  const scenarios = routes.flatMap((r) =>
    (['classic', 'unitary'] as const).map((epMode) => ({
      route: r.route,
      epMode,
      total: r.totals[epMode],
    })),
  )
  const cheapest = scenarios.reduce((a, b) => (b.total < a.total ? b : a))
  return {
    invention: sized,
    priorityOffice,
    markets,
    epStates,
    currency,
    rates: {
      asOf: kb.currencies.asOf,
      status: kb.currencies.status,
      source: kb.currencies.source.citation,
    },
    weights,
    scores,
    routes,
    cheapest,
    status: trust.status,
    unverified: trust.unverified,
    warnings,
    rulesVersion: kb.rulesVersion,
    today,
  }
}

/** `buildPlan` with competitor filings counted through the `CompetitorPresence` port first. */
export async function planFiling(
  invention: Invention,
  options: PlanOptions & { readonly presence?: CompetitorPresence | undefined } = {},
  deps: PlanDeps = {},
): Promise<Plan> {
  const names = invention.competitors ?? []
  const competitors =
    options.presence && names.length > 0 ? await options.presence.countByOffice(names) : undefined
  return buildPlan(invention, { ...options, competitors: competitors ?? options.competitors }, deps)
}
