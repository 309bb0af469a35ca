/**
 * The contract between query understanding (key-term extraction, cross-language translation,
 * pseudo-relevance feedback) and ranking. A natural-language query — English text, a Chinese
 * description translated to English, or English expanded with feedback terms — becomes a list of
 * weighted concepts; each concept is an OR of alternative surface forms (words or phrases), so a
 * Chinese word with three candidate translations is one concept with three weighted forms, not
 * three independent terms.
 */

/** One surface form of a concept: a word or a phrase, in the language of the documents searched. */
export interface WeightedForm {
  /** A single word or a phrase of several words (matched as a phrase where the backend can). */
  readonly text: string
  /** Relative confidence of this form among the concept's forms, 0 < weight ≤ 1. */
  readonly weight: number
}

/** Where a concept came from; rankers may weight the sources differently. */
export type ConceptSource = 'original' | 'translation' | 'feedback' | 'classification'

/** One concept of a natural-language query. */
export interface WeightedConcept {
  /** Alternatives, best first; a document matching any of them matches the concept. */
  readonly forms: readonly WeightedForm[]
  /** Importance of the concept in the query (e.g. from term frequency and rarity), > 0. */
  readonly weight: number
  readonly source: ConceptSource
  /** The query text the concept stands for (e.g. the Chinese word), for explanations. */
  readonly origin?: string
}

/** A natural-language query after query understanding. */
export interface WeightedQuery {
  readonly concepts: readonly WeightedConcept[]
  /** ISO 639-1 language of the query as the user wrote it (`en`, `zh`, …). */
  readonly language: string
  /** CPC/IPC prefixes that the query is likely about, with weights, when known. */
  readonly classifications?: readonly WeightedForm[]
}
