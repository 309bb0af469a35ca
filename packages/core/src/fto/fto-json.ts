import type { FtoReport } from './fto-run.js'

/** The not-legal-advice statement every FTO output carries. */
export const FTO_DISCLAIMER =
  'Automated search and claim-charting aid; not legal advice and not a freedom-to-operate opinion. ' +
  'Statuses are estimates from the data in the store; a patent attorney must review every chart.'

/**
 * The JSON of `chuhai fto --json`: `{"results": [{"publication_number", "country", "status",
 * "expiry", "risk", "claims": [{"number", "coverage", "elements": [{"text", "met", "evidence",
 * "score"}]}]}]}` ordered by risk then score, with what a reviewer needs beside it (the status
 * basis, each element's id and why, the excluded members, the per-country summary, the search
 * strategy and the data sources).
 */
export function ftoJson(report: FtoReport): unknown {
  return {
    as_of: report.asOf,
    countries: report.countries,
    results: report.results.map((r) => ({
      publication_number: r.publicationNumber,
      country: r.country,
      ...(r.title ? { title: r.title } : {}),
      status: r.status,
      status_estimated: r.term.estimated,
      ...(r.term.source ? { status_source: r.term.source } : {}),
      status_basis: r.term.basis,
      expiry: r.term.expiry ?? null,
      risk: r.risk,
      score: r.score,
      route: r.route,
      found_via: r.foundVia,
      ...(r.problem ? { problem: r.problem } : {}),
      claims: r.claims.map((c) => ({
        number: c.claim,
        coverage: c.coverage,
        score: c.score,
        met: c.met,
        total: c.total,
        elements: c.elements.map((e) => ({
          id: e.id,
          kind: e.kind,
          ...(e.limits ? { limits: e.limits } : {}),
          text: e.text,
          met: e.met,
          evidence: e.evidence?.text ?? null,
          ...(e.evidence ? { evidence_field: e.evidence.field } : {}),
          score: e.score,
          why: e.why,
          matched: e.matched,
        })),
      })),
    })),
    excluded: report.excluded.map((x) => ({
      publication_number: x.publicationNumber,
      country: x.country,
      status: x.status,
      expiry: x.term.expiry ?? null,
      status_estimated: x.term.estimated,
      ...(x.term.source ? { status_source: x.term.source } : {}),
      status_basis: x.term.basis,
    })),
    summary: report.summary.map((s) => ({
      country: s.country,
      high: s.high,
      medium: s.medium,
      low: s.low,
      not_in_force: s.excluded,
      candidates_without_member: s.noMember,
    })),
    search_strategy: {
      backend: report.strategy.backend,
      expression: report.strategy.expression,
      concepts: report.strategy.query.concepts.map((c) => ({
        forms: c.forms.map((f) => f.text),
        weight: c.weight,
        source: c.source,
        ...(c.origin ? { origin: c.origin } : {}),
      })),
      candidates: report.strategy.candidates,
      searched: report.strategy.searched,
      ...(report.strategy.glosser ? { translation: report.strategy.glosser } : {}),
      notes: report.strategy.notes,
    },
    data_sources: report.sources,
    disclaimer: FTO_DISCLAIMER,
  }
}
