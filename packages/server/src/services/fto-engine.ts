import { buildClaim, claimElements, hintElements, type PatentRecord } from '@chuhai/core'
import { elementTerms, keyTerms, scoreDisclosure } from '@chuhai/core/novelty'
import type { ChartElementRow } from '@chuhai/core/workspace'
import type { PatentSearch } from '@chuhai/core/workspace'

/** A candidate patent and the chart of its first independent claim against the product. */
export interface FtoCandidate {
  readonly patentId: string
  readonly title: string
  readonly claimNumber: number
  readonly claimText: string
  readonly elements: readonly ChartElementRow[]
  /** Mean element coverage, 0–1. */
  readonly coverage: number
}

/** What an FTO run asks. */
export interface FtoRequest {
  readonly productText: string
  readonly limit: number
  readonly country?: readonly string[]
  readonly isCancelled?: () => boolean
  readonly onProgress?: (done: number, total: number) => void
}

/**
 * The FTO port of the workspace: product description → candidate patents → claim charts. The FTO
 * issue's engine (claim construction, cross-language matching, legal status) replaces the
 * baseline below by implementing this interface; routes, jobs and the UI stay as they are.
 */
export interface FtoEngine {
  readonly id: string
  run(request: FtoRequest): Promise<FtoCandidate[]>
}

const SUGGESTED_STATUS = { yes: 'present', partly: 'partly', no: 'absent' } as const

/**
 * Baseline FTO screening over the embedded search: the product's key terms as an OR query, the
 * best `limit × 3` hits, each one's independent claims split into elements and scored by how many
 * of each element's key terms the product description contains (the novelty-hint scoring run the
 * other way round); the best-covered independent claim per patent, best patents first. A
 * screening aid that a person confirms element by element, not an infringement opinion.
 */
export function baselineFtoEngine(
  search: PatentSearch,
  load: (id: string) => Promise<PatentRecord | undefined>,
): FtoEngine {
  return {
    id: 'baseline-term-coverage',
    async run(r: FtoRequest): Promise<FtoCandidate[]> {
      const terms = keyTerms(r.productText)
        .slice(0, 12)
        .map((t) => t.surface)
      if (terms.length === 0) {
        return []
      }
      const page = await search.search({
        q: terms.map((t) => `"${t}"`).join(' OR '),
        limit: Math.min(100, r.limit * 3),
        ...(r.country ? { country: r.country } : {}),
      })
      const product = { publicationNumber: 'product', texts: { description: r.productText } }
      const out: FtoCandidate[] = []
      let done = 0
      for (const hit of page.hits) {
        if (r.isCancelled?.()) {
          break
        }
        const record = await load(hit.id)
        const set = record?.claims.find((s) => s.lang === 'en') ?? record?.claims[0]
        let best: FtoCandidate | undefined
        for (const claim of (set?.claims ?? []).filter((c) => c.independent && !c.cancelled)) {
          const text = buildClaim(claim.number, claim.text)
          const elements = hintElements(text).length > 1 ? hintElements(text) : claimElements(text)
          const scored = scoreDisclosure(elementTerms(elements), product)
          const rows: ChartElementRow[] = scored.elements.map((e) => ({
            index: e.element.index,
            text: e.element.text,
            status: SUGGESTED_STATUS[e.status],
            suggested: e.status,
            coverage: Math.round(e.coverage * 100) / 100,
            evidence: e.evidence?.text ?? '',
            note: '',
          }))
          const candidate = {
            patentId: hit.id,
            title: hit.title,
            claimNumber: claim.number,
            claimText: claim.text,
            elements: rows,
            coverage: scored.score,
          }
          if (!best || candidate.coverage > best.coverage) {
            best = candidate
          }
        }
        if (best) {
          out.push(best)
        }
        r.onProgress?.(++done, page.hits.length)
      }
      return out.sort((a, b) => b.coverage - a.coverage).slice(0, r.limit)
    },
  }
}
