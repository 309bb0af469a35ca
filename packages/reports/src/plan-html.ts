import type { Plan } from '@chuhai/core'
import { amount, esc, STATUS_COLOR } from './format.js'
import { planLabels } from './plan-labels-data.js'
import type { ReportLang } from './plan-labels.js'
import {
  detailsSection,
  eventsSection,
  routesSection,
  scoresSection,
} from './plan-html-sections.js'
import { costBarsSvg, cumulativeSvg } from './svg-cost-charts.js'
import { timelineSvg } from './svg-timeline.js'

const STYLE = `
body{font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC',-apple-system,'Segoe UI',Arial,sans-serif;color:#24292f;margin:24px auto;max-width:1060px;padding:0 16px;font-size:13px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}h3{font-size:14px;margin:16px 0 6px}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{border:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f6f8fa}
table.small{font-size:11px}.meta{color:#57606a}.note{color:#57606a;font-size:11px}.banner{border:1px solid ${STATUS_COLOR.unverified};background:#ffebe9;padding:8px 12px;border-radius:6px;margin:12px 0}
.ok{border-color:${STATUS_COLOR.verified};background:#dafbe1}.st{font-weight:bold}details{margin:4px 0}summary{cursor:pointer}
figure{margin:8px 0;page-break-inside:avoid}@media print{details{display:block}details>summary{list-style:none}body{margin:0}h2{page-break-after:avoid}}
`

/**
 * The plan as one self-contained HTML page: inline CSS, inline SVG timeline and cost charts,
 * no script and no external resource (it renders offline and prints to PDF as is). `print`
 * opens the collapsible cost details (for the PDF). Default is `false`.
 */
export function renderPlanHtml(plan: Plan, lang: ReportLang, print = false): string {
  const labels = planLabels(lang)
  const inv = plan.invention
  const banner =
    plan.unverified.length > 0
      ? `<div class="banner"><b>${esc(labels.trustBanner)}</b><ul>${plan.unverified.map((u) => `<li>${esc(u)}</li>`).join('')}</ul></div>`
      : `<div class="banner ok">${esc(labels.verifiedBanner)}</div>`
  const warnings =
    plan.warnings.length > 0
      ? `<h2>${esc(labels.warnings)}</h2><ul>${plan.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>`
      : ''
  const tech = inv.technology
    ? ` · ${esc([inv.technology.field, ...(inv.technology.cpc ?? [])].filter(Boolean).join(', '))}`
    : ''
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${esc(`${labels.title}: ${inv.title}`)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body>
<h1>${esc(labels.title)}: ${esc(inv.title)}</h1>
<p class="meta">${esc(labels.priority)} ${inv.priorityDate} (${plan.priorityOffice})${tech} · ${esc(labels.markets)} ${plan.markets.join(', ')} · EP: ${plan.epStates.join(', ')} · ${esc(labels.currency)} ${plan.currency}<br>
${esc(labels.generated)} ${plan.today} · ${esc(labels.rules)} ${plan.rulesVersion} · ${esc(labels.rates(plan.rates.asOf, labels.status[plan.rates.status]))} · ${inv.words.toLocaleString('en')} words, ${inv.claims} claims, ${inv.pages} pages</p>
${banner}
<h2>${esc(labels.scores)}</h2>
${scoresSection(plan, labels)}
<h2>${esc(labels.routeCompare)}</h2>
${routesSection(plan, labels)}
<h2>${esc(labels.timeline)}</h2>
<figure>${timelineSvg(plan, labels)}<figcaption class="note">${esc(labels.timelineNote)}</figcaption></figure>
<h2>${esc(labels.costs)}</h2>
<h3>${esc(labels.costByCountry)}</h3>
<figure>${costBarsSvg(plan, labels)}</figure>
<h3>${esc(labels.cumulative)}</h3>
<figure>${cumulativeSvg(plan, labels)}</figure>
<h2>${esc(labels.events)}</h2>
${eventsSection(plan, labels)}
<h2>${esc(labels.details)}</h2>
${detailsSection(plan, labels, print)}
${warnings}
<h2>${esc(labels.sources)}</h2>
<p class="note">${esc(plan.rates.source)} · ${esc(labels.cheapest(labels.route[plan.cheapest.route], amount(plan.cheapest.total, plan.currency)))}. Market size, litigation, fee and translation figures: packages/core/src/planning/data/*.json; deadlines and annuities: the jurisdiction knowledge base (rules ${plan.rulesVersion}). * = estimated date.</p>
</body></html>
`
}
