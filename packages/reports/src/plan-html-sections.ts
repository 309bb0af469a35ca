import type { CostLine, FactStatus, Plan } from '@chuhai/core'
import { amount, esc, STATUS_COLOR } from './format.js'
import type { PlanLabels } from './plan-labels.js'

const status = (s: FactStatus, labels: PlanLabels): string =>
  `<span class="st" style="color:${STATUS_COLOR[s]}">${esc(labels.status[s])}</span>`

function table(head: readonly string[], rows: readonly string[][], cls = ''): string {
  const th = head.map((h) => `<th>${esc(h)}</th>`).join('')
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')
  return `<table class="${cls}"><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`
}

/** The scores table: one row per market, factor values with their status. */
export function scoresSection(plan: Plan, labels: PlanLabels): string {
  const rows = plan.scores.map((s) => {
    const f = (name: string): string => {
      const x = s.factors.find((y) => y.factor === name)!
      const value =
        x.value === undefined
          ? '—'
          : x.factor === 'cost'
            ? amount(x.value, plan.currency)
            : `${Math.round(x.value).toLocaleString('en')} ${esc(x.unit)}`
      return `${value}<br><small>${x.score.toFixed(2)} · ${status(x.status, labels)}</small>`
    }
    return [
      String(s.rank),
      `<b>${s.office}</b>`,
      s.total.toFixed(2),
      esc(labels.recommendation[s.recommendation]),
      f('market'),
      f('litigation'),
      f('competitors'),
      f('cost'),
      status(s.status, labels),
    ]
  })
  const weights = Object.entries(plan.weights)
    .map(([k, v]) => `${esc(labels.factor[k as keyof typeof labels.factor])} ${v}`)
    .join(' · ')
  return `${table(labels.scoreHead, rows)}<p class="note">${weights}</p>`
}

/** Routes side by side, and the EP comparison. */
export function routesSection(plan: Plan, labels: PlanLabels): string {
  const hasEp = plan.markets.includes('EP')
  const modes = hasEp ? (['classic', 'unitary'] as const) : (['classic'] as const)
  const rows = plan.routes.flatMap((r) =>
    modes.map((m) => {
      const firstNational = r.countries.map((c) => c.entry).sort()[0] ?? '—'
      return [
        esc(labels.route[r.route]),
        hasEp ? esc(labels.epMode[m]) : '—',
        `<b>${amount(r.totals[m], plan.currency)}</b>`,
        firstNational,
        status(r.status, labels),
      ]
    }),
  )
  const ep = plan.routes.flatMap((r) =>
    r.countries
      .filter((c) => c.epMode)
      .map((c) => [
        esc(labels.route[r.route]),
        esc(labels.epMode[c.epMode!]),
        esc((c.covered ?? []).join(', ')),
        amount(c.total, plan.currency),
        status(c.status, labels),
      ]),
  )
  const cheapest = `${labels.route[plan.cheapest.route]}${hasEp ? ` / EP ${labels.epMode[plan.cheapest.epMode]}` : ''}`
  const epTable = hasEp ? `<h3>${esc(labels.epCompare)}</h3>${table(labels.epHead, ep)}` : ''
  return `${table(labels.routeHead, rows)}<p><b>${esc(labels.cheapest(cheapest, amount(plan.cheapest.total, plan.currency)))}</b></p>${epTable}`
}

/** Every timeline entry of both routes, by date. */
export function eventsSection(plan: Plan, labels: PlanLabels): string {
  const rows = plan.routes
    .flatMap((r) => r.timeline)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((e) => [
      `${e.date}${e.estimated ? ` <small>(${esc(labels.estimated)})</small>` : ''}`,
      esc(labels.route[e.route]),
      e.office,
      esc(labels.event[e.event]),
      e.amount > 0 ? amount(e.amount, plan.currency) : '',
      status(e.status, labels),
      `<small>${esc(e.basis)}</small>`,
    ])
  return table(labels.eventHead, rows, 'small')
}

function lineRow(l: CostLine, plan: Plan, labels: PlanLabels): string[] {
  const orig = `${Math.round(l.original.value * 100) / 100} ${l.original.currency} (${l.original.asOf})`
  return [
    l.date + (l.estimated ? '*' : ''),
    l.office,
    esc(labels.category[l.category]),
    esc(l.label),
    amount(l.amount, plan.currency),
    esc(orig),
    status(l.status, labels),
    `<small>${esc(l.source)}</small>`,
  ]
}

/** Cost lines per route and country (EP per mode), collapsible. */
export function detailsSection(plan: Plan, labels: PlanLabels, open = false): string {
  return plan.routes
    .map((r) => {
      const blocks = [
        ...(r.shared.length > 0
          ? [
              {
                name: labels.shared,
                lines: r.shared,
                total: r.shared.reduce((s, l) => s + l.amount, 0),
              },
            ]
          : []),
        ...r.countries.map((c) => ({
          name: `${c.office}${c.epMode ? ` — ${labels.epMode[c.epMode]}` : ''}`,
          lines: c.lines,
          total: c.total,
        })),
      ]
      const inner = blocks
        .map(
          (b) =>
            `<details${open ? ' open' : ''}><summary>${esc(b.name)}: ${amount(b.total, plan.currency)}</summary>${table(
              labels.detailHead,
              b.lines.map((l) => lineRow(l, plan, labels)),
              'small',
            )}</details>`,
        )
        .join('')
      return `<h3>${esc(labels.route[r.route])}</h3>${inner}`
    })
    .join('')
}
