import type { FeatureCategory } from '../types.js'
import { AI_MODEL_LEXICON } from './ai-model.js'
import { BUSINESS_LEXICON } from './business.js'
import { COGNITIVE_LEXICON } from './cognitive.js'
import { COMPUTER_IMPROVEMENT_LEXICON } from './computer-improvement.js'
import { GENERIC_COMPUTER_LEXICON } from './generic-computer.js'
import { INFORMATION_OUTPUT_LEXICON } from './information-output.js'
import type { LexiconData } from './lexicon-types.js'
import { MATH_LEXICON } from './math.js'
import { MENTAL_LEXICON } from './mental.js'
import { ML_SPECIFICS_LEXICON } from './ml-specifics.js'
import { PHYSICAL_INPUT_LEXICON } from './physical-input.js'
import { PHYSICAL_OUTPUT_LEXICON } from './physical-output.js'
import { SPECIFIC_HARDWARE_LEXICON } from './specific-hardware.js'
import { TECHNICAL_EFFECT_LEXICON } from './technical-effect.js'
import { TECHNICAL_FIELD_LEXICON } from './technical-field.js'
import { TECHNICAL_PROCESSING_LEXICON } from './technical-processing.js'

/** Every vocabulary, one per feature category (an explicit static list, house style R6). */
export const LEXICONS: Readonly<Record<FeatureCategory, LexiconData>> = {
  math: MATH_LEXICON,
  mental: MENTAL_LEXICON,
  business: BUSINESS_LEXICON,
  cognitive: COGNITIVE_LEXICON,
  'generic-computer': GENERIC_COMPUTER_LEXICON,
  'specific-hardware': SPECIFIC_HARDWARE_LEXICON,
  'physical-input': PHYSICAL_INPUT_LEXICON,
  'physical-output': PHYSICAL_OUTPUT_LEXICON,
  'technical-processing': TECHNICAL_PROCESSING_LEXICON,
  'technical-field': TECHNICAL_FIELD_LEXICON,
  'technical-effect': TECHNICAL_EFFECT_LEXICON,
  'computer-improvement': COMPUTER_IMPROVEMENT_LEXICON,
  'ml-specifics': ML_SPECIFICS_LEXICON,
  'ai-model': AI_MODEL_LEXICON,
  'information-output': INFORMATION_OUTPUT_LEXICON,
}

/**
 * Version of the vocabulary set as a whole, stored with every report. Bump it together with the
 * `version` of any lexicon that changes (each lexicon file carries its own).
 */
export const LEXICON_VERSION = '2026.1'

export type { LexiconData, LexiconEntry } from './lexicon-types.js'
