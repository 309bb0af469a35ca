import type { Plan } from '@chuhai/core'
import { planLabels } from './plan-labels-data.js'
import type { ReportLang } from './plan-labels.js'
import { cumulativeSeries } from './svg-cost-charts.js'

type Cell = string | number | boolean | null
type Sheet = { name: string; head: string[]; rows: Cell[][] }

const r2 = (n: number): number => Math.round(n * 100) / 100

function costHead(l: ReturnType<typeof planLabels>): string[] {
  const [date, office, category, item, amount, original, status, source] = l.detailHead
  return [
    l.routeHead[0]!,
    l.markets,
    'EP',
    office!,
    date!,
    category!,
    item!,
    amount!,
    original!,
    'currency',
    'as of',
    status!,
    source!,
    l.estimated,
  ]
}

/** The plan as sheets of rows (pure), for `writePlanXlsx` and tests. */
export function planSheets(plan: Plan, lang: ReportLang): Sheet[] {
  const l = planLabels(lang)
  const inv = plan.invention
  const summary: Cell[][] = [
    [l.title, inv.title],
    [l.priority, `${inv.priorityDate} (${plan.priorityOffice})`],
    [l.markets, plan.markets.join(', ')],
    ['EP', plan.epStates.join(', ')],
    [l.currency, plan.currency],
    [l.rates(plan.rates.asOf, l.status[plan.rates.status]), plan.rates.source],
    [l.rules, plan.rulesVersion],
    [l.generated, plan.today],
    ['status', l.status[plan.status]],
    ...plan.unverified.map((u): Cell[] => [l.status.unverified, u]),
    ...plan.warnings.map((w): Cell[] => [l.warnings, w]),
  ]
  const scores = plan.scores.map((s): Cell[] => [
    s.rank,
    s.office,
    r2(s.total),
    l.recommendation[s.recommendation],
    ...s.factors.flatMap((f): Cell[] => [
      f.value === undefined ? null : r2(f.value),
      r2(f.score),
      l.status[f.status],
      f.source,
    ]),
  ])
  const factorHead =
    plan.scores[0]?.factors.flatMap((f) => [
      l.factor[f.factor],
      `${l.factor[f.factor]} score`,
      'status',
      'source',
    ]) ?? []
  const routes = plan.routes.flatMap((r) =>
    (['classic', 'unitary'] as const).map((m): Cell[] => [
      l.route[r.route],
      l.epMode[m],
      r2(r.totals[m]),
      l.status[r.status],
    ]),
  )
  const timeline = plan.routes.flatMap((r) =>
    r.timeline.map((e): Cell[] => [
      e.date,
      l.route[e.route],
      e.office,
      l.event[e.event],
      e.kind,
      r2(e.amount),
      l.status[e.status],
      e.basis,
      e.estimated,
    ]),
  )
  const costs = plan.routes.flatMap((r) =>
    [
      ...r.shared.map((x) => ({ c: 'WO', m: '', x })),
      ...r.countries.flatMap((c) => c.lines.map((x) => ({ c: c.office, m: c.epMode ?? '', x }))),
    ].map(({ c, m, x }): Cell[] => [
      l.route[r.route],
      c,
      m,
      x.office,
      x.date,
      l.category[x.category],
      x.label,
      r2(x.amount),
      r2(x.original.value),
      x.original.currency,
      x.original.asOf,
      l.status[x.status],
      x.source,
      x.estimated,
    ]),
  )
  const series = cumulativeSeries(plan)
  const years = (series[0]?.values ?? []).map((_, i): Cell[] => [
    i,
    ...series.map((s) => r2(s.values[i]!)),
  ])
  return [
    { name: 'Summary', head: ['', ''], rows: summary },
    {
      name: 'Scores',
      head: ['#', 'office', 'score', 'recommendation', ...factorHead],
      rows: scores,
    },
    { name: 'Routes', head: [...l.routeHead.slice(0, 3), 'status'], rows: routes },
    {
      name: 'Timeline',
      head: [
        ...l.eventHead.slice(0, 4),
        'kind',
        l.eventHead[4]!,
        l.eventHead[5]!,
        l.eventHead[6]!,
        l.estimated,
      ],
      rows: timeline,
    },
    { name: 'Costs', head: costHead(l), rows: costs },
    { name: 'Cumulative', head: [l.year, ...series.map((s) => s.name)], rows: years },
  ]
}

/** Writes the plan as an XLSX workbook (exceljs, loaded only here). */
export async function writePlanXlsx(plan: Plan, lang: ReportLang, out: string): Promise<void> {
  const { default: ExcelJS } = await import('exceljs')
  const wb = new ExcelJS.Workbook()
  wb.creator = 'chuhai'
  for (const sheet of planSheets(plan, lang)) {
    const ws = wb.addWorksheet(sheet.name)
    ws.addRow(sheet.head).font = { bold: true }
    sheet.rows.forEach((row) => ws.addRow(row))
    ws.columns.forEach((col) => {
      col.width = 18
    })
    ws.views = [{ state: 'frozen', ySplit: 1 }]
  }
  await wb.xlsx.writeFile(out)
}
