import type { TextGlosser } from '@chuhai/core/fto'

/** Several glossers as one: every span of each (a word one dictionary lacks, another may have). */
export function unionGlosser(glossers: readonly TextGlosser[]): TextGlosser {
  return {
    id: glossers.map((g) => g.id).join(' + '),
    from: [...new Set(glossers.flatMap((g) => g.from))],
    gloss: (text) => glossers.flatMap((g) => g.gloss(text)),
  }
}
