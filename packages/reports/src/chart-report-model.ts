import {
  FTO_DISCLAIMER,
  type ClaimChart,
  type FtoReport,
  type InvalidityReport,
  type Met,
} from '@chuhai/core/fto'
import { ftoLabels, type FtoReportLang } from './fto-labels.js'

/** One row of a claim chart as every report format prints it. */
export interface ChartRow {
  readonly id: string
  readonly text: string
  readonly met: Met
  readonly metLabel: string
  readonly score: number
  readonly evidence: string
  readonly why: string
}

/** One claim chart. */
export interface ChartTable {
  readonly heading: string
  readonly rows: readonly ChartRow[]
}

/** One patent (or prior-art document) with its facts and charts. */
export interface ReportSection {
  readonly heading: string
  readonly facts: readonly (readonly [string, string])[]
  readonly problem?: string
  readonly charts: readonly ChartTable[]
}

/** A plain table (summary, excluded members, combinations). */
export interface ReportTable {
  readonly heading: string
  readonly head: readonly string[]
  readonly rows: readonly (readonly (string | number)[])[]
}

/**
 * What every report format (HTML, PDF, DOCX, XLSX) renders: built once from an FTO or invalidity
 * result, so that the formats say the same thing.
 */
export interface ChartReportModel {
  readonly lang: FtoReportLang
  readonly title: string
  readonly meta: readonly (readonly [string, string])[]
  readonly product?: {
    readonly heading: string
    readonly text: string
    readonly features: readonly string[]
  }
  readonly tables: readonly ReportTable[]
  readonly sections: readonly ReportSection[]
  readonly trailing: readonly ReportTable[]
  readonly strategy: readonly (readonly [string, string])[]
  readonly sources: readonly string[]
  readonly disclaimer: string
  /** Column heads of a chart, and the headings of the strategy and sources parts. */
  readonly chartHead: readonly string[]
  readonly strategyHeading: string
  readonly sourcesHeading: string
}

/** The column heads of a claim chart. */
export function chartHead(lang: FtoReportLang): string[] {
  const L = ftoLabels(lang)
  return ['#', L.element, L.metHead, L.score, L.evidence, L.why]
}

/** A claim chart as a table of rows. */
export function chartTable(chart: ClaimChart, lang: FtoReportLang): ChartTable {
  const L = ftoLabels(lang)
  return {
    heading: `${L.claim} ${chart.claim} — ${L.coverage} ${Math.round(chart.coverage * 100)}% (${chart.met}/${chart.total})`,
    rows: chart.elements.map((e) => ({
      id: e.id,
      text: e.text,
      met: e.met,
      metLabel: L.met[e.met],
      score: e.score,
      evidence: e.evidence?.text ?? '—',
      why: e.why,
    })),
  }
}

