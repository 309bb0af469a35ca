import type { ClaimText } from './claim-text.js'
import type { Lang } from './types.js'

/**
 * Hook for novelty and inventive-step hints (issue 7 §3): the nearest prior art from the search
 * engine, with the elements of the claim each document discloses. The search issue implements
 * `NoveltyHintProvider` over its index; until then no provider is configured and reports carry
 * no hints — the pre-check never invents prior art.
 */

/** One element of a claim (a feature the search engine maps documents against). */
export interface ClaimElement {
  readonly claim: number
  /** 1-based position of the element in the claim. */
  readonly index: number
  readonly text: string
}

/** A prior-art document and the claim elements it discloses. */
export interface NoveltyHint {
  /** Publication number as the store normalises it, e.g. `US-10000000-B2`. */
  readonly publication: string
  readonly title?: string
  /** The search engine's own relevance score (backend-specific; only the order is meaningful). */
  readonly score: number
  /** The elements the document discloses, each with the passage that discloses it. */
  readonly disclosed: readonly { readonly element: ClaimElement; readonly passage: string }[]
}

/** What a provider is asked for. */
export interface NoveltyHintRequest {
  readonly claims: readonly ClaimText[]
  readonly elements: readonly ClaimElement[]
  readonly lang: Lang
  /** Maximum number of documents. */
  readonly limit: number
  /** Only documents with an earlier priority date count (YYYY-MM-DD), when known. */
  readonly before?: string
}

/** Port implemented by the search engine. */
export interface NoveltyHintProvider {
  readonly id: string
  hints(request: NoveltyHintRequest): Promise<readonly NoveltyHint[]>
}

/**
 * Splits a claim into elements at the punctuation claims use between features
 * ("; ", "；", "、…；", new lines), after the preamble.
 */
export function claimElements(claim: ClaimText): ClaimElement[] {
  const body = claim.text
    .slice(claim.preambleEnd)
    .replace(/^\s*(?:comprising|including|包括|包含)?\s*[:：,，]?/iu, '')
  return body
    .split(/;\s*|；|\n+/u)
    .map((t) => t.replace(/^\s*(?:and\s+)?(?:\([a-z0-9]+\)\s*)?/iu, '').trim())
    .filter((t) => t.length > 0)
    .map((text, i) => ({ claim: claim.number, index: i + 1, text }))
}
