import type { DeadlineEvent, DeadlineReport, FactStatus, KnowledgeBase } from '@chuhai/core'

/** Output language of the table. */
export type TableLang = 'en' | 'zh'

const LABELS = {
  en: {
    title: (p: string, v: string) => `Deadlines for priority date ${p} (rules ${v})`,
    head: ['DUE', 'RAW', 'OFFICE', 'EVENT', 'STATUS', 'DAYS LEFT'],
    basis: 'basis',
    notes: 'notes',
    warnings: 'Warnings',
    none: 'no deadlines',
  },
  zh: {
    title: (p: string, v: string) => `优先权日 ${p} 的期限（规则版本 ${v}）`,
    head: ['到期日', '原始期限', '局', '事件', '状态', '剩余天数'],
    basis: '法律依据',
    notes: '说明',
    warnings: '警告',
    none: '无期限',
  },
} as const

const EVENTS_ZH: Record<DeadlineEvent, string> = {
  paris_priority: '巴黎公约优先权',
  pct_filing: 'PCT 国际申请',
  pct_publication: 'PCT 国际公布',
  pct_demand: '国际初步审查要求',
  national_phase: '进入国家阶段',
  national_phase_late: '延迟进入国家阶段',
  exam_request: '实质审查请求',
}

const STATUS_ZH: Record<FactStatus, string> = {
  verified: '已核实',
  secondary: '二手来源',
  unverified: '未核实',
}

/** Display width: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0
  for (const ch of s) {
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1
  }
  return w
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)))
}

/** A readable table of a deadline report, with basis and notes per row and the warnings. */
export function renderDeadlineTable(
  report: DeadlineReport,
  priorityDate: string,
  kb: KnowledgeBase,
  lang: TableLang,
): string {
  const t = LABELS[lang]
  const rows = report.deadlines.map((d) => [
    d.due,
    d.rawDue === d.due ? '' : d.rawDue,
    lang === 'zh' ? `${d.office} ${kb.office(d.office).name.zh}` : d.office,
    lang === 'zh' ? EVENTS_ZH[d.event] : d.event,
    lang === 'zh' ? STATUS_ZH[d.status] : d.status,
    String(d.daysLeft),
  ])
  const widths = t.head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))))
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]!))
      .join('  ')
      .trimEnd()
  const out = [t.title(priorityDate, report.rulesVersion), '', line(t.head)]
  report.deadlines.forEach((d, i) => {
    out.push(line(rows[i]!))
    out.push(`    ${t.basis}: ${d.basis}`)
    for (const note of d.notes) {
      out.push(`    - ${note}`)
    }
  })
  if (report.deadlines.length === 0) {
    out.push(t.none)
  }
  if (report.warnings.length > 0) {
    out.push('', `${t.warnings}:`, ...report.warnings.map((w) => `  ! ${w}`))
  }
  return `${out.join('\n')}\n`
}
