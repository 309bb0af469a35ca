import {
  COST_CATEGORIES,
  type CostLine,
  type EpMode,
  type Plan,
  type PlanRoute,
} from '@chuhai/core'
import { esc, PALETTE, shortAmount } from './format.js'
import type { PlanLabels } from './plan-labels.js'

const W = 1000
const H = 320
const PAD = { left: 70, right: 20, top: 20, bottom: 60 }
const FONT = `font-family="'WenQuanYi Micro Hei','Noto Sans CJK SC',Arial,sans-serif"`

interface Bar {
  readonly group: string
  readonly route: PlanRoute
  readonly byCategory: readonly number[]
}

function sumBy(lines: readonly CostLine[]): number[] {
  return COST_CATEGORIES.map((c) =>
    lines.filter((l) => l.category === c).reduce((s, l) => s + l.amount, 0),
  )
}

function axis(max: number, plotH: number): string {
  const ticks = 5
  return Array.from({ length: ticks + 1 }, (_, i) => {
    const v = (max / ticks) * i
    const y = PAD.top + plotH - (v / max) * plotH
    return `<line x1="${PAD.left}" y1="${y}" x2="${W - PAD.right}" y2="${y}" stroke="#eaeef2"/><text x="${PAD.left - 6}" y="${y + 4}" font-size="10" text-anchor="end" fill="#57606a">${shortAmount(v)}</text>`
  }).join('')
}

/** Stacked bars: cost over life per country (EP per mode) and route, split by cost category. */
export function costBarsSvg(plan: Plan, labels: PlanLabels): string {
  const bars: Bar[] = plan.routes.flatMap((r) => [
    ...r.countries.map((c) => ({
      group: c.epMode === 'unitary' ? 'EP UP' : c.office,
      route: r.route,
      byCategory: sumBy(c.lines),
    })),
    ...(r.shared.length > 0 ? [{ group: 'PCT', route: r.route, byCategory: sumBy(r.shared) }] : []),
  ])
  const groups = [...new Set(bars.map((b) => b.group))]
  const max = Math.max(1, ...bars.map((b) => b.byCategory.reduce((s, v) => s + v, 0))) * 1.08
  const plotW = W - PAD.left - PAD.right
  const plotH = H - PAD.top - PAD.bottom
  const gw = plotW / groups.length
  const bw = Math.min(28, gw / 2.6)
  const out: string[] = [axis(max, plotH)]
  groups.forEach((g, gi) => {
    const cx = PAD.left + gw * gi + gw / 2
    out.push(
      `<text x="${cx}" y="${H - PAD.bottom + 16}" font-size="11" text-anchor="middle" fill="#24292f">${esc(g)}</text>`,
    )
    ;(['paris', 'pct'] as const).forEach((route, ri) => {
      const bar = bars.find((b) => b.group === g && b.route === route)
      if (!bar) {
        return
      }
      const bx = cx + (ri === 0 ? -bw - 2 : 2)
      let y = PAD.top + plotH
      bar.byCategory.forEach((v, ci) => {
        const h = (v / max) * plotH
        y -= h
        out.push(
          `<rect x="${bx}" y="${y}" width="${bw}" height="${h}" fill="${PALETTE[ci]}"><title>${esc(`${g} — ${labels.route[route]} — ${labels.category[COST_CATEGORIES[ci]!]}: ${Math.round(v).toLocaleString('en')} ${plan.currency}`)}</title></rect>`,
        )
      })
      out.push(
        `<text x="${bx + bw / 2}" y="${PAD.top + plotH + 28}" font-size="9" text-anchor="middle" fill="#57606a">${route === 'paris' ? 'P' : 'PCT'}</text>`,
      )
    })
  })
  const legend = COST_CATEGORIES.map(
    (c, i) =>
      `<g transform="translate(${PAD.left + i * 150},${H - 12})"><rect width="10" height="10" y="-9" fill="${PALETTE[i]}"/><text x="14" font-size="11" fill="#24292f">${esc(labels.category[c])}</text></g>`,
  ).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${esc(labels.costByCountry)}" ${FONT}>${out.join('')}${legend}</svg>`
}

/** The yearly cumulative cost of each route and EP mode, from the priority date on. */
export function cumulativeSeries(
  plan: Plan,
): { name: string; route: PlanRoute; mode: EpMode; values: number[] }[] {
  const start = Number(plan.invention.priorityDate.slice(0, 4))
  const hasEp = plan.markets.includes('EP')
  const modes: EpMode[] = hasEp ? ['classic', 'unitary'] : ['classic']
  return plan.routes.flatMap((r) =>
    modes.map((mode) => {
      const lines = [
        ...r.shared,
        ...r.countries.filter((c) => !c.epMode || c.epMode === mode).flatMap((c) => c.lines),
      ]
      const values = Array.from({ length: 23 }, (_, i) =>
        lines
          .filter((l) => Number(l.date.slice(0, 4)) <= start + i)
          .reduce((s, l) => s + l.amount, 0),
      )
      return { name: `${r.route}${hasEp ? `+${mode}` : ''}`, route: r.route, mode, values }
    }),
  )
}

/** Lines of the cumulative cost per route and EP mode over the years after the priority date. */
export function cumulativeSvg(plan: Plan, labels: PlanLabels): string {
  const series = cumulativeSeries(plan)
  const max = Math.max(1, ...series.flatMap((s) => s.values)) * 1.05
  const plotW = W - PAD.left - PAD.right
  const plotH = H - PAD.top - PAD.bottom
  const n = series[0]?.values.length ?? 1
  const px = (i: number): number => PAD.left + (i / (n - 1)) * plotW
  const py = (v: number): number => PAD.top + plotH - (v / max) * plotH
  const out: string[] = [axis(max, plotH)]
  for (let i = 0; i < n; i += 2) {
    out.push(
      `<text x="${px(i)}" y="${H - PAD.bottom + 16}" font-size="10" text-anchor="middle" fill="#57606a">+${i}</text>`,
    )
  }
  series.forEach((s, si) => {
    const d = s.values
      .map((v, i) => `${i === 0 ? 'M' : 'L'}${px(i).toFixed(1)} ${py(v).toFixed(1)}`)
      .join('')
    const dash = s.mode === 'unitary' ? ' stroke-dasharray="6 3"' : ''
    out.push(
      `<path d="${d}" fill="none" stroke="${PALETTE[si]}" stroke-width="2"${dash}><title>${esc(`${s.name}: ${Math.round(s.values.at(-1)!).toLocaleString('en')} ${plan.currency}`)}</title></path>`,
    )
    const name = `${labels.route[s.route]}${plan.markets.includes('EP') ? ` / EP ${labels.epMode[s.mode]}` : ''}`
    out.push(
      `<g transform="translate(${PAD.left + (si % 2) * 420},${H - 26 + Math.floor(si / 2) * 14})"><line x1="0" x2="18" y1="-4" y2="-4" stroke="${PALETTE[si]}" stroke-width="2"${dash}/><text x="24" font-size="11" fill="#24292f">${esc(name)}</text></g>`,
    )
  })
  out.push(
    `<text x="${PAD.left + plotW}" y="${H - PAD.bottom + 30}" font-size="10" text-anchor="end" fill="#57606a">${esc(labels.year)}</text>`,
  )
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H + 14}" width="100%" role="img" aria-label="${esc(labels.cumulative)}" ${FONT}>${out.join('')}</svg>`
}
