// Cross-language query understanding (pure): ports, glossary, translators.
export { rankDictionarySenses } from './dictionary-senses.js'
export { EnZhTranslator } from './en-zh-translator.js'
export { glossaryFormWeight, parseGlossary, type Glossary } from './glossary.js'
export {
  mapLexicon,
  type BilingualLexicon,
  type LexiconKind,
  type TranslationCandidate,
} from './lexicon.js'
export { detectQueryLanguage, QueryTranslation, type QueryTranslator } from './query-translation.js'
export { withSourceForms } from './source-forms.js'
export type { ChineseScript, ScriptConverter, Segmenter } from './segmenter.js'
export { ZH_FUNCTION_WORDS } from './stopwords-zh.js'
export {
  DEFAULT_ZH_EN_WEIGHTS,
  ZhEnTranslator,
  type ZhEnResources,
  type ZhEnWeights,
} from './zh-en-translator.js'
