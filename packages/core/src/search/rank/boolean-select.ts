import type { BooleanEvaluation, PositionalCheck } from './boolean-evaluator.js'
import { bestOfDense } from './dense-match.js'
import { bestOf, filterMatch } from './doc-match.js'
import { checkForward, type ForwardSource } from './forward-index.js'
import type { IndexDocument } from './index-builder.js'
import { checkPositions } from './positional-check.js'

/** Decides a document's positional clauses: undefined when it has no text/record to check. */
export type PositionalChecker = (doc: number) => ((check: PositionalCheck) => boolean) | undefined

/** A checker on forward records (ADR 0020): decodes token ids, no text analysis. */
export function forwardChecker(source: ForwardSource): PositionalChecker {
  return (doc) => {
    const record = source.record(doc)
    return record === undefined
      ? undefined
      : (check) => checkForward(record, check, source.vocabulary)
  }
}

/** A checker on the documents' text (re-tokenised per candidate; the reference semantics). */
export function textChecker(text: (doc: number) => IndexDocument | undefined): PositionalChecker {
  return (doc) => {
    const document = text(doc)
    return document === undefined ? undefined : (check) => checkPositions(document, check)
  }
}

/** Options of `selectBoolean`. */
export interface BooleanSelectOptions {
  /** Filters (country, dates, exclusions) a document must pass. */
  readonly accept: (doc: number) => boolean
  /** Hits wanted, best first. */
  readonly pool: number
  /** Candidates checked for phrases/`NEAR` at most, in score order (bounded cost). */
  readonly maxChecks: number
  /** Decides positional clauses per candidate. */
  readonly checker: PositionalChecker
}

/** The hits of a Boolean query, best first. */
export interface BooleanSelection {
  readonly docs: number[]
  readonly scores: number[]
  /** Candidates whose positional clauses were checked. */
  readonly checked: number
  /**
   * Matching documents: exact when `exact`; otherwise the checked share that passed, projected
   * onto all candidates (never below the hits found).
   */
  readonly total: number
  readonly exact: boolean
}

/**
 * Selects the best `pool` hits of an evaluated Boolean query: the filtered matches in score order
 * (a bounded heap, not a full sort); when the query has phrase/`NEAR` clauses, each candidate is
 * verified in that order, and verification stops when the pool is full or `maxChecks` were made.
 * The one path of the product and of the speed benchmark. The caller releases the evaluation
 * once done with it.
 */
export function selectBoolean(
  evaluation: BooleanEvaluation,
  options: BooleanSelectOptions,
): BooleanSelection {
  const { checks, verify } = evaluation
  const dense = evaluation.dense
  if (dense && checks.length === 0) {
    // Evaluated densely: best and count read from the set in one pass.
    const best = bestOfDense(dense, options.pool, options.accept)
    return { docs: best.docs, scores: best.scores, checked: 0, total: best.total, exact: true }
  }
  const allowed = filterMatch(evaluation.match, options.accept)
  const positional = checks.length > 0
  const order = bestOf(
    allowed,
    positional ? Math.max(options.pool, options.maxChecks) : options.pool,
  )
  const docs: number[] = []
  const scores: number[] = []
  let checked = 0
  for (let i = 0; i < order.length && docs.length < options.pool; i++) {
    const d = allowed.docs[order[i]!]!
    if (positional) {
      if (checked++ >= options.maxChecks) {
        checked--
        break
      }
      const check = options.checker(d)
      if (check === undefined || !verify(d, check)) {
        continue
      }
    }
    docs.push(d)
    scores.push(allowed.scores[order[i]!]!)
  }
  // Every candidate checked: the count is exact.
  const exact = !positional || checked === allowed.docs.length
  const total = exact
    ? positional
      ? docs.length
      : allowed.docs.length
    : Math.max(docs.length, Math.round((allowed.docs.length * docs.length) / Math.max(1, checked)))
  return { docs, scores, checked, total, exact }
}
