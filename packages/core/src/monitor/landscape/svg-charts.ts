import type { Bucket, HeatMap, YearSeries } from './landscape.js'

const FONT = `font-family="'WenQuanYi Micro Hei','Noto Sans CJK SC',Arial,sans-serif"`
/** Colour-blind-safe qualitative palette (Okabe–Ito), then greys. */
export const CHART_PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#F0E442',
  '#000000',
  '#999999',
  '#666666',
]

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

function svg(width: number, height: number, title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}" ${FONT}>
<title>${esc(title)}</title>
<rect width="${width}" height="${height}" fill="#ffffff"/>
<text x="12" y="22" font-size="15" font-weight="bold" fill="#1f2328">${esc(title)}</text>
${body}
</svg>`
}

function niceMax(max: number): number {
  if (max <= 0) {
    return 1
  }
  const p = 10 ** Math.floor(Math.log10(max))
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((v) => v >= max) ?? max
}

/** Horizontal bars, largest first (top applicants, countries, CPC classes). */
export function barChartSvg(title: string, buckets: readonly Bucket[], width = 720): string {
  const rows = buckets.slice(0, 20)
  const left = 230
  const rowH = 22
  const top = 40
  const height = top + rows.length * rowH + 30
  const max = niceMax(Math.max(0, ...rows.map((b) => b.count)))
  const plotW = width - left - 60
  const bars = rows
    .map((b, i) => {
      const y = top + i * rowH
      const w = (b.count / max) * plotW
      return `<text x="${left - 8}" y="${y + 15}" font-size="12" text-anchor="end" fill="#1f2328">${esc(clip(b.label, 34))}</text>
<rect x="${left}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="${CHART_PALETTE[0]}"><title>${esc(`${b.label}: ${b.count}`)}</title></rect>
<text x="${(left + w + 6).toFixed(1)}" y="${y + 15}" font-size="11" fill="#57606a">${b.count}</text>`
    })
    .join('\n')
  return svg(width, height, title, bars || `<text x="12" y="50" font-size="12">no data</text>`)
}

/** Lines over years, one per key, with a legend (filings over time by country, CPC, applicant). */
export function lineChartSvg(title: string, data: YearSeries, width = 860): string {
  const height = 360
  const pad = { left: 56, right: 190, top: 40, bottom: 40 }
  const plotW = width - pad.left - pad.right
  const plotH = height - pad.top - pad.bottom
  const { years } = data
  const max = niceMax(Math.max(0, ...data.series.flatMap((s) => s.counts)))
  const x = (i: number): number =>
    pad.left + (years.length <= 1 ? plotW / 2 : (i / (years.length - 1)) * plotW)
  const y = (v: number): number => pad.top + plotH - (v / max) * plotH
  const grid = Array.from({ length: 5 }, (_, i) => {
    const v = (max / 4) * i
    return `<line x1="${pad.left}" y1="${y(v).toFixed(1)}" x2="${pad.left + plotW}" y2="${y(v).toFixed(1)}" stroke="#eaeef2"/><text x="${pad.left - 6}" y="${(y(v) + 4).toFixed(1)}" font-size="10" text-anchor="end" fill="#57606a">${Math.round(v)}</text>`
  }).join('')
  const step = Math.max(1, Math.ceil(years.length / 14))
  const xLabels = years
    .map((yr, i) =>
      i % step === 0
        ? `<text x="${x(i).toFixed(1)}" y="${height - pad.bottom + 16}" font-size="10" text-anchor="middle" fill="#57606a">${esc(yr)}</text>`
        : '',
    )
    .join('')
  const lines = data.series
    .map((s, k) => {
      const colour = CHART_PALETTE[k % CHART_PALETTE.length]!
      const points = s.counts.map((c, i) => `${x(i).toFixed(1)},${y(c).toFixed(1)}`).join(' ')
      const ly = pad.top + k * 18
      return `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points}"><title>${esc(s.label)}</title></polyline>
<rect x="${width - pad.right + 12}" y="${ly}" width="12" height="12" fill="${colour}"/><text x="${width - pad.right + 30}" y="${ly + 10}" font-size="11" fill="#1f2328">${esc(clip(s.label, 24))}</text>`
    })
    .join('\n')
  return svg(width, height, title, `${grid}${xLabels}\n${lines}`)
}

/** A heat map (CPC × country): darker is more publications; counts written in each cell. */
export function heatMapSvg(title: string, map: HeatMap, highlight?: ReadonlySet<string>): string {
  const cell = 40
  const left = 110
  const top = 60
  const width = Math.max(360, left + map.columns.length * cell + 20)
  const height = top + map.rows.length * cell + 20
  const max = Math.max(1, ...map.cells.flat())
  const head = map.columns
    .map(
      (c, j) =>
        `<text x="${left + j * cell + cell / 2}" y="${top - 8}" font-size="11" text-anchor="middle" fill="#1f2328">${esc(c)}</text>`,
    )
    .join('')
  const body = map.rows
    .map((r, i) => {
      const label = `<text x="${left - 8}" y="${top + i * cell + cell / 2 + 4}" font-size="11" text-anchor="end" fill="#1f2328">${esc(r)}</text>`
      const cells = map.columns
        .map((c, j) => {
          const v = map.cells[i]?.[j] ?? 0
          const t = v === 0 ? 0 : 0.12 + 0.88 * Math.sqrt(v / max)
          const fill = v === 0 ? '#f6f8fa' : `rgba(0,114,178,${t.toFixed(3)})`
          const mark = highlight?.has(`${r}|${c}`)
            ? ` stroke="#D55E00" stroke-width="3"`
            : ` stroke="#ffffff"`
          const text =
            v === 0
              ? ''
              : `<text x="${left + j * cell + cell / 2}" y="${top + i * cell + cell / 2 + 4}" font-size="10" text-anchor="middle" fill="${t > 0.55 ? '#ffffff' : '#1f2328'}">${v}</text>`
          return `<rect x="${left + j * cell}" y="${top + i * cell}" width="${cell}" height="${cell}" fill="${fill}"${mark}><title>${esc(`${r} × ${c}: ${v}`)}</title></rect>${text}`
        })
        .join('')
      return label + cells
    })
    .join('\n')
  return svg(width, height, title, `${head}\n${body}`)
}
