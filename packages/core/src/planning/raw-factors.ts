import type { KnowledgeBase } from '../rules/jurisdictions/knowledge-base.js'
import type { OfficeCode } from '../rules/jurisdictions/office-codes.js'
import type { CompetitorCounts } from './competitor-presence.js'
import { indicatorFactor, overrideFactor, type RawFactor } from './indicators.js'
import type { Factor, Invention, OverrideValue } from './invention.schema.js'
import type { RoutePlan } from './plan.types.js'
import type { PlanningData } from './planning-data.js'

function competitorFactor(office: OfficeCode, counts: CompetitorCounts | undefined): RawFactor {
  if (!counts) {
    return {
      value: undefined,
      unit: 'filings',
      status: 'unverified',
      source: 'no store or no competitors named',
      origin: 'store',
    }
  }
  return {
    value: counts.counts[office] ?? 0,
    unit: 'filings',
    status: 'secondary',
    source: counts.source,
    origin: 'store',
  }
}

/** The cheapest cost over life of a market across routes and EP modes. */
function costFactor(office: OfficeCode, routes: readonly RoutePlan[], currency: string): RawFactor {
  const options = routes.flatMap((r) => r.countries.filter((c) => c.office === office))
  if (options.length === 0) {
    return {
      value: undefined,
      unit: currency,
      status: 'unverified',
      source: 'no cost data',
      origin: 'computed',
    }
  }
  const best = options.reduce((a, b) => (b.total < a.total ? b : a))
  const mode = best.epMode ? `, EP ${best.epMode}` : ''
  return {
    value: best.total,
    unit: currency,
    status: best.status,
    source: `cost over life, ${best.route} route${mode} (see the cost tables)`,
    origin: 'computed',
  }
}

/** What `rawFactors` reads besides the route plans. */
export interface RawFactorInput {
  readonly kb: KnowledgeBase
  readonly data: PlanningData
  readonly markets: readonly OfficeCode[]
  readonly epStates: readonly string[]
  readonly invention: Invention
  readonly currency: string
  readonly competitors: CompetitorCounts | undefined
  readonly warn: (message: string) => void
}

/**
 * The raw value of every factor for every market: data files, then the invention's overrides;
 * competitor filings from the store; the cost over life from the route plans.
 */
export function rawFactors(
  input: RawFactorInput,
  routes: readonly RoutePlan[],
): Map<OfficeCode, Record<Factor, RawFactor>> {
  const { kb, data, epStates, invention, competitors } = input
  const o = invention.overrides
  if ((invention.competitors?.length ?? 0) > 0 && !competitors) {
    input.warn('competitors named but no store to count their filings: the competitor factor is 0')
  }
  const pick = (
    table: Record<string, OverrideValue> | undefined,
    office: OfficeCode,
  ): OverrideValue | undefined => table?.[office] ?? table?.[office.toLowerCase()]
  const result = new Map<OfficeCode, Record<Factor, RawFactor>>()
  for (const office of input.markets) {
    const market = pick(o?.market, office)
    const litigation = pick(o?.litigation, office)
    const comp = pick(o?.competitors, office)
    result.set(office, {
      market:
        market !== undefined
          ? overrideFactor(market, data.marketSize.unit)
          : indicatorFactor(data.marketSize, kb, office, epStates),
      litigation:
        litigation !== undefined
          ? overrideFactor(litigation, data.litigation.unit)
          : indicatorFactor(data.litigation, kb, office, epStates),
      competitors:
        comp !== undefined
          ? overrideFactor(comp, 'filings')
          : competitorFactor(office, competitors),
      cost: costFactor(office, routes, input.currency),
    })
  }
  return result
}
