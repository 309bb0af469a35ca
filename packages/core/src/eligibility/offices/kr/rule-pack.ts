import type { SourceId } from '../../sources.js'
import type { CommonRisk } from '../common-risks.js'
import type { NatureLawWeights } from '../nature-law.js'
import type { SuggestionRule } from '../office-kit.js'
import { JP_RULES } from '../jp/rule-pack.js'

/**
 * KIPO rule pack data: Patent Act Art. 2 and the computer-related invention guidelines
 * (software concretely implemented with hardware), with the KIPO AI examination guidance.
 * Korea asks more of business-method claims than Japan: where the business rules outweigh the
 * hardware, the hardware is treated as nominal (Supreme Court 2007Hu494 line).
 */
export const KR_RULES = {
  version: '2026.1',
  test: { ...JP_RULES.test, hardwareFrom: 1, nominalPenalty: 0.5 } satisfies NatureLawWeights,
  sources: {
    art2: ['kr.art2'],
    hardware: ['kr.art2'],
    ai: ['kr.ai-guide'],
  },
  risks: {
    'generic-computer': ['kr.art2'],
    'no-training-data': ['kr.ai-guide'],
    business: ['kr.art2', 'kr.ai-guide'],
    'result-oriented': ['kr.ai-guide'],
    'parent-missing': [],
  } satisfies Partial<Record<CommonRisk, readonly SourceId[]>>,
  suggestions: [
    {
      id: 'kr.hardware',
      key: 'sugg.kr.hardware',
      sources: ['kr.art2'],
      verdicts: ['ineligible', 'uncertain'],
    },
    {
      id: 'kr.disclosure',
      key: 'sugg.kr.disclosure',
      sources: ['kr.ai-guide'],
      when: ['no-training-data'],
    },
    {
      id: 'kr.specify',
      key: 'sugg.kr.specify',
      sources: ['kr.ai-guide'],
      when: ['business'],
    },
  ] satisfies readonly SuggestionRule[],
} as const
