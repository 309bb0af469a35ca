import type { Met } from '../fto/claim-chart.js'

/**
 * A person's finding on one element of one claim chart of an FTO run: met / partly / not met,
 * the evidence (the product passage, as the person words it) and a note. Keyed by publication,
 * country, claim and element id; what the engine suggested stays in the report beside it.
 */
export interface ElementFinding {
  readonly publicationNumber: string
  readonly country: string
  readonly claim: number
  readonly element: string
  readonly met: Met
  readonly evidence: string
  readonly note: string
  readonly by: string
  readonly at: string
}

/**
 * One FTO analysis of a product (confidential: it describes the organisation's product): the
 * engine's report as produced (`FtoReport`, stored as JSON) and the findings people recorded.
 */
export interface FtoRunRecord {
  readonly id: string
  readonly orgId: string
  readonly productId: string
  /** The job that produced it. */
  readonly jobId: string | null
  readonly asOf: string
  readonly countries: readonly string[]
  /** The `FtoReport` of `runFto`, as JSON. */
  readonly report: unknown
  readonly findings: readonly ElementFinding[]
  readonly createdBy: string
  readonly createdAt: string
  readonly updatedBy: string
  readonly updatedAt: string
}

/** Persistence of FTO runs, scoped by organisation in every method. */
export interface FtoRunStore {
  /** Inserts or replaces a run (by id). */
  save(run: FtoRunRecord): Promise<void>
  get(orgId: string, id: string): Promise<FtoRunRecord | undefined>
  /** Newest first; `productId` narrows to one product. */
  list(orgId: string, productId?: string): Promise<FtoRunRecord[]>
}
