import {
  DOCKET_KIND_LABELS,
  type AnnuityForecast,
  type DocketDeadline,
  type Matter,
} from '@chuhai/core'
import { amount } from '@chuhai/reports/format'

/** A table of docket deadlines: due date, days left, office, matter, what, status, basis. */
export function renderDocketTable(
  deadlines: readonly DocketDeadline[],
  matters: readonly Matter[],
  lang: 'en' | 'zh',
  warnings: readonly string[],
): string {
  const titles = new Map(matters.map((m) => [m.id, m.title]))
  const head =
    lang === 'zh'
      ? ['到期日', '剩余天数', '局', '案件', '期限', '状态']
      : ['DUE', 'DAYS', 'OFFICE', 'MATTER', 'DEADLINE', 'STATUS']
  const rows = deadlines.map((d) => [
    d.due + (d.estimated ? '*' : ''),
    String(d.daysLeft),
    d.office,
    d.matterId,
    DOCKET_KIND_LABELS[lang][d.kind] + (d.done ? (lang === 'zh' ? '（已完成）' : ' (done)') : ''),
    d.status,
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const fmt = (r: readonly string[]): string =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  const out = [fmt(head)]
  deadlines.forEach((d, i) => {
    out.push(fmt(rows[i]!))
    out.push(`    ${titles.get(d.matterId) ?? ''} — ${d.basis}`)
  })
  if (deadlines.length === 0) {
    out.push(lang === 'zh' ? '（无期限）' : '(no deadlines)')
  }
  if (warnings.length > 0) {
    out.push('', lang === 'zh' ? '警告：' : 'Warnings:', ...warnings.map((w) => `  - ${w}`))
  }
  out.push('', lang === 'zh' ? '* 估计日期' : '* estimated date')
  return `${out.join('\n')}\n`
}

/** The annuity forecast per year, with its items. */
export function renderForecast(f: AnnuityForecast): string {
  const out = [`Annuity forecast in ${f.currency} (rates of ${f.rateAsOf}; status ${f.status})`]
  for (const y of f.years) {
    out.push(`${y.year}  ${amount(y.total, f.currency)}`)
    for (const x of y.items) {
      const orig = `${x.original.value} ${x.original.currency}`
      out.push(
        `    ${x.due}${x.estimated ? '*' : ' '} ${x.office.padEnd(3)} ${x.matterId.padEnd(8)} ${x.period.padEnd(15)} ${amount(x.amount, f.currency).padStart(14)}  (${orig}, ${x.status})`,
      )
    }
  }
  out.push(`total ${amount(f.total, f.currency)}`)
  if (f.warnings.length > 0) {
    out.push('Warnings:', ...f.warnings.map((w) => `  - ${w}`))
  }
  return `${out.join('\n')}\n`
}
