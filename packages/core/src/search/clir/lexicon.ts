/**
 * Bilingual lexicons used by cross-language query understanding: the curated patent glossary and
 * a general dictionary (CC-CEDICT). Both map a headword to candidate translations, best first.
 */

/** One candidate translation of a headword. */
export interface TranslationCandidate {
  /** The translation: a word or a phrase. */
  readonly text: string
  /** Confidence among the headword's candidates, 0 < weight ≤ 1. */
  readonly weight: number
}

/** Where a lexicon's entries come from; the translator trusts them differently. */
export type LexiconKind = 'glossary' | 'dictionary'

/** A headword → translations map for one language pair. */
export interface BilingualLexicon {
  readonly kind: LexiconKind
  /** Language of the headwords (`zh`, `en`). */
  readonly from: string
  /** Language of the translations. */
  readonly to: string
  /** Candidates for `headword` (exact match), best first; empty when unknown. */
  lookup(headword: string): readonly TranslationCandidate[]
  /** Whether `headword` is an entry (cheaper than `lookup`). */
  has(headword: string): boolean
  /** Length in characters of the longest headword, to bound longest-match scans. */
  readonly maxHeadwordLength: number
}

/** A `BilingualLexicon` over an in-memory map. */
export function mapLexicon(
  kind: LexiconKind,
  from: string,
  to: string,
  entries: ReadonlyMap<string, readonly TranslationCandidate[]>,
): BilingualLexicon {
  let max = 0
  for (const key of entries.keys()) {
    max = Math.max(max, key.length)
  }
  return {
    kind,
    from,
    to,
    maxHeadwordLength: max,
    lookup: (headword) => entries.get(headword) ?? [],
    has: (headword) => entries.has(headword),
  }
}
