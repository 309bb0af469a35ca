/** Escapes text for HTML and SVG. */
export function esc(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** An amount with thousands separators and no decimals, e.g. `1,045,432 CNY`. */
export function amount(value: number, currency: string): string {
  return `${Math.round(value).toLocaleString('en')} ${currency}`
}

/** A short amount for chart labels: `1.05M`, `820k`. */
export function shortAmount(value: number): string {
  const abs = Math.abs(value)
  if (abs >= 1e6) {
    return `${(value / 1e6).toFixed(abs >= 1e7 ? 0 : 2)}M`
  }
  if (abs >= 1e3) {
    return `${(value / 1e3).toFixed(0)}k`
  }
  return value.toFixed(0)
}

/** Colours per status, shared by tables and charts. */
export const STATUS_COLOR = {
  verified: '#1a7f37',
  secondary: '#9a6700',
  unverified: '#cf222e',
} as const

/** A palette for series (routes, categories, offices). */
export const PALETTE = [
  '#0969da',
  '#bf3989',
  '#1a7f37',
  '#9a6700',
  '#8250df',
  '#cf222e',
  '#57606a',
  '#0a3069',
  '#e16f24',
  '#116329',
]
