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
    return Promise.resolve(query ? withSourceForms(query) : undefined)
  }
}
