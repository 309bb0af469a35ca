import type { ChartReportModel } from './chart-report-model.js'

type Cell = string | number

/** The report as sheets of rows (pure): summary, one "charts" sheet with every row, strategy and sources. */
export function chartReportSheets(
  model: ChartReportModel,
): { name: string; head: string[]; rows: Cell[][] }[] {
  const summary = model.tables[0]
  return [
    {
      name: 'summary',
      head: [...(summary?.head ?? ['', ''])],
      rows: [
        ...(summary?.rows.map((r) => [...r]) ?? []),
        [],
        ...model.meta.map(([k, v]) => [k, v]),
        [],
        [model.disclaimer],
      ],
    },
    {
      name: 'charts',
      head: ['publication', 'facts', 'claim', ...model.chartHead],
      rows: model.sections.flatMap((s) => {
        const facts = s.facts.map(([k, v]) => `${k}: ${v}`).join(' | ')
        if (s.charts.length === 0) {
          return [[s.heading, facts, '', '', s.problem ?? '', '', '', '', '']]
        }
        return s.charts.flatMap((c) =>
          c.rows.map((r) => [
            s.heading,
            facts,
            c.heading,
            r.id,
            r.text,
            r.metLabel,
            r.score,
            r.evidence,
            r.why,
          ]),
        )
      }),
    },
    ...model.trailing.map((t, i) => ({
      name: `table ${i + 1}`,
      head: [...t.head],
      rows: t.rows.map((r) => [...r]),
    })),
    {
      name: 'strategy',
      head: [model.strategyHeading, ''],
      rows: [
        ...model.strategy.map(([k, v]) => [k, v]),
        [],
        [model.sourcesHeading],
        ...model.sources.map((s) => [s]),
      ],
    },
  ]
}

/** Writes the report as an XLSX workbook (exceljs, as the filing plan does). */
export async function writeChartReportXlsx(model: ChartReportModel, out: string): Promise<void> {
  const { default: ExcelJS } = await import('exceljs')
  const wb = new ExcelJS.Workbook()
  wb.creator = 'chuhai'
  for (const sheet of chartReportSheets(model)) {
    const ws = wb.addWorksheet(sheet.name)
    ws.addRow(sheet.head).font = { bold: true }
    sheet.rows.forEach((row) => ws.addRow(row))
    ws.columns.forEach((col) => {
      col.width = 24
      col.alignment = { wrapText: true, vertical: 'top' }
    })
    ws.views = [{ state: 'frozen', ySplit: 1 }]
  }
  await wb.xlsx.writeFile(out)
}
