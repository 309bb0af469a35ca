/**
 * Ports for language-specific text processing. Segmenters and script converters are native or
 * data-heavy (jieba, OpenCC), so they live in adapter packages (`@chuhai/text-zh`); the pure
 * query-understanding logic in this folder depends only on these interfaces.
 */

/** Splits text of a language written without spaces (Chinese, later Japanese) into words. */
export interface Segmenter {
  /** ISO 639-1 language the segmenter is for (`zh`, `ja`). */
  readonly language: string
  /** Words of `text`, in order; punctuation may come back as its own tokens. */
  segment(text: string): readonly string[]
}

/** Script variant of written Chinese. */
export type ChineseScript = 'hans' | 'hant'

/** Normalises the script of a text (Traditional ↔ Simplified, regional phrasing). */
export interface ScriptConverter {
  /** The script `text` is mostly written in. */
  detect(text: string): ChineseScript
  /** `text` in Simplified Chinese with mainland phrasing (Taiwan/Hong Kong terms converted). */
  toSimplified(text: string): string
  /** `text` in Traditional Chinese with Taiwan phrasing (for searching Taiwanese documents). */
  toTraditional(text: string): string
}
