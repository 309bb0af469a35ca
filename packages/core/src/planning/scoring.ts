import { weakestStatus } from '../rules/jurisdictions/fact.js'
import type { OfficeCode } from '../rules/jurisdictions/office-codes.js'
import type { RawFactor } from './indicators.js'
import { FACTORS, type Factor } from './invention.schema.js'
import type { CountryScore, FactorScore } from './plan.types.js'

/** Default weights: market size first, then competitors, litigation and cost. */
export const DEFAULT_WEIGHTS: Readonly<Record<Factor, number>> = {
  market: 0.35,
  litigation: 0.2,
  competitors: 0.25,
  cost: 0.2,
}

/** Thresholds of the recommendation on the total score (0..1). */
export const RECOMMENDATION_THRESHOLDS = { file: 0.55, consider: 0.3 } as const

/** How a factor's raw values become 0..1: share of the largest, log share, or cheapest/cost. */
const NORMALISE: Record<Factor, (v: number, all: readonly number[]) => number> = {
  market: (v, all) => ratio(v, Math.max(...all)),
  litigation: (v, all) => ratio(Math.log1p(v), Math.log1p(Math.max(...all))),
  competitors: (v, all) => ratio(Math.log1p(v), Math.log1p(Math.max(...all))),
  cost: (v, all) => (v > 0 ? Math.min(...all.filter((x) => x > 0)) / v : 1),
}

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : 0
}

/**
 * Scores markets: each factor normalised over the markets compared, weighted (weights are
 * normalised to sum 1; 0 leaves a factor out), ranked. A factor without data scores 0.
 * @example scoreCountries({ US: { market: …, … } }, DEFAULT_WEIGHTS)[0].rank // 1
 */
export function scoreCountries(
  raw: ReadonlyMap<OfficeCode, Readonly<Record<Factor, RawFactor>>>,
  weights: Readonly<Record<Factor, number>>,
): CountryScore[] {
  const sumW = FACTORS.reduce((s, f) => s + weights[f], 0) || 1
  const values = (f: Factor): number[] =>
    [...raw.values()].flatMap((r) => (r[f].value === undefined ? [] : [r[f].value]))
  const scores = [...raw.entries()].map(([office, r]) => {
    const factors: FactorScore[] = FACTORS.map((factor) => {
      const v = r[factor].value
      const score = v === undefined ? 0 : NORMALISE[factor](v, values(factor))
      return { ...r[factor], factor, score }
    })
    const total = factors.reduce((s, f) => s + (weights[f.factor] / sumW) * f.score, 0)
    const used = factors.filter((f) => weights[f.factor] > 0)
    return { office, total, factors, status: weakestStatus(used.map((f) => f.status)) }
  })
  return scores
    .sort((a, b) => b.total - a.total)
    .map((s, i) => ({
      ...s,
      rank: i + 1,
      recommendation:
        s.total >= RECOMMENDATION_THRESHOLDS.file
          ? 'file'
          : s.total >= RECOMMENDATION_THRESHOLDS.consider
            ? 'consider'
            : 'low_priority',
    }))
}

/** Weights with the defaults filled in. */
export function resolveWeights(
  ...layers: (Partial<Record<Factor, number | undefined>> | undefined)[]
): Record<Factor, number> {
  const w: Record<Factor, number> = { ...DEFAULT_WEIGHTS }
  for (const layer of layers) {
    for (const f of FACTORS) {
      const v = layer?.[f]
      if (v !== undefined) {
        w[f] = v
      }
    }
  }
  return w
}
