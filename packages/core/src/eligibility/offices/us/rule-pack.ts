import type { SourceId } from '../../sources.js'
import type { CommonRisk } from '../common-risks.js'
import type { SuggestionRule } from '../office-kit.js'

/**
 * USPTO rule pack data: 35 U.S.C. § 101 as applied in MPEP 2106, the July 2024 AI update
 * (Examples 47–49), the memo of 4 Aug 2025 and Ex parte Desjardins (precedential 4 Nov 2025).
 * Weights multiply category strengths (see `features.ts`); thresholds were set by leave-one-out
 * calibration on the development set (docs/design/eligibility.md).
 */
export const US_RULES = {
  version: '2026.1',
  /** Prong one: the claim recites an exception when the summed strength of these groups reaches 1. */
  recitesFrom: 1,
  /** Prong two, claim body only: elements that integrate the exception. */
  integration: {
    'physical-output': 1.5,
    'technical-processing': 1.5,
    'computer-improvement': 1.5,
  },
  /**
   * Specific technical effects recited in the body (less memory, lower latency); speed,
   * efficiency and real time alone do not count (Recentive v. Fox, 2025).
   */
  specificEffect: 0.5,
  /** A particular machine counts wherever the claim names it. */
  machine: { 'specific-hardware': 1.5 },
  /**
   * Training and model specifics count in full as an improvement to ML itself when the claim is
   * directed to training (its preamble says so, as in Example 39 and Desjardins); otherwise only
   * their strength beyond `mlImprovementFrom` counts (training incident to an application).
   */
  trainingPreamble: /train|训练|訓練|学習|학습|훈련/iu,
  mlImprovementFrom: 2,
  /** Framing that keeps the claim directed to the exception. */
  framing: { business: 1.5, cognitive: 1 },
  /** Naming conventional training algorithms (Example 47 claim 2) weighs against integration. */
  conventionalTraining: 0.5,
  thresholds: { eligibleAt: 1, ineligibleBelow: 0.5 },
  sources: {
    step1: ['us.101'],
    step2a1: ['us.groupings', 'us.ai-2024', 'us.memo-2025'],
    step2a2: ['us.101', 'us.ex47', 'us.ex48', 'us.ex49', 'us.desjardins', 'us.extra-solution'],
    step2b: ['us.alice', 'us.101', 'us.smed-2025'],
  },
  risks: {
    'information-only': ['us.extra-solution', 'us.ex47'],
    'generic-computer': ['us.alice', 'us.101'],
    'no-training-data': ['us.112'],
    'named-math': ['us.memo-2025', 'us.ex47'],
    business: ['us.groupings'],
    cognitive: ['us.groupings'],
    'field-of-use': ['us.extra-solution'],
    'result-oriented': ['us.ex47', 'us.ai-2024'],
    'parent-missing': [],
  } satisfies Partial<Record<CommonRisk, readonly SourceId[]>>,
  suggestions: [
    {
      id: 'us.improvement',
      key: 'sugg.us.improvement',
      sources: ['us.desjardins', 'us.101'],
      verdicts: ['ineligible', 'uncertain'],
    },
    {
      id: 'us.action',
      key: 'sugg.us.action',
      sources: ['us.ex47', 'us.ex48', 'us.ex49'],
      when: ['information-only', 'generic-computer', 'field-of-use'],
    },
    {
      id: 'us.hardware',
      key: 'sugg.us.hardware',
      sources: ['us.ex47'],
      when: ['result-oriented', 'generic-computer'],
      verdicts: ['ineligible', 'uncertain'],
    },
    { id: 'us.involve', key: 'sugg.us.involve', sources: ['us.memo-2025'], when: ['named-math'] },
    {
      id: 'us.smed',
      key: 'sugg.us.smed',
      sources: ['us.smed-2025'],
      verdicts: ['ineligible', 'uncertain'],
    },
    {
      id: 'us.enablement',
      key: 'sugg.us.enablement',
      sources: ['us.112'],
      when: ['no-training-data', 'result-oriented'],
    },
  ] satisfies readonly SuggestionRule[],
} as const
