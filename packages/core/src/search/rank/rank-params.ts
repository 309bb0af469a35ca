/**
 * The ranking parameters baked into the index's impacts (BM25F, Robertson & Zaragoza 2009):
 * per field a weight and a length normalisation `b`, one saturation `k1`. Set by measurement on
 * the prior-art development set with cross-validation (docs/design/search.md); an index records
 * the parameters it was built with.
 */
export interface RankParams {
  readonly k1: number
  readonly fields: Readonly<Record<IndexField, { readonly weight: number; readonly b: number }>>
}

/** The fields of a document the index knows, in the order of their bit in a posting's mask. */
export const INDEX_FIELDS = ['title', 'abstract', 'claims', 'description'] as const
export type IndexField = (typeof INDEX_FIELDS)[number]

/** Bit of each field in a posting's field mask. */
export const FIELD_BIT: Readonly<Record<IndexField, number>> = {
  title: 1,
  abstract: 2,
  claims: 4,
  description: 8,
}

/** The default parameters (see docs/design/search.md for how they were chosen). */
export const DEFAULT_RANK_PARAMS: RankParams = {
  k1: 2,
  fields: {
    title: { weight: 2, b: 0.5 },
    abstract: { weight: 1.5, b: 0.75 },
    claims: { weight: 1, b: 0.75 },
    // Descriptions are long and wander: a fifth of the weight and full length normalisation
    // gave +0.05 Recall@100 on the development set (docs/design/search.md).
    description: { weight: 0.2, b: 1 },
  },
}
