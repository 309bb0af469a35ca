import type { QueryTranslation } from '@chuhai/core'
import type { GlossSpan, TextGlosser } from '@chuhai/core/fto'
import { createQueryTranslation } from '../query-translation.factory.js'

let translationOnce: QueryTranslation | undefined

/**
 * The clir query-understanding layer (`@chuhai/text-zh`: jieba segmentation with the patent
 * glossary, OpenCC, glossary + CC-CEDICT senses) as a `TextGlosser`: each concept of the zh→en
 * weighted query is one glossed word (its `origin`) with its English forms. Offsets are not kept
 * by the translator (the charts do not need them). Loaded on first use (~0.5–1 s).
 */
export function createTextZhGlosser(): Promise<TextGlosser> {
  translationOnce ??= createQueryTranslation()
  const translation = translationOnce
  return Promise.resolve({
    id: 'text-zh (jieba + patent glossary + CC-CEDICT)',
    from: ['zh'],
    gloss(text: string): GlossSpan[] {
      const query = translation.translate(text, 'en', 'zh')
      return (query?.concepts ?? [])
        .filter((c) => c.origin !== undefined && c.forms.length > 0)
        .map((c) => {
          const at = Math.max(0, text.indexOf(c.origin!))
          return {
            start: at,
            end: at + c.origin!.length,
            source: c.origin!,
            translations: c.forms.map((f) => f.text),
          }
        })
    },
  })
}
