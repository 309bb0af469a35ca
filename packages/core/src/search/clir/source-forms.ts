import type { WeightedQuery } from '../weighted-query.js'

const HAN = /\p{Script=Han}/u

/**
 * A translated query that also finds documents in the query's own language: each concept
 * translated from a Chinese word gets that word (its `origin`, in the Simplified form the store
 * indexes) as one more form of weight `weight`. A concept scores the best of its forms, so an
 * English document matches the translations and a Chinese one the word, never both added up.
 */
export function withSourceForms(query: WeightedQuery, weight = 1): WeightedQuery {
  return {
    ...query,
    concepts: query.concepts.map((c) =>
      c.origin !== undefined && HAN.test(c.origin) && !c.forms.some((f) => f.text === c.origin)
        ? { ...c, forms: [...c.forms, { text: c.origin, weight }] }
        : c,
    ),
  }
}
