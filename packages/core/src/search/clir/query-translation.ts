import { createError } from '../../errors.js'
import type { WeightedQuery } from '../weighted-query.js'

/** Translates a natural-language query from one language into weighted concepts in another. */
export interface QueryTranslator {
  readonly from: string
  readonly to: string
  translate(text: string): WeightedQuery
}

/**
 * Language of a query by its script: `ja` when it has kana, `zh` when Han characters make up a
 * fair share of its letters, else `en`. (Korean and others fall to `en` until supported.)
 */
export function detectQueryLanguage(text: string): string {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) {
    return 'ja'
  }
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0
  return han > 0 && han * 3 >= latin ? 'zh' : 'en'
}

/**
 * The query translators of an installation, keyed by language pair (`zh→en`, later `ja→en`):
 * new languages plug in as further translators without touching the search code.
 */
export class QueryTranslation {
  private readonly byPair = new Map<string, QueryTranslator>()

  constructor(translators: readonly QueryTranslator[]) {
    for (const t of translators) {
      this.byPair.set(`${t.from}>${t.to}`, t)
    }
  }

  /** Language pairs served, as `from>to`. */
  get pairs(): string[] {
    return [...this.byPair.keys()]
  }

  /**
   * `text` as a weighted query in `target` language, or `undefined` when it is already written in
   * it (monolingual query understanding then applies). Throws `CLIR_UNSUPPORTED_LANGUAGE` when
   * no translator serves the pair.
   */
  translate(
    text: string,
    target: string,
    source = detectQueryLanguage(text),
  ): WeightedQuery | undefined {
    if (source === target) {
      return undefined
    }
    const t = this.byPair.get(`${source}>${target}`)
    if (!t) {
      throw createError('CLIR_UNSUPPORTED_LANGUAGE', `${source}>${target}`, this.pairs)
    }
    return t.translate(text)
  }
}
