import { DOCKET_KIND_LABELS, type NetCell, type ProtectionNet } from '@chuhai/core'
import { amount, esc } from '@chuhai/reports/format'

const MARK: Record<NetCell['status'], string> = {
  granted: 'granted',
  pending: 'pending',
  lapsed: 'lapsed',
  via_ep: 'via EP',
  via_pct: 'via PCT',
  none: '—',
}

const MARK_ZH: Record<NetCell['status'], string> = {
  granted: '已授权',
  pending: '审查中',
  lapsed: '已失效',
  via_ep: '经 EP',
  via_pct: '经 PCT',
  none: '—',
}

function cellText(c: NetCell, lang: 'en' | 'zh'): string {
  const parts = [(lang === 'zh' ? MARK_ZH : MARK)[c.status]]
  if (c.expiry) {
    parts.push(`${lang === 'zh' ? '到期' : 'expires'} ${c.expiry}`)
  }
  if (c.next) {
    parts.push(
      `${DOCKET_KIND_LABELS[lang][c.next.kind as keyof (typeof DOCKET_KIND_LABELS)['en']] ?? c.next.kind} ${c.next.due}`,
    )
  }
  return parts.join(' · ')
}

/** The protection net as JSON (snake_case, allow-listed). */
export function presentNet(net: ProtectionNet): object {
  return {
    today: net.today,
    markets: net.markets,
    offices: net.offices,
    currency: net.currency,
    rates_as_of: net.rateAsOf,
    status: net.status,
    families: net.rows.map((r) => ({
      family: r.family,
      title: r.title,
      gaps: r.gaps,
      yearly_cost: Math.round(r.yearlyCost * 100) / 100,
      countries: r.cells.map((c) => ({
        office: c.office,
        status: c.status,
        matters: c.matterIds,
        expiry: c.expiry ?? null,
        next_deadline: c.next
          ? { kind: c.next.kind, due: c.next.due, matter: c.next.matterId }
          : null,
        yearly_cost: Math.round(c.yearlyCost * 100) / 100,
        fact_status: c.factStatus,
      })),
    })),
    warnings: net.warnings,
  }
}

/** The net as a terminal listing: one block per family, one line per country, then the gaps. */
export function renderNetText(net: ProtectionNet, lang: 'en' | 'zh'): string {
  const out = [
    lang === 'zh'
      ? `保护网（${net.today}，目标市场 ${net.markets.join(', ')}）`
      : `Protection net (${net.today}; target markets ${net.markets.join(', ')})`,
  ]
  for (const r of net.rows) {
    out.push(
      '',
      `${r.family}: ${r.title}  (${lang === 'zh' ? '未来12个月年费' : 'annuities next 12 months'} ${amount(r.yearlyCost, net.currency)})`,
    )
    for (const c of r.cells) {
      const cost = c.yearlyCost > 0 ? `  ${amount(c.yearlyCost, net.currency)}` : ''
      out.push(`  ${c.office.padEnd(3)} ${cellText(c, lang)}${cost}`)
    }
    out.push(
      `  ${lang === 'zh' ? '缺口' : 'gaps'}: ${r.gaps.length > 0 ? r.gaps.join(', ') : lang === 'zh' ? '无' : 'none'}`,
    )
  }
  if (net.rows.length === 0) {
    out.push(lang === 'zh' ? '（没有案件）' : '(no matters)')
  }
  if (net.warnings.length > 0) {
    out.push('', ...net.warnings.map((w) => `- ${w}`))
  }
  return `${out.join('\n')}\n`
}

/** The net as CSV: one row per family and country. */
export function renderNetCsv(net: ProtectionNet): string {
  const q = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
  const rows = [
    [
      'family',
      'title',
      'office',
      'status',
      'matters',
      'expiry',
      'next_deadline',
      'next_due',
      `yearly_cost_${net.currency}`,
      'gap',
    ],
  ]
  for (const r of net.rows) {
    for (const c of r.cells) {
      rows.push([
        r.family,
        r.title,
        c.office,
        c.status,
        c.matterIds.join(' '),
        c.expiry ?? '',
        c.next?.kind ?? '',
        c.next?.due ?? '',
        c.yearlyCost.toFixed(2),
        r.gaps.includes(c.office) ? 'yes' : '',
      ])
    }
  }
  return `${rows.map((r) => r.map(q).join(',')).join('\r\n')}\r\n`
}

/** The net as a self-contained HTML matrix: families × countries, gaps in red. */
export function renderNetHtml(net: ProtectionNet, lang: 'en' | 'zh'): string {
  const colors: Record<NetCell['status'], string> = {
    granted: '#dafbe1',
    pending: '#fff8c5',
    lapsed: '#ffebe9',
    via_ep: '#ddf4ff',
    via_pct: '#fbefff',
    none: '#ffffff',
  }
  const head = `<tr><th>${lang === 'zh' ? '专利族' : 'Family'}</th>${net.offices.map((o) => `<th>${esc(o)}${net.markets.includes(o) ? '' : '*'}</th>`).join('')}<th>${lang === 'zh' ? '年费/年' : 'Annuities / yr'}</th></tr>`
  const body = net.rows
    .map((r) => {
      const cells = r.cells.map((c) => {
        const gap = r.gaps.includes(c.office) ? 'outline:2px solid #cf222e;' : ''
        return `<td style="background:${colors[c.status]};${gap}">${esc(cellText(c, lang))}</td>`
      })
      return `<tr><td><b>${esc(r.family)}</b><br><small>${esc(r.title)}</small></td>${cells.join('')}<td>${esc(amount(r.yearlyCost, net.currency))}</td></tr>`
    })
    .join('')
  return `<!DOCTYPE html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>Protection net</title><style>body{font-family:'WenQuanYi Micro Hei',Arial,sans-serif;font-size:12px;margin:20px}table{border-collapse:collapse}th,td{border:1px solid #d0d7de;padding:4px 6px;vertical-align:top}</style></head><body><h1>${lang === 'zh' ? '保护网' : 'Protection net'} (${net.today})</h1><table>${head}${body}</table><p>${lang === 'zh' ? '红框：目标市场缺口；* 非目标市场' : 'Red outline: gap in a target market; * not a target market'}. ${esc(net.currency)}, rates of ${esc(net.rateAsOf)}.</p></body></html>\n`
}
