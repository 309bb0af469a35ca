/** One element of a claim: a feature that prior-art documents are mapped against. */
export interface ClaimElement {
  readonly claim: number
  /** Position of the element in the claim, from 1; 0 is the preamble ("A wheeled hand truck"). */
  readonly index: number
  readonly text: string
}

/** The parts of a document that the disclosure scoring reads. */
export type HintField = 'title' | 'abstract' | 'claims' | 'description'

/** A candidate prior-art document as a search backend hands it to the scoring. */
export interface HintDocument {
  /** Publication number as the store normalises it, e.g. `US-10000000-B2`. */
  readonly publicationNumber: string
  readonly title?: string
  /** Publication date (YYYY-MM-DD), when known. */
  readonly date?: string
  /** The backend's relevance, higher is better (only the order is meaningful). */
  readonly relevance?: number
  readonly texts: Readonly<Partial<Record<HintField, string>>>
}

/** Whether a document discloses a claim element, judged by its key terms. */
export type Disclosure = 'yes' | 'partly' | 'no'

/** Coverage thresholds: `yes` from `yes`, `partly` from `partly`, else `no`. */
export interface DisclosureThresholds {
  readonly yes: number
  readonly partly: number
}

/** How one document discloses one claim element. */
export interface ElementDisclosure {
  readonly element: ClaimElement
  readonly status: Disclosure
  /** Fraction of the element's key terms found (stemmed) anywhere in the document, 0–1. */
  readonly coverage: number
  /** The element's key terms found in the document, as the claim writes them. */
  readonly matchedTerms: readonly string[]
  /** The element's key terms not found. */
  readonly missingTerms: readonly string[]
  /** The document sentence holding most of the element's key terms; absent when none matches. */
  readonly evidence?: { readonly field: HintField; readonly text: string }
}

/** A prior-art document and the elements of the claim it discloses (a hint, not an opinion). */
export interface NoveltyHint {
  /** Publication number as the store normalises it, e.g. `US-10000000-B2`. */
  readonly publicationNumber: string
  readonly title?: string
  /** Publication date (YYYY-MM-DD), when known. */
  readonly date?: string
  /** Mean coverage over the claim's elements, 0–1, two decimals. */
  readonly score: number
  /** The search backend's relevance, when it gave one (backend-specific; higher is better). */
  readonly relevance?: number
  readonly elements: readonly ElementDisclosure[]
  /** Elements with status `yes`. */
  readonly coveredElements: number
  readonly totalElements: number
}
