import type { SourceId } from '../../sources.js'
import type { CommonRisk } from '../common-risks.js'
import type { SuggestionRule } from '../office-kit.js'
import type { BalanceWeights } from '../technical-balance.js'

/**
 * EPO rule pack data: Art. 52 EPC, the any-hardware approach, COMVIK (T 641/00), G 1/19,
 * Guidelines G-II 3.3 and 3.3.1 (2025) and T 161/18 on sufficiency. `eligible` here means that
 * the features carrying the contribution are technical, i.e. they count for inventive step.
 */
export const EP_RULES = {
  version: '2026.1',
  balance: {
    technical: {
      'physical-output': 1.5,
      'technical-processing': 1.5,
      'computer-improvement': 1.5,
      'specific-hardware': 1,
      'physical-input': 1,
      'technical-field': 1,
      'technical-effect': 0.5,
    },
    nonTechnical: { business: 1.5, cognitive: 1.25 },
    floor: 1,
  } satisfies BalanceWeights,
  thresholds: { eligibleAt: 0.5, ineligibleBelow: 0.25 },
  sources: {
    art52: ['ep.art52'],
    technical: ['ep.gii-33', 'ep.gii-331', 'ep.g119'],
    comvik: ['ep.comvik', 'ep.g119'],
    sufficiency: ['ep.t161-18'],
  },
  risks: {
    'information-only': ['ep.gii-331', 'ep.g119'],
    'generic-computer': ['ep.g119', 'ep.comvik'],
    'no-training-data': ['ep.t161-18'],
    business: ['ep.art52', 'ep.comvik'],
    cognitive: ['ep.gii-331'],
    'field-of-use': ['ep.gii-331'],
    'result-oriented': ['ep.gii-331', 'ep.t161-18'],
    'parent-missing': [],
  } satisfies Partial<Record<CommonRisk, readonly SourceId[]>>,
  suggestions: [
    {
      id: 'ep.purpose',
      key: 'sugg.ep.purpose',
      sources: ['ep.gii-331', 'ep.gii-33'],
      verdicts: ['ineligible', 'uncertain'],
    },
    {
      id: 'ep.implementation',
      key: 'sugg.ep.implementation',
      sources: ['ep.gii-331'],
      verdicts: ['ineligible', 'uncertain'],
    },
    {
      id: 'ep.training-data',
      key: 'sugg.ep.training-data',
      sources: ['ep.t161-18', 'ep.gii-331'],
      when: ['no-training-data', 'result-oriented'],
    },
  ] satisfies readonly SuggestionRule[],
} as const
