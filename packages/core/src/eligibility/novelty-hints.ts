import type { ClaimText } from './claim-text.js'
import type { CandidateQuery } from './novelty/query.js'
import type { ClaimElement, NoveltyHint } from './novelty/types.js'
import type { Lang } from './types.js'

/**
 * Novelty and inventive-step hints (issue 7 §3): the nearest prior art from a search backend,
 * with the elements of the claim each document discloses. A backend implements
 * `NoveltyHintProvider` (the embedded store does, over its FTS5 index) with the pure logic of
 * `novelty/` (key terms, candidate query, disclosure scoring). Hints come from a keyword search:
 * they are not a novelty opinion, and without a provider a report carries none.
 */

/** What a provider is asked for. */
export interface NoveltyHintRequest {
  readonly claims: readonly ClaimText[]
  /** The elements to map documents against (see `hintElements`). */
  readonly elements: readonly ClaimElement[]
  readonly lang: Lang
  /** Maximum number of documents. */
  readonly limit: number
  /** Only documents published before this date (YYYY-MM-DD) count, when given. */
  readonly before?: string
}

/** What a provider answers. */
export interface NoveltyHintResult {
  /** Best first (see `rankHints`), at most `limit`. */
  readonly hints: readonly NoveltyHint[]
  /** The query that selected the candidates; no terms when nothing could be searched. */
  readonly query: CandidateQuery
  /** Documents in the searched index. */
  readonly searched: number
}

/** Port implemented by a search backend. */
export interface NoveltyHintProvider {
  readonly id: string
  hints(request: NoveltyHintRequest): Promise<NoveltyHintResult>
}

/**
 * Splits a claim into elements at the punctuation claims use between features
 * ("; ", "；", "、…；", new lines), after the preamble.
 */
export function claimElements(claim: ClaimText): ClaimElement[] {
  const body = claim.text
    .slice(claim.preambleEnd)
    .replace(/^\s*(?:comprising|including|包括|包含)?\s*[:：,，]?/iu, '')
  return (
    body
      .split(/;\s*|；|\n+/u)
      .map((t) => t.replace(/^\s*(?:and\s+)?(?:\([a-z0-9]+\)\s*)?/iu, '').trim())
      // "…; and\n(f) …" leaves a bare connective between the separators.
      .filter((t) => t.length > 0 && !/^(?:and|or|以及|和|及び|並びに)$/iu.test(t))
      .map((text, i) => ({ claim: claim.number, index: i + 1, text }))
  )
}

/**
 * The elements prior art is mapped against: the preamble as element 0 (when the claim has one:
 * "A wheeled hand truck", "一种电池管理系统") followed by `claimElements`.
 */
export function hintElements(claim: ClaimText): ClaimElement[] {
  const preamble = claim.text
    .slice(0, claim.preambleEnd)
    .replace(/^\s*(?:an?|the|一种)\s*/iu, '')
    .replace(/[\s,，:：]+$/u, '')
  const head = preamble ? [{ claim: claim.number, index: 0, text: preamble }] : []
  return [...head, ...claimElements(claim)]
}
