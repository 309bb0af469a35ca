import type { InvalidityReport } from '@chuhai/core/fto'
import { ftoLabels, type FtoReportLang } from '@chuhai/reports/fto-labels'

/** An invalidity result as terminal text. */
export function renderInvalidityText(report: InvalidityReport, lang: FtoReportLang): string {
  const L = ftoLabels(lang)
  const out: string[] = []
  const who = report.asserted.id ?? 'pasted claims'
  out.push(
    `${L.invalidityTitle} — ${L.asserted} ${who}${report.asserted.title ? ` (${report.asserted.title})` : ''}, ${L.priorityDate} ${report.asserted.priorityDate}`,
  )
  out.push(`${L.claim} ${report.claims.join(', ')}`)
  for (const r of report.results) {
    out.push('')
    out.push(
      `${r.publicationNumber} (${r.date ?? '?'}) ${L.coverage} ${Math.round(r.coverage * 100)}%${r.anticipates ? ' — ANTICIPATES' : ''}${r.title ? ` — ${r.title}` : ''}`,
    )
    const best = [...r.claims].sort((a, b) => b.coverage - a.coverage)[0]
    for (const e of best?.elements ?? []) {
      const mark = e.met === 'yes' ? '✔' : e.met === 'partly' ? '◐' : '✘'
      out.push(
        `    ${mark} ${e.id.padEnd(5)} ${e.text.length > 90 ? `${e.text.slice(0, 89)}…` : e.text}`,
      )
    }
  }
  if (report.combinations.length > 0) {
    out.push('')
    out.push(`${L.combinations}:`)
    for (const c of report.combinations) {
      out.push(
        `  ${L.claim} ${c.claim}: ${c.primary} (${c.fromPrimary.join(', ')}) + ${c.secondary} (${c.fromSecondary.join(', ')})`,
      )
    }
  }
  out.push('')
  out.push(
    `${L.strategy}: ${report.strategy.backend}; < ${report.strategy.before}; ${report.strategy.candidates}/${report.strategy.searched}`,
  )
  out.push(`  ${report.strategy.expression}`)
  out.push('')
  out.push(L.disclaimer)
  return `${out.join('\n')}\n`
}
