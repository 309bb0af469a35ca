import type { ChartReportModel, ChartTable, ReportTable } from './chart-report-model.js'

const MET_COLOR = { yes: '#cf222e', partly: '#bf8700', no: '#1a7f37' } as const

const STYLE = `body{font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC',-apple-system,'Segoe UI',Arial,sans-serif;color:#24292f;margin:24px auto;max-width:1100px;padding:0 16px;font-size:13px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}h3{font-size:14px;margin:14px 0 6px}
table{border-collapse:collapse;width:100%;margin:6px 0 12px}th,td{border:1px solid #d0d7de;padding:4px 6px;vertical-align:top;text-align:left}th{background:#f6f8fa}
.meta{color:#57606a}.disclaimer{border:1px solid #cf222e;background:#ffebe9;padding:8px 12px;border-radius:6px;margin:12px 0}
.problem{border:1px solid #bf8700;background:#fff8c5;padding:6px 10px;border-radius:6px}.met{font-weight:bold}
section{page-break-inside:auto}tr{page-break-inside:avoid}@media print{body{margin:0}h2{page-break-after:avoid}}`

function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`)
}

function table(t: ReportTable): string {
  return `<h2>${esc(t.heading)}</h2><table><thead><tr>${t.head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${t.rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`
}

function chart(c: ChartTable, head: readonly string[]): string {
  return `<h3>${esc(c.heading)}</h3><table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${c.rows
    .map(
      (r) =>
        `<tr><td>${esc(r.id)}</td><td>${esc(r.text)}</td><td class="met" style="color:${MET_COLOR[r.met]}">${esc(r.metLabel)}</td><td>${r.score.toFixed(2)}</td><td>${esc(r.evidence)}</td><td>${esc(r.why)}</td></tr>`,
    )
    .join('')}</tbody></table>`
}

/** The report as one self-contained HTML page (no external resources), also the PDF's source. */
export function renderChartReportHtml(model: ChartReportModel): string {
  const parts: string[] = []
  parts.push(`<h1>${esc(model.title)}</h1>`)
  parts.push(
    `<p class="meta">${model.meta.map(([k, v]) => `${esc(k)}: <b>${esc(v)}</b>`).join(' · ')}</p>`,
  )
  parts.push(`<div class="disclaimer">${esc(model.disclaimer)}</div>`)
  if (model.product) {
    parts.push(`<h2>${esc(model.product.heading)}</h2><p>${esc(model.product.text)}</p>`)
    if (model.product.features.length > 0) {
      parts.push(`<ul>${model.product.features.map((f) => `<li>${esc(f)}</li>`).join('')}</ul>`)
    }
  }
  model.tables.forEach((t) => parts.push(table(t)))
  for (const s of model.sections) {
    parts.push(`<section><h2>${esc(s.heading)}</h2>`)
    parts.push(
      `<table>${s.facts.map(([k, v]) => `<tr><th style="width:18%">${esc(k)}</th><td>${esc(v)}</td></tr>`).join('')}</table>`,
    )
    if (s.problem) {
      parts.push(`<p class="problem">${esc(s.problem)}</p>`)
    }
    s.charts.forEach((c) => parts.push(chart(c, model.chartHead)))
    parts.push('</section>')
  }
  model.trailing.forEach((t) => parts.push(table(t)))
  parts.push(
    `<h2>${esc(model.strategyHeading)}</h2><table>${model.strategy
      .map(([k, v]) => `<tr><th style="width:18%">${esc(k)}</th><td>${esc(v)}</td></tr>`)
      .join('')}</table>`,
  )
  parts.push(
    `<h2>${esc(model.sourcesHeading)}</h2><ul>${model.sources.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>`,
  )
  parts.push(`<div class="disclaimer">${esc(model.disclaimer)}</div>`)
  return `<!DOCTYPE html><html lang="${model.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${esc(model.title)}</title><meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head><body>${parts.join('\n')}</body></html>\n`
}
