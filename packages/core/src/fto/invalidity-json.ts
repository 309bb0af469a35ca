import { FTO_DISCLAIMER } from './fto-json.js'
import type { InvalidityReport } from './invalidity.js'

/** The JSON of `chuhai invalidity --json`. */
export function invalidityJson(report: InvalidityReport): unknown {
  return {
    asserted: {
      ...(report.asserted.id ? { publication_number: report.asserted.id } : {}),
      ...(report.asserted.title ? { title: report.asserted.title } : {}),
      priority_date: report.asserted.priorityDate,
      claims: report.claims,
    },
    results: report.results.map((r) => ({
      publication_number: r.publicationNumber,
      ...(r.title ? { title: r.title } : {}),
      date: r.date ?? null,
      coverage: r.coverage,
      score: r.score,
      anticipates: r.anticipates,
      claims: r.claims.map((c) => ({
        number: c.claim,
        coverage: c.coverage,
        score: c.score,
        met: c.met,
        total: c.total,
        elements: c.elements.map((e) => ({
          id: e.id,
          kind: e.kind,
          text: e.text,
          met: e.met,
          evidence: e.evidence?.text ?? null,
          ...(e.evidence ? { evidence_field: e.evidence.field } : {}),
          score: e.score,
          why: e.why,
        })),
      })),
    })),
    combinations: report.combinations.map((c) => ({
      claim: c.claim,
      primary: c.primary,
      secondary: c.secondary,
      from_primary: c.fromPrimary,
      from_secondary: c.fromSecondary,
      score: c.score,
    })),
    search_strategy: {
      backend: report.strategy.backend,
      expression: report.strategy.expression,
      published_before: report.strategy.before,
      candidates: report.strategy.candidates,
      searched: report.strategy.searched,
    },
    data_sources: report.sources,
    disclaimer: FTO_DISCLAIMER.replace('freedom-to-operate', 'validity'),
  }
}
