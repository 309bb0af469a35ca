import type { SourceId } from '../../sources.js'
import type { CommonRisk } from '../common-risks.js'
import type { NatureLawWeights } from '../nature-law.js'
import type { SuggestionRule } from '../office-kit.js'

/**
 * JPO rule pack data: Patent Act Art. 2(1) and the Examination Handbook Annex B Ch. 1 for
 * software-related inventions ("computer + concrete information processing for a use purpose"
 * generally suffices since 2018), with the JPO AI case examples on description requirements.
 */
export const JP_RULES = {
  version: '2026.1',
  test: {
    natural: {
      'physical-output': 1.5,
      'specific-hardware': 1.5,
      'technical-processing': 1,
      'physical-input': 1,
      'computer-improvement': 1,
      'technical-field': 0.5,
    },
    artificial: { business: 1, math: 1, cognitive: 1, mental: 0.5 },
    hardware: { 'generic-computer': 1, 'specific-hardware': 1.5, 'computer-improvement': 1 },
    naturalFrom: 1.5,
    hardwareFrom: 0.5,
    nominalPenalty: 0,
    thresholds: { eligibleAt: 0, ineligibleBelow: -0.25 },
  } satisfies NatureLawWeights,
  sources: {
    art2: ['jp.art2'],
    hardware: ['jp.handbook-b1'],
    ai: ['jp.ai-cases'],
  },
  risks: {
    'generic-computer': ['jp.handbook-b1'],
    'no-training-data': ['jp.ai-cases'],
    business: ['jp.art2'],
    'named-math': ['jp.art2'],
    'parent-missing': [],
  } satisfies Partial<Record<CommonRisk, readonly SourceId[]>>,
  suggestions: [
    {
      id: 'jp.hardware',
      key: 'sugg.jp.hardware',
      sources: ['jp.handbook-b1'],
      verdicts: ['ineligible', 'uncertain'],
    },
    {
      id: 'jp.correlation',
      key: 'sugg.jp.correlation',
      sources: ['jp.ai-cases'],
      when: ['no-training-data'],
    },
  ] satisfies readonly SuggestionRule[],
} as const