/** The report model of an FTO run. `generated` is the date the report is made. */
export function ftoReportModel(
  report: FtoReport,
  lang: FtoReportLang,
  generated: string,
): ChartReportModel {
  const L = ftoLabels(lang)
  return {
    lang,
    title: L.title,
    meta: [
      [L.asOf, report.asOf],
      [L.countries, report.countries.join(', ')],
      [L.generated, generated],
    ],
    product: {
      heading: report.product.title ? `${L.product}: ${report.product.title}` : L.product,
      text: report.product.description,
      features: report.product.features,
    },
    tables: [
      {
        heading: L.summary,
        head: [L.country, L.risk.high, L.risk.medium, L.risk.low, L.notInForce, L.noMember],
        rows: report.summary.map((s) => [
          s.country,
          s.high,
          s.medium,
          s.low,
          s.excluded,
          s.noMember,
        ]),
      },
    ],
    sections: report.results.map((r) => ({
      heading: `${r.publicationNumber} [${r.country}] — ${L.risk[r.risk]}`,
      facts: [
        ...(r.title ? ([[L.publication, r.title]] as const) : []),
        [L.statusHead, `${L.status[r.status]}${r.term.estimated ? ` (${L.estimated})` : ''}`],
        [L.expiry, r.term.expiry ?? L.expiryUnknown],
        [L.basis, r.term.basis.join('; ')],
        [L.foundVia, `${r.foundVia}${r.route === 'EP' ? ` (${L.route}: EP)` : ''}`],
        [L.score, r.score.toFixed(2)],
      ],
      ...(r.problem ? { problem: r.problem } : {}),
      charts: r.claims.map((c) => chartTable(c, lang)),
    })),
    trailing:
      report.excluded.length > 0
        ? [
            {
              heading: L.excluded,
              head: [L.publication, L.country, L.statusHead, L.expiry, L.basis],
              rows: report.excluded.map((x) => [
                x.publicationNumber,
                x.country,
                L.status[x.status],
                x.term.expiry ?? '—',
                x.term.basis.join('; '),
              ]),
            },
          ]
        : [],
    strategy: [
      ['backend', report.strategy.backend],
      [L.query, report.strategy.expression],
      [L.candidates, `${report.strategy.candidates} / ${report.strategy.searched}`],
      ...(report.strategy.glosser ? ([[L.translation, report.strategy.glosser]] as const) : []),
      ...report.strategy.notes.map((n) => ['note', n] as const),
    ],
    sources: report.sources.map(
      (s) =>
        `${s.name}: ${s.documents} ${L.documents}${s.earliest ? `, ${L.period} ${s.earliest} – ${s.latest ?? ''}` : ''}${
          s.countries ? ` (${s.countries.map((c) => `${c.key} ${c.count}`).join(', ')})` : ''
        }`,
    ),
    disclaimer: lang === 'zh' ? `${L.disclaimer} ${FTO_DISCLAIMER}` : FTO_DISCLAIMER,
    chartHead: chartHead(lang),
    strategyHeading: L.strategy,
    sourcesHeading: L.sources,
  }
}

/** The report model of an invalidity search. */
export function invalidityReportModel(
  report: InvalidityReport,
  lang: FtoReportLang,
  generated: string,
): ChartReportModel {
  const L = ftoLabels(lang)
  return {
    lang,
    title: L.invalidityTitle,
    meta: [
      [
        L.asserted,
        `${report.asserted.id ?? '—'}${report.asserted.title ? ` (${report.asserted.title})` : ''}`,
      ],
      [L.priorityDate, report.asserted.priorityDate],
      [L.claim, report.claims.join(', ')],
      [L.generated, generated],
    ],
    tables: [
      {
        heading: L.priorArt,
        head: [L.publication, 'date', L.coverage, L.score, 'anticipates'],
        rows: report.results.map((r) => [
          r.publicationNumber,
          r.date ?? '—',
          r.coverage,
          r.score,
          r.anticipates ? 'yes' : 'no',
        ]),
      },
    ],
    sections: report.results.map((r) => ({
      heading: `${r.publicationNumber} — ${L.coverage} ${Math.round(r.coverage * 100)}%`,
      facts: [...(r.title ? ([[L.publication, r.title]] as const) : []), ['date', r.date ?? '—']],
      charts: r.claims.map((c) => chartTable(c, lang)),
    })),
    trailing: [
      {
        heading: L.combinations,
        head: [L.claim, 'primary', 'elements', 'secondary', 'elements', L.score],
        rows: report.combinations.map((c) => [
          c.claim,
          c.primary,
          c.fromPrimary.join(', '),
          c.secondary,
          c.fromSecondary.join(', '),
          c.score,
        ]),
      },
    ],
    strategy: [
      ['backend', report.strategy.backend],
      [L.query, report.strategy.expression],
      ['published before', report.strategy.before],
      [L.candidates, `${report.strategy.candidates} / ${report.strategy.searched}`],
    ],
    sources: report.sources.map(
      (s) =>
        `${s.name}: ${s.documents} ${L.documents}${s.earliest ? `, ${L.period} ${s.earliest} – ${s.latest ?? ''}` : ''}`,
    ),
    disclaimer: lang === 'zh' ? `${L.disclaimer} ${FTO_DISCLAIMER}` : FTO_DISCLAIMER,
    chartHead: chartHead(lang),
    strategyHeading: L.strategy,
    sourcesHeading: L.sources,
  }
}
