import { writeFileSync } from 'node:fs'
import { extname } from 'node:path'
import { createError, type Landscape } from '@chuhai/core/monitor'
import { withOfflinePage } from '@chuhai/reports/html-pdf'
import { landscapeCharts } from './landscape-charts.js'
import { renderLandscapeHtml } from './landscape-html.js'
import { landscapeCsv, landscapeTables } from './landscape-tabular.js'

/** Formats `chuhai landscape --out` writes, by extension. */
export const LANDSCAPE_EXTENSIONS = ['.html', '.svg', '.png', '.csv', '.xlsx', '.json'] as const

/**
 * Writes the landscape in the format of `out`'s extension. `.svg` is every chart stacked in one
 * SVG document; `.png` is the HTML report rendered by headless Chromium.
 */
export async function writeLandscape(l: Landscape, out: string): Promise<void> {
  const ext = extname(out).toLowerCase()
  const now = new Date().toISOString()
  switch (ext) {
    case '.html':
      writeFileSync(out, renderLandscapeHtml(l, now))
      return
    case '.svg':
      writeFileSync(out, stackSvg(landscapeCharts(l).map((c) => c.svg)))
      return
    case '.csv':
      writeFileSync(out, landscapeCsv(l))
      return
    case '.json':
      writeFileSync(out, `${JSON.stringify(l, null, 2)}\n`)
      return
    case '.xlsx':
      await writeXlsx(l, out)
      return
    case '.png':
      await writePng(renderLandscapeHtml(l, now), out)
      return
    default:
      throw createError(
        'USAGE',
        `--out: unknown format ${JSON.stringify(ext || out)}; use ${LANDSCAPE_EXTENSIONS.join(', ')}`,
      )
  }
}

/** Stacks chart SVGs vertically into one SVG document (nested <svg> elements keep their own viewBox). */
function stackSvg(charts: readonly string[]): string {
  let y = 0
  let width = 0
  const parts = charts.map((svg) => {
    const w = Number(/width="(\d+)"/.exec(svg)?.[1] ?? 800)
    const h = Number(/height="(\d+)"/.exec(svg)?.[1] ?? 400)
    const placed = svg.replace('<svg ', `<svg x="0" y="${y}" `)
    y += h + 16
    width = Math.max(width, w)
    return placed
  })
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}">
${parts.join('\n')}
</svg>
`
}

async function writeXlsx(l: Landscape, out: string): Promise<void> {
  const { default: ExcelJS } = await import('exceljs')
  const book = new ExcelJS.Workbook()
  book.creator = 'Chuhai'
  for (const t of landscapeTables(l)) {
    const sheet = book.addWorksheet(t.name.slice(0, 31))
    sheet.addRow(t.head).font = { bold: true }
    for (const row of t.rows) {
      sheet.addRow(row)
    }
  }
  await book.xlsx.writeFile(out)
}

async function writePng(html: string, out: string): Promise<void> {
  await withOfflinePage(
    html,
    'no Chromium for PNG: install chromium or write --out FILE.svg/.html',
    async (page) => {
      await page.screenshot({ path: out, fullPage: true })
    },
    { width: 1000, height: 800 },
  )
}
