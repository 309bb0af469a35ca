import type { SourceId } from '../../sources.js'
import type { CommonRisk } from '../common-risks.js'
import type { SuggestionRule } from '../office-kit.js'
import { EP_RULES } from '../ep/rule-pack.js'

/**
 * UKIPO rule pack data. Since Emotional Perception [2026] UKSC 3 (11 Feb 2026) the Aerotel test
 * is no longer followed: the UK applies the any-hardware approach and the G 1/19 / COMVIK
 * separation of technical and non-technical features, so the balance is the EPO's
 * (legal-facts §4.3: "treat UK like EPO for eligibility").
 */
export const UK_RULES = {
  version: '2026.1',
  balance: EP_RULES.balance,
  thresholds: EP_RULES.thresholds,
  /** Strength of computer-internal language that shows the computer itself working better. */
  computerItselfFrom: 1,
  sources: {
    exclusion: ['uk.s1', 'uk.emotional-perception'],
    contribution: ['uk.emotional-perception', 'ep.g119', 'ep.comvik'],
    computerItself: ['uk.symbian', 'uk.emotional-perception'],
  },
  risks: {
    'information-only': ['uk.emotional-perception', 'ep.g119'],
    'generic-computer': ['uk.emotional-perception', 'ep.comvik'],
    business: ['uk.s1', 'uk.emotional-perception'],
    cognitive: ['uk.emotional-perception'],
    'field-of-use': ['uk.emotional-perception'],
    'no-training-data': ['ep.t161-18'],
    'parent-missing': [],
  } satisfies Partial<Record<CommonRisk, readonly SourceId[]>>,
  suggestions: [
    {
      id: 'uk.purpose',
      key: 'sugg.ep.purpose',
      sources: ['uk.emotional-perception', 'ep.gii-331'],
      verdicts: ['ineligible', 'uncertain'],
    },
    {
      id: 'uk.inventive-step',
      key: 'sugg.uk.inventive-step',
      sources: ['uk.emotional-perception', 'ep.comvik'],
    },
    {
      id: 'uk.training-data',
      key: 'sugg.ep.training-data',
      sources: ['ep.t161-18'],
      when: ['no-training-data'],
    },
  ] satisfies readonly SuggestionRule[],
} as const
