import type { GlossSpan, TextGlosser } from '@chuhai/core/fto'
import { CedictLexicon } from '../cedict-lexicon.js'
import { CEDICT_FILE } from '../query-translation.factory.js'

/** The headword → senses lookup the glosser needs (`CedictLexicon` of `@chuhai/text-zh`). */
interface Lexicon {
  has(headword: string): boolean
  lookup(headword: string): readonly { readonly text: string }[]
  readonly maxHeadwordLength: number
}

/** Longest dictionary word tried, in characters. */
const MAX_WORD = 8

let loaded: Lexicon | undefined

/**
 * CC-CEDICT (CC BY-SA 4.0; the compact extract shipped with this package) as a `TextGlosser`:
 * forward maximum matching of dictionary words over each run of Chinese characters, each word
 * glossed with its ranked English senses. Where the clir layer's query concepts keep only a
 * query's best words, a chart needs every word of the description; FTO uses both.
 */
export function createCedictGlosser(): Promise<TextGlosser> {
  if (!loaded) {
    loaded = new CedictLexicon(CEDICT_FILE)
  }
  const lexicon = loaded
  return Promise.resolve({
    id: 'cc-cedict (forward maximum matching)',
    from: ['zh'],
    gloss: (text: string) => glossText(text, lexicon),
  })
}

function glossText(text: string, lexicon: Lexicon): GlossSpan[] {
  const spans: GlossSpan[] = []
  const longest = Math.min(MAX_WORD, lexicon.maxHeadwordLength)
  for (const run of text.matchAll(/\p{Script=Han}+/gu)) {
    const chars = [...run[0]]
    let i = 0
    let offset = run.index
    while (i < chars.length) {
      let length = Math.min(longest, chars.length - i)
      while (length > 1 && !lexicon.has(chars.slice(i, i + length).join(''))) {
        length--
      }
      const word = chars.slice(i, i + length).join('')
      const translations = lexicon
        .lookup(word)
        .map((c) => c.text.toLowerCase())
        .filter((t) => t.split(/\s+/u).length <= 3)
        .slice(0, 6)
      if (translations.length > 0) {
        spans.push({ start: offset, end: offset + word.length, source: word, translations })
      }
      offset += word.length
      i += length
    }
  }
  return spans
}
