import type { FtoReport } from '@chuhai/core/fto'
import { FTO_DISCLAIMER } from '@chuhai/core/fto'
import { ftoLabels, type FtoReportLang } from '@chuhai/reports/fto-labels'

/** An FTO report as terminal text: summary per country, then each result with its best claim's chart. */
export function renderFtoText(report: FtoReport, lang: FtoReportLang): string {
  const L = ftoLabels(lang)
  const out: string[] = []
  out.push(`${L.title} — ${L.asOf} ${report.asOf}; ${L.countries}: ${report.countries.join(', ')}`)
  out.push('')
  out.push(`${L.summary}:`)
  for (const s of report.summary) {
    out.push(
      `  ${s.country}: ${L.risk.high} ${s.high}, ${L.risk.medium} ${s.medium}, ${L.risk.low} ${s.low}; ${L.notInForce} ${s.excluded}; ${L.noMember} ${s.noMember}`,
    )
  }
  for (const r of report.results) {
    out.push('')
    const expiry = r.term.expiry
      ? `${L.expiry} ${r.term.expiry}${r.term.estimated ? ` (${L.estimated})` : ''}`
      : L.expiryUnknown
    out.push(
      `${r.publicationNumber} [${r.country}] ${L.risk[r.risk]} — ${L.status[r.status]}, ${expiry}${r.title ? ` — ${r.title}` : ''}`,
    )
    if (r.problem) {
      out.push(`  ${L.problem}: ${r.problem}`)
    }
    for (const c of r.claims.slice(0, 1)) {
      out.push(
        `  ${L.claim} ${c.claim}: ${L.coverage} ${Math.round(c.coverage * 100)}% (${c.met}/${c.total})`,
      )
      for (const e of c.elements) {
        const mark = e.met === 'yes' ? '✔' : e.met === 'partly' ? '◐' : '✘'
        out.push(`    ${mark} ${e.id.padEnd(5)} ${truncate(e.text, 90)}`)
        if (e.evidence) {
          out.push(`          ${L.evidence}: ${truncate(e.evidence.text, 110)}`)
        }
      }
    }
    if (r.claims.length > 1) {
      out.push(
        `  ${L.otherClaims}: ${r.claims
          .slice(1)
          .map((c) => `${c.claim} (${Math.round(c.coverage * 100)}%)`)
          .join(', ')}`,
      )
    }
  }
  if (report.results.length === 0) {
    out.push('')
    out.push(L.noResults)
  }
  out.push('')
  out.push(
    `${L.strategy}: ${report.strategy.backend}; ${report.strategy.candidates}/${report.strategy.searched} ${L.candidates}`,
  )
  out.push(`  ${report.strategy.expression}`)
  for (const n of report.strategy.notes) {
    out.push(`  ${n}`)
  }
  out.push('')
  out.push(lang === 'zh' ? L.disclaimer : FTO_DISCLAIMER)
  return `${out.join('\n')}\n`
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
