import { weakestStatus, type FactStatus } from '../rules/jurisdictions/fact.js'
import type { CurrencyTable } from '../rules/jurisdictions/schema.js'
import type { CountryScore, RoutePlan } from './plan.types.js'

/** How far a plan can be trusted: the weakest status, and what was unverified. */
export interface PlanTrust {
  readonly status: FactStatus
  /** One line per kind of unverified input, e.g. `exchange rates (currencies.json, 2025-11-28)`. */
  readonly unverified: readonly string[]
}

/**
 * Collects the statuses of everything a plan used: deadlines on the timelines, cost lines,
 * factor values and the conversion table, and names what was unverified.
 */
export function planTrust(
  routes: readonly RoutePlan[],
  scores: readonly CountryScore[],
  rates: CurrencyTable,
): PlanTrust {
  const unverified: string[] = []
  if (rates.status === 'unverified') {
    unverified.push(`exchange rates (currencies.json of ${rates.asOf}): every converted amount`)
  }
  const lines = routes.flatMap((r) => [...r.shared, ...r.countries.flatMap((c) => c.lines)])
  const byCategory = new Map<string, Set<string>>()
  for (const l of lines.filter((x) => x.status === 'unverified')) {
    const set = byCategory.get(l.category) ?? new Set<string>()
    set.add(l.office)
    byCategory.set(l.category, set)
  }
  for (const [category, offices] of byCategory) {
    unverified.push(`${category} figures for ${[...offices].sort().join(', ')}`)
  }
  const deadlines = new Set(
    routes.flatMap((r) =>
      r.timeline.filter((e) => e.dateStatus === 'unverified' && !e.estimated).map((e) => e.office),
    ),
  )
  if (deadlines.size > 0) {
    unverified.push(`deadline facts for ${[...deadlines].sort().join(', ')}`)
  }
  for (const factor of ['market', 'litigation', 'competitors', 'cost'] as const) {
    const of = scores.flatMap((s) =>
      s.factors.filter((f) => f.factor === factor).map((f) => ({ office: s.office, f })),
    )
    const weak = of
      .filter((x) => x.f.value !== undefined && x.f.status === 'unverified')
      .map((x) => x.office)
    const missing = of.filter((x) => x.f.value === undefined).map((x) => x.office)
    if (weak.length > 0) {
      unverified.push(`${factor} values for ${weak.join(', ')}`)
    }
    if (missing.length > 0) {
      unverified.push(`no ${factor} data for ${missing.join(', ')} (scored 0)`)
    }
  }
  const statuses = [
    rates.status,
    ...lines.map((l) => l.status),
    ...routes.flatMap((r) => r.timeline.map((e) => e.status)),
    ...scores.map((s) => s.status),
  ]
  return { status: weakestStatus(statuses), unverified }
}
