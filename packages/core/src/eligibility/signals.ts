import { evidenceOf, scoreMatches, type ClaimFeatures } from './features.js'
import type { Evidence, FeatureCategory } from './types.js'

/** Category strengths the rule packs weigh, for the whole claim and for its body only. */
export interface Signals {
  /** Strength per category over the whole claim. */
  readonly all: Readonly<Record<FeatureCategory, number>>
  /** Strength per category after the preamble (what the steps themselves do). */
  readonly body: Readonly<Record<FeatureCategory, number>>
  /** Strength of named mathematical formulas and algorithms (strong math entries only). */
  readonly namedMath: number
  /** Strength of named conventional training algorithms (backpropagation, gradient descent). */
  readonly conventionalTraining: number
  /** Strength of specific technical effects in the body (latency, memory, energy, measurement accuracy). */
  readonly specificEffect: number
  /** True when the claim relies on AI or machine learning. */
  readonly aiRelated: boolean
}

const CONVENTIONAL = new Set(['math.backpropagation', 'math.gradient-descent'])

/** Derives the signals of one claim's features. */
export function signalsOf(features: ClaimFeatures): Signals {
  const body = features.matches.filter((m) => !m.inPreamble)
  const strongMath = features.matches.filter((m) => m.category === 'math' && m.weight >= 1)
  const conventional = features.matches.filter((m) => CONVENTIONAL.has(m.entry))
  const all = features.scores
  return {
    all,
    body: scoreMatches(body),
    namedMath: scoreMatches(strongMath).math,
    conventionalTraining: scoreMatches(conventional).math,
    specificEffect: scoreMatches(
      body.filter((m) => m.category === 'technical-effect' && m.weight >= 1),
    )['technical-effect'],
    aiRelated: all['ai-model'] >= 1 || all['ml-specifics'] >= 1,
  }
}

/** Weighted sum of category strengths. */
export function weigh(
  scores: Readonly<Record<FeatureCategory, number>>,
  weights: Readonly<Partial<Record<FeatureCategory, number>>>,
): number {
  let total = 0
  for (const [category, weight] of Object.entries(weights) as [FeatureCategory, number][]) {
    total += scores[category] * weight
  }
  return total
}

/**
 * Up to `limit` evidence items of the given categories (claim words, first occurrence each),
 * grouped in the order the categories are given, so the strongest kind of evidence comes first.
 */
export function evidence(
  features: ClaimFeatures,
  categories: readonly FeatureCategory[],
  limit = 8,
): Evidence[] {
  const all = evidenceOf(features, ...categories)
  return categories.flatMap((c) => all.filter((e) => e.category === c)).slice(0, limit)
}

/** The claim words of evidence items, for message parameters. */
export function words(items: readonly Evidence[]): string[] {
  return [...new Set(items.map((e) => e.text))]
}
