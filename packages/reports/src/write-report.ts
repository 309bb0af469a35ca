import { writeFileSync } from 'node:fs'
import { extname } from 'node:path'
import { createError, type Plan } from '@chuhai/core'
import { presentPlan } from '@chuhai/core'
import { htmlToPdf } from './html-pdf.js'
import { renderPlanHtml } from './plan-html.js'
import type { ReportLang } from './plan-labels.js'
import { writePlanXlsx } from './plan-xlsx.js'

/** The report formats `--out` accepts, by file extension. */
export const REPORT_EXTENSIONS = ['.html', '.pdf', '.xlsx', '.json'] as const

/**
 * Writes the plan to `out` in the format its extension names. Throws `PLAN_INVALID_INPUT` for
 * another extension (before any work), `REPORT_FAILED` when rendering fails.
 */
export async function writePlanReport(plan: Plan, out: string, lang: ReportLang): Promise<void> {
  const ext = extname(out).toLowerCase()
  switch (ext) {
    case '.html':
      writeFileSync(out, renderPlanHtml(plan, lang))
      return
    case '.pdf':
      await htmlToPdf(renderPlanHtml(plan, lang, true), out)
      return
    case '.xlsx':
      await writePlanXlsx(plan, lang, out)
      return
    case '.json':
      writeFileSync(out, `${JSON.stringify(presentPlan(plan), null, 2)}\n`)
      return
    default:
      throw createError(
        'PLAN_INVALID_INPUT',
        '--out',
        `unknown report format ${JSON.stringify(ext || out)}; use ${REPORT_EXTENSIONS.join(', ')}`,
      )
  }
}

/** Checks `--out`'s extension before any work is done. */
export function checkReportPath(out: string | undefined): void {
  if (
    out !== undefined &&
    !(REPORT_EXTENSIONS as readonly string[]).includes(extname(out).toLowerCase())
  ) {
    throw createError(
      'PLAN_INVALID_INPUT',
      '--out',
      `unknown report format ${JSON.stringify(extname(out) || out)}; use ${REPORT_EXTENSIONS.join(', ')}`,
    )
  }
}
