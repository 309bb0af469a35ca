import { keyTerms, type KeyTerm } from './terms.js'
import type { ClaimElement } from './types.js'

/** A claim element with its key terms. */
export interface ElementTerms {
  readonly element: ClaimElement
  readonly terms: readonly KeyTerm[]
}

/** A term of the candidate query, with its weight and the elements (by index) it comes from. */
export interface QueryTerm {
  readonly stem: string
  /** The word to send to a full-text index (it stems the word itself). */
  readonly surface: string
  readonly weight: number
  readonly cjk: boolean
  readonly elements: readonly number[]
}

/**
 * A backend-neutral candidate query: any document holding at least one of the terms is a
 * candidate (`operator: 'or'`); terms are sorted by weight, highest first.
 */
export interface CandidateQuery {
  readonly operator: 'or'
  readonly terms: readonly QueryTerm[]
}

/** Options of `buildCandidateQuery`. */
export interface CandidateQueryOptions {
  /**
   * Documents containing each term, keyed by stem. With `totalDocuments`, a term absent from the
   * map counts as found in no document (a backend leaves out what it cannot search).
   */
  readonly documentFrequency?: ReadonlyMap<string, number>
  /** Documents in the index; needed with `documentFrequency`. */
  readonly totalDocuments?: number
  /** Most terms in the query. Default `24`. */
  readonly maxTerms?: number
}

/** The key terms of each element; elements without any key term are left out. */
export function elementTerms(elements: readonly ClaimElement[]): ElementTerms[] {
  return elements
    .map((element) => ({ element, terms: keyTerms(element.text) }))
    .filter((e) => e.terms.length > 0)
}

/**
 * The candidate query for a claim: an OR of its most weighted key terms. With document
 * frequencies the weight is BM25's inverse document frequency (rare terms first) and a term no
 * document contains is dropped; without them longer words weigh more (a rough proxy for rarity).
 * Each element's best term is taken first, so every element can bring candidates.
 */
export function buildCandidateQuery(
  elements: readonly ElementTerms[],
  options: CandidateQueryOptions = {},
): CandidateQuery {
  const merged = new Map<string, { term: KeyTerm; elements: number[] }>()
  for (const e of elements) {
    for (const term of e.terms) {
      const seen = merged.get(term.stem)
      if (seen) {
        seen.elements.push(e.element.index)
      } else {
        merged.set(term.stem, { term, elements: [e.element.index] })
      }
    }
  }
  const weighted: QueryTerm[] = []
  for (const { term, elements: from } of merged.values()) {
    const weight = weightOf(term, options)
    if (weight > 0) {
      weighted.push({
        stem: term.stem,
        surface: term.surface,
        cjk: term.cjk,
        weight,
        elements: from,
      })
    }
  }
  weighted.sort((a, b) => b.weight - a.weight || a.stem.localeCompare(b.stem))
  const max = options.maxTerms ?? 24
  const chosen = new Set<QueryTerm>()
  for (const e of elements) {
    const best = weighted.find((t) => t.elements.includes(e.element.index) && !chosen.has(t))
    if (best && chosen.size < max) {
      chosen.add(best)
    }
  }
  for (const t of weighted) {
    if (chosen.size >= max) {
      break
    }
    chosen.add(t)
  }
  return { operator: 'or', terms: weighted.filter((t) => chosen.has(t)) }
}

/** The query as a person reads it: `footplate OR flange OR …`. */
export function candidateQueryText(query: CandidateQuery): string {
  return query.terms.map((t) => t.surface).join(' OR ')
}

function weightOf(term: KeyTerm, options: CandidateQueryOptions): number {
  const total = options.totalDocuments
  if (!options.documentFrequency || total === undefined) {
    return round(1 + Math.min([...term.surface].length, 12) / 12)
  }
  const df = options.documentFrequency.get(term.stem) ?? 0
  if (df <= 0) {
    return 0
  }
  return round(Math.log(1 + (total - df + 0.5) / (df + 0.5)))
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}
