import type { ClaimFeatures } from '../features.js'
import { evidence, weigh, type Signals } from '../signals.js'
import type { Evidence, FeatureCategory } from '../types.js'

/** Weights of the technical-character balance used by EPO-style tests (EP, UK, CN). */
export interface BalanceWeights {
  /** Categories that give technical character (purpose, means, implementation). */
  readonly technical: Readonly<Partial<Record<FeatureCategory, number>>>
  /** Categories that mark a non-technical purpose. */
  readonly nonTechnical: Readonly<Partial<Record<FeatureCategory, number>>>
  /** Technical strength the contribution needs at the least, whatever the non-technical side. */
  readonly floor: number
}

/** The two sides of the balance, the claim words on each, and the decisive margin. */
export interface TechnicalBalance {
  readonly technical: number
  readonly nonTechnical: number
  /** `min(technical − floor, technical − nonTechnical)`: both conditions must hold. */
  readonly margin: number
  readonly plus: readonly Evidence[]
  readonly minus: readonly Evidence[]
  readonly generic: readonly Evidence[]
}

/** Weighs technical against non-technical claim language. */
export function technicalBalance(
  features: ClaimFeatures,
  signals: Signals,
  weights: BalanceWeights,
): TechnicalBalance {
  const technical = weigh(signals.all, weights.technical)
  const nonTechnical = weigh(signals.all, weights.nonTechnical)
  const plusCategories = Object.keys(weights.technical) as FeatureCategory[]
  const minusCategories = [
    ...(Object.keys(weights.nonTechnical) as FeatureCategory[]),
    'math' as const,
  ]
  return {
    technical,
    nonTechnical,
    margin: Math.min(technical - weights.floor, technical - nonTechnical),
    plus: evidence(features, plusCategories, 8),
    minus: evidence(features, minusCategories, 8),
    generic: evidence(features, ['generic-computer'], 4),
  }
}

/** Whether the claim names any technical means at all (the EPO "any hardware" hurdle). */
export function anyHardware(signals: Signals): boolean {
  const means: readonly FeatureCategory[] = [
    'generic-computer',
    'specific-hardware',
    'physical-output',
    'technical-processing',
    'computer-improvement',
    'physical-input',
  ]
  return means.some((c) => signals.all[c] > 0)
}
