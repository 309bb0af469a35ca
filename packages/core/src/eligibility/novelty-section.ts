import { createError } from '../errors.js'
import { splitClaims } from './claim-text.js'
import { maskEditorialNotes } from './features.js'
import { translate } from './i18n/messages.js'
import { hintElements, type NoveltyHintProvider } from './novelty-hints.js'
import type { ClaimElement, NoveltyHint } from './novelty/types.js'
import type { Lang } from './types.js'

/** The novelty-hints section of a report, when a search backend was asked. */
export interface NoveltyHintsSearched {
  readonly status: 'searched'
  /** The provider's id, e.g. `sqlite-fts5`. */
  readonly provider: string
  /** The claim mapped: the first independent claim. */
  readonly claim: number
  readonly elements: readonly ClaimElement[]
  readonly before?: string
  /** The candidate query's terms, highest weight first (an OR of them). */
  readonly query: readonly string[]
  /** Documents in the searched index. */
  readonly searched: number
  /** Best first; empty when no document shares a key term with the claim. */
  readonly hints: readonly NoveltyHint[]
  /** "Hints from a keyword search, not a novelty opinion", in the report language. */
  readonly notice: string
}

/** The novelty-hints section when nothing was searched (no database, no searchable term…). */
export interface NoveltyHintsUnavailable {
  readonly status: 'unavailable'
  /** Why, in the report language. */
  readonly reason: string
}

/** The novelty-hints section of a report. */
export type NoveltyHintsSection = NoveltyHintsSearched | NoveltyHintsUnavailable

/** Options of `findNoveltyHints`. */
export interface NoveltyHintsOptions {
  /** Language of the notice and reasons. Default `'en'`. */
  readonly lang?: Lang
  /** Most documents. Default `5`. */
  readonly limit?: number
  /** Only documents published before this date (YYYY-MM-DD): the claim's priority or filing date. */
  readonly before?: string
}

/**
 * Asks `provider` for the nearest prior art to the first independent claim of `claimsText`,
 * mapped element by element (preamble first). Throws `ELIGIBILITY_NO_CLAIMS` for empty text.
 * @example
 * const section = await findNoveltyHints('1. A robot comprising …', store.noveltyHints(), { limit: 3 })
 */
export async function findNoveltyHints(
  claimsText: string,
  provider: NoveltyHintProvider,
  options: NoveltyHintsOptions = {},
): Promise<NoveltyHintsSection> {
  const lang = options.lang ?? 'en'
  const claims = splitClaims(maskEditorialNotes(claimsText))
  const claim = claims.find((c) => c.independent) ?? claims[0]
  if (!claim) {
    throw createError('ELIGIBILITY_NO_CLAIMS', 'the claims text is empty')
  }
  const elements = hintElements(claim)
  const result = await provider.hints({
    claims,
    elements,
    lang,
    limit: options.limit ?? 5,
    ...(options.before === undefined ? {} : { before: options.before }),
  })
  if (result.query.terms.length === 0) {
    return noveltyHintsUnavailable(translate('hints.no-terms', lang, { claim: claim.number }))
  }
  return {
    status: 'searched',
    provider: provider.id,
    claim: claim.number,
    elements,
    ...(options.before === undefined ? {} : { before: options.before }),
    query: result.query.terms.map((t) => t.surface),
    searched: result.searched,
    hints: result.hints,
    notice: translate('hints.notice', lang),
  }
}

/** The section for a report that could not be searched, with the reason in the report language. */
export function noveltyHintsUnavailable(reason: string): NoveltyHintsUnavailable {
  return { status: 'unavailable', reason }
}
