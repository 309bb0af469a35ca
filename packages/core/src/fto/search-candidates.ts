import type { CutoffDateKind, SearchBackend, SearchFilters } from '../search/search-backend.js'
import type { WeightedQuery } from '../search/weighted-query.js'
import type { CandidateResult, CandidateSource } from './ports.js'

/** Options of `searchBackendCandidates`. */
export interface SearchCandidateOptions {
  /** Documents in the store (the report's "searched"); the search page counts matches only. */
  readonly documents: () => Promise<number>
  /** Publication countries searched. Default all: family members reach the target countries. */
  readonly countries?: readonly string[]
}

/**
 * The search engine as FTO's and invalidity's candidate source: the `SearchBackend`'s
 * natural-language ranker over the weighted query (English key terms, Chinese→English forms),
 * one hit per family (its best-ranked member), with the cut-off date, country and exclusion
 * filters applied before ranking. A cut-off (`before`) is on the earliest priority date for prior
 * art and on the publication date for FTO (what was public on the as-of date).
 */
export function searchBackendCandidates(
  backend: SearchBackend,
  options: SearchCandidateOptions,
): CandidateSource {
  return {
    id: `search-backend:${backend.id}`,
    async search(query, request): Promise<CandidateResult> {
      const searched = await options.documents()
      const expression = weightedExpression(query)
      if (query.concepts.length === 0 || request.limit <= 0) {
        return { hits: [], searched, expression }
      }
      const filters: SearchFilters = {
        ...(request.before !== undefined
          ? { before: request.before, beforeOn: request.beforeOn ?? 'priority' }
          : {}),
        ...(options.countries?.length ? { countries: options.countries } : {}),
        ...(request.exclude?.length ? { excludePublications: request.exclude } : {}),
        ...(request.excludeFamilies?.length ? { excludeFamilies: request.excludeFamilies } : {}),
      }
      const page = await backend.search(query, {
        limit: request.limit,
        filters,
        collapseFamilies: true,
        snippets: false,
      })
      return {
        hits: page.hits.map((h) => ({ id: h.id, relevance: Math.round(h.score * 1000) / 1000 })),
        searched,
        expression,
      }
    },
  }
}

/**
 * A weighted query as the report's search strategy prints it: each concept's forms joined by OR
 * with the concept's weight, concepts joined by OR (the ranker sums their weighted scores).
 *
 * @example weightedExpression(q) // '(transducer OR probe)^1.8 OR beamformer^1.2'
 */
export function weightedExpression(query: WeightedQuery): string {
  return query.concepts
    .map((c) => {
      const forms = [...new Set(c.forms.map((f) => f.text.trim()).filter(Boolean))].map((f) =>
        /\s/u.test(f) ? `"${f}"` : f,
      )
      if (forms.length === 0) {
        return ''
      }
      const body = forms.length === 1 ? forms[0]! : `(${forms.join(' OR ')})`
      return `${body}^${Math.round(c.weight * 100) / 100}`
    })
    .filter(Boolean)
    .join(' OR ')
}

/** Re-exported for callers that choose the cut-off kind. */
export type { CutoffDateKind }
