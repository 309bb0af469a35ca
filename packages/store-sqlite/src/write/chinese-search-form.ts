/**
 * The Simplified-Chinese search form of Chinese text (issue 3): texts are stored as written, and
 * Traditional text is also indexed in its Simplified form so that 機器人 and 机器人 match each
 * other in the full-text index. OpenCC's Taiwan-to-mainland character conversion (`opencc-js`,
 * `tw` → `cn`, characters and variants, no phrase rewriting: search wants the same words, not
 * localised ones).
 *
 * The converter's dictionaries take ~0.3 s to build, so they are loaded on first need
 * (`loadChineseSearchForm`), not when the store opens.
 */
type Convert = (text: string) => string

/** The part of opencc-js used here, typed structurally (house style R3). */
interface OpenCcModule {
  Converter(options: { from: 'tw'; to: 'cn' }): Convert
}

let convert: Convert | undefined
let loading: Promise<Convert> | undefined

/** Loads the converter once; later calls return at once. */
export async function loadChineseSearchForm(): Promise<void> {
  if (convert) {
    return
  }
  loading ??= import('opencc-js/t2cn').then((OpenCC: OpenCcModule) =>
    OpenCC.Converter({ from: 'tw', to: 'cn' }),
  )
  convert = await loading
}

// Kana mark Japanese text that a source tagged `zh` (Google Patents does so for JP abstracts):
// converting its kanji would corrupt it, so it gets no Chinese search form.
const KANA = /[\u3040-\u30ff]/

/** Whether text in language `lang` gets a Chinese search form. */
export function isChinese(lang: string, text: string): boolean {
  return (lang === 'zh' || lang.startsWith('zh-')) && !KANA.test(text)
}

/**
 * The Simplified form of Chinese `text`, or `null` when it is not Chinese or already Simplified
 * (then the text itself is what the index holds). Call `loadChineseSearchForm` first.
 */
export function chineseSearchForm(lang: string, text: string): string | null {
  if (!isChinese(lang, text)) {
    return null
  }
  if (!convert) {
    throw new Error('chineseSearchForm: call loadChineseSearchForm() first')
  }
  const simplified = convert(text)
  return simplified === text ? null : simplified
}

/** Whether a record holds any text that needs the converter. */
export function needsChineseSearchForm(record: {
  readonly titles: readonly { readonly lang: string; readonly text: string }[]
  readonly abstracts: readonly { readonly lang: string; readonly text: string }[]
  readonly descriptions: readonly { readonly lang: string; readonly text: string }[]
  readonly claims: readonly { readonly lang: string }[]
}): boolean {
  const zh = (lang: string): boolean => lang === 'zh' || lang.startsWith('zh-')
  return (
    record.titles.some((t) => zh(t.lang)) ||
    record.abstracts.some((t) => zh(t.lang)) ||
    record.descriptions.some((t) => zh(t.lang)) ||
    record.claims.some((c) => zh(c.lang))
  )
}
