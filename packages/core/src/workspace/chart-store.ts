/** How a product meets one element of a patent claim (FTO claim chart row). */
export interface ChartElementRow {
  /** Position in the claim; 0 is the preamble. */
  readonly index: number
  readonly text: string
  /** The person's finding; starts as the suggestion mapped (`yes` → present, …). */
  readonly status: 'present' | 'partly' | 'absent' | 'unclear'
  /** What the term match suggested, kept for the record. */
  readonly suggested: 'yes' | 'partly' | 'no'
  /** Fraction of the element's key terms found in the product description, 0–1. */
  readonly coverage: number
  /** The product sentence that matched best. */
  readonly evidence: string
  readonly note: string
}

/** A claim chart: one claim of one patent against one product of an organisation. */
export interface ClaimChart {
  readonly id: string
  readonly orgId: string
  readonly productId: string
  readonly patentId: string
  readonly patentTitle: string
  readonly claimNumber: number
  readonly claimText: string
  readonly elements: readonly ChartElementRow[]
  readonly updatedBy: string
  readonly updatedAt: string
}

/** Persistence of claim charts (confidential: they describe the organisation's product). */
export interface ChartStore {
  /** Inserts or replaces the chart of (product, patent, claim). */
  save(chart: ClaimChart): Promise<void>
  get(orgId: string, id: string): Promise<ClaimChart | undefined>
  list(orgId: string, productId: string): Promise<ClaimChart[]>
}
