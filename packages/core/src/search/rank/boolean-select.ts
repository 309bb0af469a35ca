import type { BooleanEvaluation, PositionalCheck } from './boolean-evaluator.js'
import { bestOfDense } from './dense-match.js'
import { bestOf, filterMatch } from './doc-match.js'
import { checkForward, type ForwardSource } from './forward-index.js'
import type { IndexDocument } from './index-builder.js'
import { checkPositions } from './positional-check.js'

/** Decides one document's positional clauses. */
export type DocCheck = (check: PositionalCheck) => boolean

/**
 * Decides candidates' positional clauses a batch at a time: one `DocCheck` per document of
 * `docs`, in order, or undefined for a document with no text/record to check.
 */
export type PositionalChecker = (docs: readonly number[]) => (DocCheck | undefined)[]

/**
 * A checker on forward records (ADR 0020): decodes token ids, no text analysis. A batch of
 * candidates' records is read at once when the source offers `records`.
 */
export function forwardChecker(source: ForwardSource): PositionalChecker {
  const { vocabulary } = source
  return (docs) => {
    const records = source.records ? source.records(docs) : docs.map((d) => source.record(d))
    return records.map((record) =>
      record === undefined ? undefined : (check) => checkForward(record, check, vocabulary),
    )
  }
}

/** A checker on the documents' text (re-tokenised per candidate; the reference semantics). */
export function textChecker(text: (doc: number) => IndexDocument | undefined): PositionalChecker {
  return (docs) =>
    docs.map((doc) => {
      const document = text(doc)
      return document === undefined ? undefined : (check) => checkPositions(document, check)
    })
}

/**
 * Candidates handed to the checker in the first batch; each later batch is twice the size, up to
 * `MAX_BATCH`. A query whose pool fills from its first candidates reads few records; one that
 * checks thousands reads them in a few large batches (ADR 0020).
 */
const FIRST_BATCH = 16
const MAX_BATCH = 256

/** Options of `selectBoolean`. */
export interface BooleanSelectOptions {
  /** Filters (country, dates, exclusions) a document must pass. */
  readonly accept: (doc: number) => boolean
  /** Hits wanted, best first. */
  readonly pool: number
  /** Candidates checked for phrases/`NEAR` at most, in score order (bounded cost). */
  readonly maxChecks: number
  /** Decides positional clauses per candidate, a batch of candidates at a time. */
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
 * The checker is handed the candidates in batches of growing size (16, 32, … 256), so their
 * records are read in few round trips; the hits, `checked` and `total` are those of checking one
 * by one. The one path of the product and of the speed benchmark. The caller releases the
 * evaluation once done with it.
 */
export function selectBoolean(
  evaluation: BooleanEvaluation,
  options: BooleanSelectOptions,
): BooleanSelection {
  const { checks } = evaluation
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
  if (!positional) {
    for (let i = 0; i < order.length && docs.length < options.pool; i++) {
      docs.push(allowed.docs[order[i]!]!)
      scores.push(allowed.scores[order[i]!]!)
    }
  } else {
    // Checked in score order, exactly as one by one: only the reads are batched.
    const limit = Math.min(order.length, options.maxChecks)
    for (
      let start = 0, size = FIRST_BATCH;
      start < limit && docs.length < options.pool;
      start += size, size = Math.min(2 * size, MAX_BATCH)
    ) {
      const end = Math.min(limit, start + size)
      const batch: number[] = []
      for (let i = start; i < end; i++) {
        batch.push(allowed.docs[order[i]!]!)
      }
      const decide = options.checker(batch)
      for (let j = 0; j < batch.length && docs.length < options.pool; j++) {
        checked++
        const check = decide[j]
        if (check !== undefined && evaluation.verify(batch[j]!, check)) {
          docs.push(batch[j]!)
          scores.push(allowed.scores[order[start + j]!]!)
        }
      }
    }
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
