import { writeFileSync } from 'node:fs'
import { extname } from 'node:path'
import { createError } from '@chuhai/core/ingest'
import { ftoJson, type FtoReport } from '@chuhai/core/fto'
import { chartReportDocx } from './chart-report-docx.js'
import { renderChartReportHtml } from './chart-report-html.js'
import { ftoReportModel, type ChartReportModel } from './chart-report-model.js'
import { writeChartReportXlsx } from './chart-report-xlsx.js'
import type { FtoReportLang } from './fto-labels.js'
import { htmlToPdf } from './html-pdf.js'

export type { FtoReportLang } from './fto-labels.js'

/** The formats `chuhai fto --out` and `chuhai invalidity --out` write, by extension. */
export const FTO_REPORT_EXTENSIONS = ['.html', '.pdf', '.docx', '.xlsx', '.json'] as const

/** Checks `--out`'s extension before any work is done. */
export function checkFtoReportPath(out: string | undefined): void {
  if (
    out !== undefined &&
    !(FTO_REPORT_EXTENSIONS as readonly string[]).includes(extname(out).toLowerCase())
  ) {
    throw createError(
      'FTO_INVALID_INPUT',
      '--out',
      `unknown report format ${JSON.stringify(extname(out) || out)}; use ${FTO_REPORT_EXTENSIONS.join(', ')}`,
    )
  }
}

/** Writes a chart report model in the format `out`'s extension names (JSON: `json`). */
export async function writeChartReport(
  model: ChartReportModel,
  out: string,
  json: unknown,
): Promise<void> {
  switch (extname(out).toLowerCase()) {
    case '.html':
      writeFileSync(out, renderChartReportHtml(model))
      return
    case '.pdf':
      await htmlToPdf(renderChartReportHtml(model), out)
      return
    case '.docx':
      writeFileSync(out, await chartReportDocx(model))
      return
    case '.xlsx':
      await writeChartReportXlsx(model, out)
      return
    default:
      writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`)
  }
}

/** Writes an FTO report. */
export async function writeFtoReport(
  report: FtoReport,
  out: string,
  lang: FtoReportLang,
): Promise<void> {
  const generated = new Date().toISOString().slice(0, 10)
  await writeChartReport(ftoReportModel(report, lang, generated), out, ftoJson(report))
}
