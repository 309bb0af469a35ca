import type { Landscape } from '@chuhai/core/monitor'
import { esc } from '@chuhai/reports/format'
import { landscapeCharts } from './landscape-charts.js'

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  if (rows.length === 0) {
    return '<p class="none">none</p>'
  }
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>
${rows.map((r) => `<tr>${r.map((c) => `<td${typeof c === 'number' ? ' class="n"' : ''}>${esc(String(c))}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>`
}

/** A self-contained HTML landscape report: inline SVG charts and tables, no external resource. */
export function renderLandscapeHtml(l: Landscape, generatedAt: string): string {
  const filter = Object.entries(l.filter)
    .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
    .join('; ')
  const charts = landscapeCharts(l)
    .map((c) => `<figure id="${c.id}">${c.svg}</figure>`)
    .join('\n')
  const leaders = table(
    ['publication', 'applicant', 'title', 'cited by (in this database)'],
    l.citationLeaders.map((c) => [c.id, c.applicant, c.title, c.citedBy]),
  )
  const white = l.whiteSpace
    ? `<h2>White space: where they file and ${esc(l.whiteSpace.ours)} does not</h2>
${table(
  ['CPC', 'country', 'their publications', 'ours'],
  l.whiteSpace.cells.map((c) => [c.cpc, c.country, c.theirs, c.ours]),
)}`
    : ''
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Patent landscape</title>
<style>
body{font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC',Arial,sans-serif;margin:24px;color:#1f2328}
h1{font-size:22px}h2{font-size:17px;margin-top:28px}figure{margin:16px 0}
table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:left}
td.n{text-align:right}.meta{color:#57606a;font-size:12px}.none{color:#57606a}
</style></head><body>
<h1>Patent landscape</h1>
<p class="meta">${esc(filter || 'every publication in the database')} — ${l.total} publications; years are filing years (publication year where the filing date is unknown). Generated ${esc(generatedAt)} by Chuhai.</p>
${charts}
<h2>Citation leaders</h2>
${leaders}
${white}
</body></html>
`
}
