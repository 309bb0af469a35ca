import type { Plan, TimelineEvent } from '@chuhai/core'
import { esc, shortAmount, STATUS_COLOR } from './format.js'
import type { PlanLabels } from './plan-labels.js'

const W = 1000
const LEFT = 150
const ROW = 22
const DAY = 86_400_000

const COLORS: Record<TimelineEvent['kind'], string> = {
  decision: '#0969da',
  deadline: '#8250df',
  payment: '#9a6700',
  estimate: '#57606a',
  milestone: '#1a7f37',
}

const ms = (date: string): number => Date.parse(`${date}T00:00:00Z`)

function marker(
  e: TimelineEvent,
  x: number,
  y: number,
  labels: PlanLabels,
  currency: string,
): string {
  const color = COLORS[e.kind]
  const fill = e.estimated ? 'white' : color
  const tip = `${e.date} ${e.office} — ${labels.event[e.event]}${e.amount > 0 ? ` — ${Math.round(e.amount).toLocaleString('en')} ${currency}` : ''} (${labels.status[e.status]})`
  const shape =
    e.kind === 'deadline'
      ? `<path d="M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z" fill="${fill}" stroke="${color}" stroke-width="1.5"/>`
      : e.kind === 'milestone'
        ? `<rect x="${x - 5}" y="${y - 5}" width="10" height="10" fill="${fill}" stroke="${color}" stroke-width="1.5"/>`
        : `<circle cx="${x}" cy="${y}" r="5.5" fill="${fill}" stroke="${color}" stroke-width="1.5"/>`
  const money =
    e.amount > 0 && e.kind !== 'estimate'
      ? `<text x="${x}" y="${y - 9}" font-size="9" text-anchor="middle" fill="#24292f">${shortAmount(e.amount)}</text>`
      : ''
  const warn =
    e.status === 'unverified' && !e.estimated
      ? `<circle cx="${x + 6}" cy="${y + 6}" r="2" fill="${STATUS_COLOR.unverified}"/>`
      : ''
  return `<g><title>${esc(tip)}</title>${shape}${money}${warn}</g>`
}

/**
 * The timeline as an inline SVG: one band per route, one row per office, markers for decisions
 * (circles), deadlines (diamonds), milestones (squares) and estimates (hollow), amounts above the
 * payments, a grid of years after the priority date and a legend. No script, no external asset.
 */
export function timelineSvg(plan: Plan, labels: PlanLabels): string {
  const start = ms(plan.invention.priorityDate)
  const shown = plan.routes.flatMap((r) => r.timeline).filter((e) => e.event !== 'first_annuity')
  const last = Math.max(...shown.map((e) => ms(e.date)), start + 4 * 365 * DAY)
  const years = Math.min(10, Math.ceil((last - start) / (365.25 * DAY)))
  const end = start + years * 365.25 * DAY
  const x = (date: string): number =>
    LEFT + ((Math.min(ms(date), end) - start) / (end - start)) * (W - LEFT - 20)
  const parts: string[] = []
  let y = 30
  for (const route of plan.routes) {
    const offices = [...new Set(route.timeline.map((e) => e.office))]
    const height = offices.length * ROW + 18
    parts.push(
      `<rect x="0" y="${y - 4}" width="${W}" height="${height}" fill="${route.route === 'paris' ? '#f6f8fa' : '#eef6ff'}"/>`,
    )
    parts.push(
      `<text x="8" y="${y + 10}" font-size="12" font-weight="bold" fill="#24292f">${esc(labels.route[route.route])}</text>`,
    )
    offices.forEach((office, i) => {
      const rowY = y + 24 + i * ROW
      parts.push(
        `<text x="${LEFT - 10}" y="${rowY + 4}" font-size="11" text-anchor="end" fill="#57606a">${esc(office)}</text>`,
      )
      parts.push(
        `<line x1="${LEFT}" y1="${rowY}" x2="${W - 20}" y2="${rowY}" stroke="#d0d7de" stroke-dasharray="2 3"/>`,
      )
      for (const e of route.timeline.filter((t) => t.office === office && ms(t.date) <= end)) {
        parts.push(marker(e, x(e.date), rowY, labels, plan.currency))
      }
    })
    y += height + 8
  }
  const grid: string[] = []
  for (let i = 0; i <= years; i++) {
    const gx = LEFT + (i / years) * (W - LEFT - 20)
    const yearDate = new Date(start + i * 365.25 * DAY).toISOString().slice(0, 4)
    grid.push(`<line x1="${gx}" y1="18" x2="${gx}" y2="${y}" stroke="#d0d7de"/>`)
    grid.push(
      `<text x="${gx}" y="12" font-size="10" text-anchor="middle" fill="#57606a">+${i} (${yearDate})</text>`,
    )
  }
  const legend = (Object.keys(COLORS) as TimelineEvent['kind'][])
    .map(
      (k, i) =>
        `<g transform="translate(${LEFT + i * 150},${y + 14})"><circle cx="0" cy="-4" r="5" fill="${COLORS[k]}"/><text x="10" y="0" font-size="11" fill="#24292f">${esc(labels.kind[k])}</text></g>`,
    )
    .join('')
  const total = y + 26
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${total}" width="100%" role="img" aria-label="${esc(labels.timeline)}" font-family="'WenQuanYi Micro Hei','Noto Sans CJK SC',Arial,sans-serif">${grid.join('')}${parts.join('')}${legend}</svg>`
}
