// @chuhai/text-zh — Chinese text processing adapters (jieba, OpenCC, CC-CEDICT) and the factory
// that wires them into the core's cross-language query translation.
export { CedictLexicon } from './cedict-lexicon.js'
export { JiebaSegmenter } from './jieba-segmenter.js'
export { OpenccScriptConverter } from './opencc-script-converter.js'
export {
  CEDICT_FILE,
  createQueryTranslation,
  DATA_DIR,
  GLOSSARY_FILE,
  loadGlossary,
  type QueryTranslationOptions,
} from './query-translation.factory.js'
export { createCedictGlosser } from './glossers/cedict-glosser.js'
export { createTextZhGlosser } from './glossers/text-zh-glosser.js'
export { unionGlosser } from './glossers/union-glosser.js'
export { chineseProseUnderstanding } from './prose-understanding.js'
