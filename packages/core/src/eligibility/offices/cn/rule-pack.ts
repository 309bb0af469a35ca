import type { SourceId } from '../../sources.js'
import type { CommonRisk } from '../common-risks.js'
import type { SuggestionRule } from '../office-kit.js'
import type { BalanceWeights } from '../technical-balance.js'

/**
 * CNIPA rule pack data: Patent Law Art. 25(1)(2) and Art. 2(2), Guidelines Part II Ch. 9 §6
 * (claim examined as a whole; technical problem, means and effect), the 2024 amendment, the AI
 * guidelines of 31 Dec 2024 and the amendment in force 1 Jan 2026 (Decision No. 84).
 */
export const CN_RULES = {
  version: '2026.1',
  /** Any of these makes the claim contain a technical feature (Art. 25 is then not applied). */
  technicalFeatures: [
    'generic-computer',
    'specific-hardware',
    'physical-input',
    'physical-output',
    'technical-processing',
    'technical-field',
    'computer-improvement',
  ],
  /** Data with a definite technical meaning weigh more than at the EPO (2024 AI guidelines). */
  balance: {
    technical: {
      'physical-output': 1.5,
      'technical-processing': 1.5,
      'computer-improvement': 1.5,
      'specific-hardware': 1.25,
      'physical-input': 1.5,
      'technical-field': 1,
      'technical-effect': 0.75,
    },
    nonTechnical: { business: 1.5, cognitive: 1.25 },
    floor: 1,
  } satisfies BalanceWeights,
  thresholds: { eligibleAt: 0.5, ineligibleBelow: 0.25 },
  /** Biometric and personal data that trigger the ethics review of the 2026 amendment. */
  biometric:
    /face|facial|fingerprint|iris|voiceprint|biometric|personal data|identity|人脸|面部|指纹|虹膜|声纹|生物特征|个人信息|身份/giu,
  sources: {
    art25: ['cn.art25', 'cn.gl-ii9-6'],
    art2: ['cn.art2', 'cn.gl-ii9-6', 'cn.ai-2024'],
    ai: ['cn.ai-2024', 'cn.gl-2026'],
  },
  risks: {
    'information-only': ['cn.art2', 'cn.ai-2024'],
    'generic-computer': ['cn.art2', 'cn.gl-ii9-6'],
    'no-training-data': ['cn.gl-2026', 'cn.ai-2024'],
    business: ['cn.art25', 'cn.gl-ii9-6'],
    cognitive: ['cn.art2', 'cn.ai-2024'],
    'result-oriented': ['cn.gl-2026'],
    'parent-missing': [],
  } satisfies Partial<Record<CommonRisk, readonly SourceId[]>>,
  scenarioSources: ['cn.gl-2026'] as readonly SourceId[],
  biometricSources: ['cn.gl-2026'] as readonly SourceId[],
  suggestions: [
    {
      id: 'cn.technical-data',
      key: 'sugg.cn.technical-data',
      sources: ['cn.gl-ii9-6', 'cn.ai-2024'],
      verdicts: ['ineligible', 'uncertain'],
    },
    {
      id: 'cn.hardware',
      key: 'sugg.cn.hardware',
      sources: ['cn.ai-2024'],
      when: ['generic-computer', 'result-oriented'],
    },
    {
      id: 'cn.disclosure',
      key: 'sugg.cn.disclosure',
      sources: ['cn.gl-2026'],
      when: ['no-training-data', 'result-oriented', 'new-scenario'],
    },
    {
      id: 'cn.forms',
      key: 'sugg.cn.forms',
      sources: ['cn.gl-2024'],
      verdicts: ['eligible', 'uncertain'],
    },
    {
      id: 'cn.compliance',
      key: 'sugg.cn.compliance',
      sources: ['cn.gl-2026'],
      when: ['biometric'],
    },
  ] satisfies readonly SuggestionRule[],
} as const
