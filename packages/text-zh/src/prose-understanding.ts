import {
  detectQueryLanguage,
  withSourceForms,
  type ProseUnderstanding,
  type QueryTranslation,
} from '@chuhai/core'
import {
  createQueryTranslation,
  type QueryTranslationOptions,
} from './query-translation.factory.js'

/**
 * Form weight of the Chinese word beside its translations. At 1, Chinese documents matching
 * generic words outranked the relevant English patents on the CLIR dev set (MRR 0.807 → 0.709
 * Simplified); at 0.5 and 0.3 the English ranking is unchanged (docs/benchmarks.md) and Chinese
 * documents are still found.
 */
const SOURCE_FORM_WEIGHT = 0.5

/**
 * Query understanding for `SearchBackend.search` (`SearchOptions.understand`): Chinese prose,
 * Simplified or Traditional, becomes weighted English concepts that keep the Chinese words as
 * forms (ADR 0013), so it finds English and Chinese documents; other text is ranked as written.
 * The translator (jieba, OpenCC, glossary, CC-CEDICT: ~1 s) loads on the first Chinese query and
 * is shared by every search of the process (or worker thread).
 */
export function chineseProseUnderstanding(
  options: QueryTranslationOptions = {},
): ProseUnderstanding {
  let translation: QueryTranslation | undefined
  return (text) => {
    if (detectQueryLanguage(text) !== 'zh') {
      return Promise.resolve(undefined)
    }
    translation ??= createQueryTranslation(options)
    const query = translation.translate(text, 'en', 'zh')
    return Promise.resolve(query ? withSourceForms(query, SOURCE_FORM_WEIGHT) : undefined)
  }
}
