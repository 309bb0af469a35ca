import type { ChartReportModel, ChartTable, ReportTable } from './chart-report-model.js'

/**
 * The report as a Word document (npm `docx`, loaded only here): headings, fact tables and one
 * table per claim chart with the columns attorneys edit (element, met, score, evidence, why).
 */
export async function chartReportDocx(model: ChartReportModel): Promise<Buffer> {
  const d = await import('docx')
  const {
    Document,
    HeadingLevel,
    Packer,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType,
    ShadingType,
  } = d
  const font = model.lang === 'zh' ? 'Microsoft YaHei' : 'Calibri'
  const text = (
    value: string | number,
    bold = false,
    color?: string,
  ): InstanceType<typeof Paragraph> =>
    new Paragraph({
      children: [
        new TextRun({ text: String(value), bold, font, size: 18, ...(color ? { color } : {}) }),
      ],
    })
  const cell = (
    value: string | number,
    options: { bold?: boolean; color?: string; shade?: boolean } = {},
  ) =>
    new TableCell({
      children: [text(value, options.bold ?? false, options.color)],
      ...(options.shade
        ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } }
        : {}),
    })
  const grid = (head: readonly string[], rows: readonly (readonly (string | number)[])[]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: head.map((h) => cell(h, { bold: true, shade: true })),
        }),
        ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
      ],
    })
  const heading = (value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
    new Paragraph({ heading: level, children: [new TextRun({ text: value, font })] })
  const color = { yes: 'CF222E', partly: 'BF8700', no: '1A7F37' } as const
  const chart = (c: ChartTable) => [
    heading(c.heading, HeadingLevel.HEADING_3),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: model.chartHead.map((h) => cell(h, { bold: true, shade: true })),
        }),
        ...c.rows.map(
          (r) =>
            new TableRow({
              children: [
                cell(r.id),
                cell(r.text),
                cell(r.metLabel, { bold: true, color: color[r.met] }),
                cell(r.score.toFixed(2)),
                cell(r.evidence),
                cell(r.why),
              ],
            }),
        ),
      ],
    }),
  ]
  const table = (t: ReportTable) => [
    heading(t.heading, HeadingLevel.HEADING_2),
    grid(t.head, t.rows),
  ]
  const disclaimer = new Paragraph({
    children: [
      new TextRun({ text: model.disclaimer, bold: true, color: 'CF222E', font, size: 18 }),
    ],
  })
  const children = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: model.title, font })],
    }),
    text(model.meta.map(([k, v]) => `${k}: ${v}`).join(' · ')),
    disclaimer,
    ...(model.product
      ? [
          heading(model.product.heading, HeadingLevel.HEADING_2),
          text(model.product.text),
          ...model.product.features.map(
            (f) =>
              new Paragraph({
                bullet: { level: 0 },
                children: [new TextRun({ text: f, font, size: 18 })],
              }),
          ),
        ]
      : []),
    ...model.tables.flatMap(table),
    ...model.sections.flatMap((s) => [
      heading(s.heading, HeadingLevel.HEADING_2),
      grid(['', ''], s.facts),
      ...(s.problem ? [text(s.problem, true, 'BF8700')] : []),
      ...s.charts.flatMap(chart),
    ]),
    ...model.trailing.flatMap(table),
    heading(model.strategyHeading, HeadingLevel.HEADING_2),
    grid(['', ''], model.strategy),
    heading(model.sourcesHeading, HeadingLevel.HEADING_2),
    ...model.sources.map((s) => text(s)),
    disclaimer,
  ]
  const doc = new Document({
    creator: 'chuhai',
    title: model.title,
    description: model.disclaimer,
    sections: [{ properties: {}, children }],
  })
  return Packer.toBuffer(doc)
}
