import type { WeightedQuery } from '../weighted-query.js'
import { expandWithFeedback, type FeedbackOptions } from './feedback.js'
import { extractKeyTerms } from './key-terms.js'
import type { DocumentSource, PostingsReader } from './postings-reader.js'
import type { RankParams } from './rank-params.js'
import type { Ranked } from './top-k.js'
import type { WeightedRanker } from './weighted-ranker.js'

/** Settings of natural-language ranking, chosen on the prior-art development set (docs/design/search.md). */
export interface NaturalLanguageSettings {
  /** Exponent of a key term's count in the query. */
  readonly tfExponent: number
  /** Weight of consecutive key-word pairs (proximity) relative to words. */
  readonly bigramWeight: number
  /** Multiplier of the words of a leading title line (`leadingTitle`). */
  readonly titleWeight: number
  /** Concepts scored in the first pass (query-term selection). */
  readonly maxConcepts: number
  /** RM3 feedback from the first pass's top `docs`, or `false` for none. */
  readonly feedback:
    (FeedbackOptions & { readonly docs: number; readonly maxConcepts: number }) | false
}

/** The settings the benchmarks measured (docs/benchmarks.md, "Search"). */
export const DEFAULT_NL_SETTINGS: NaturalLanguageSettings = {
  tfExponent: 0.5,
  bigramWeight: 0.2,
  titleWeight: 2,
  maxConcepts: 80,
  feedback: { docs: 10, terms: 50, lambda: 0.35, maxConcepts: 120 },
}

/** Inputs of `rankNaturalLanguage`. */
export interface NaturalLanguageRequest {
  /** Prose (English key terms are extracted) or a `WeightedQuery` from query understanding. */
  readonly query: string | WeightedQuery
  readonly k: number
  readonly accept?: (doc: number) => boolean
  readonly settings?: NaturalLanguageSettings
}

/** The ranking and the weighted query it finally ran (for explanations and highlighting). */
export interface NaturalLanguageResult extends Ranked {
  readonly rankedQuery: WeightedQuery
}

/**
 * Prior-art ranking of a natural-language query: key terms (or the given `WeightedQuery`), a
 * BM25F pass over the impact index, RM3 feedback from the top documents' text, and a second pass.
 */
export async function rankNaturalLanguage(
  request: NaturalLanguageRequest,
  ranker: WeightedRanker,
  reader: PostingsReader,
  source: DocumentSource,
  params: RankParams,
): Promise<NaturalLanguageResult> {
  const settings = request.settings ?? DEFAULT_NL_SETTINGS
  const query =
    typeof request.query === 'string'
      ? extractKeyTerms(request.query, {
          tfExponent: settings.tfExponent,
          bigramWeight: settings.bigramWeight,
          titleWeight: settings.titleWeight,
        })
      : request.query
  const first = ranker.rank(query, {
    k: request.k,
    ...(request.accept ? { accept: request.accept } : {}),
    maxConcepts: settings.maxConcepts,
  })
  const fb = settings.feedback
  if (fb === false || first.docs.length === 0) {
    return { ...first, rankedQuery: query }
  }
  const top = first.docs.slice(0, fb.docs)
  const texts = await source.documents(top)
  const expanded = expandWithFeedback(
    query,
    texts,
    first.scores.slice(0, top.length),
    reader,
    params,
    fb,
  )
  const second = ranker.rank(expanded, {
    k: request.k,
    ...(request.accept ? { accept: request.accept } : {}),
    maxConcepts: fb.maxConcepts,
  })
  return { ...second, rankedQuery: expanded }
}

/**
 * Fuses dense (embedding) scores into a lexical ranking: both min-max normalised over the
 * candidates, `(1 - weight) · lexical + weight · dense`; a candidate without a vector gets the
 * lowest dense score.
 */
export function fuseDense(
  lexical: Ranked,
  dense: ReadonlyMap<number, number>,
  weight: number,
): Ranked {
  const docs = [...new Set([...lexical.docs, ...dense.keys()])]
  const lex = new Map(lexical.docs.map((d, i) => [d, lexical.scores[i]!]))
  const norm = (values: number[]): ((x: number | undefined) => number) => {
    const lo = Math.min(...values)
    const hi = Math.max(...values)
    return (x) => (x === undefined || hi <= lo ? 0 : (x - lo) / (hi - lo))
  }
  const ln = norm([...lex.values()])
  const dn = norm([...dense.values()])
  const fused = docs
    .map((d) => ({ d, s: (1 - weight) * ln(lex.get(d)) + weight * dn(dense.get(d)) }))
    .sort((a, b) => b.s - a.s || a.d - b.d)
  return { docs: fused.map((f) => f.d), scores: fused.map((f) => f.s) }
}
