import { riskOf, type ClaimChart, type FtoReport, type FtoResult } from '@chuhai/core/fto'
import type { ElementFinding } from '@chuhai/core/workspace'

/** The key of one element's finding: publication, country, claim, element id. */
export function findingKey(f: {
  publicationNumber: string
  country: string
  claim: number
  element: string
}): string {
  return `${f.publicationNumber}|${f.country}|${f.claim}|${f.element}`
}

const WEIGHT = { yes: 1, partly: 0.5, no: 0 } as const

/**
 * The report with the people's findings in place of the engine's (met, evidence, a note added
 * to the reason), each chart's counts and coverage and each result's risk recomputed from them
 * (`riskOf`, the engine's own rule), results reordered by risk then score. The engine's values
 * stay in the stored report; this is what is shown and exported.
 */
export function applyFindings(report: FtoReport, findings: readonly ElementFinding[]): FtoReport {
  if (findings.length === 0) {
    return report
  }
  const byKey = new Map(findings.map((f) => [findingKey(f), f]))
  const order = { high: 0, medium: 1, low: 2 } as const
  const results: FtoResult[] = report.results.map((r) => {
    const claims: ClaimChart[] = r.claims.map((c) => {
      const elements = c.elements.map((e) => {
        const f = byKey.get(
          findingKey({
            publicationNumber: r.publicationNumber,
            country: r.country,
            claim: c.claim,
            element: e.id,
          }),
        )
        if (!f) {
          return e
        }
        return {
          ...e,
          met: f.met,
          ...(f.evidence.trim() !== ''
            ? { evidence: { field: e.evidence?.field ?? 'reviewer', text: f.evidence } }
            : {}),
          why: f.note.trim() !== '' ? `${f.note.trim()} (reviewer; engine: ${e.why})` : e.why,
        }
      })
      const counted = elements.filter((e) => e.kind !== 'preamble')
      const met = counted.filter((e) => e.met === 'yes').length
      const partly = counted.filter((e) => e.met === 'partly').length
      const coverage =
        counted.length === 0
          ? 0
          : Math.round((counted.reduce((s, e) => s + WEIGHT[e.met], 0) / counted.length) * 1000) /
            1000
      return { ...c, elements, met, partly, total: counted.length, coverage }
    })
    return { ...r, claims, risk: claims.length > 0 ? riskOf(claims) : r.risk }
  })
  results.sort(
    (a, b) =>
      order[a.risk] - order[b.risk] ||
      b.score - a.score ||
      a.publicationNumber.localeCompare(b.publicationNumber) ||
      a.country.localeCompare(b.country),
  )
  const summary = report.summary.map((s) => ({
    ...s,
    high: results.filter((r) => r.country === s.country && r.risk === 'high').length,
    medium: results.filter((r) => r.country === s.country && r.risk === 'medium').length,
    low: results.filter((r) => r.country === s.country && r.risk === 'low').length,
  }))
  return { ...report, results, summary }
}
