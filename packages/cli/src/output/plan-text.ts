import type { Plan } from '@chuhai/core'
import { amount } from '@chuhai/reports/format'
import { planLabels } from '@chuhai/reports/plan-labels-data'
import type { ReportLang } from '@chuhai/reports/plan-labels'

/** A short terminal summary of a plan: scores, routes side by side, next decisions, trust. */
export function renderPlanText(plan: Plan, lang: ReportLang): string {
  const l = planLabels(lang)
  const out: string[] = [
    `${l.title}: ${plan.invention.title}`,
    `${l.priority} ${plan.invention.priorityDate} (${plan.priorityOffice}) · ${l.markets} ${plan.markets.join(', ')} · ${l.currency} ${plan.currency} · ${l.rules} ${plan.rulesVersion}`,
    '',
    `${l.scores}:`,
  ]
  for (const s of plan.scores) {
    const factors = s.factors.map((f) => `${l.factor[f.factor]} ${f.score.toFixed(2)}`).join(', ')
    out.push(
      `  ${s.rank}. ${s.office.padEnd(3)} ${s.total.toFixed(2)}  ${l.recommendation[s.recommendation].padEnd(12)} (${factors}; ${l.status[s.status]})`,
    )
  }
  out.push('', `${l.routeCompare}:`)
  const hasEp = plan.markets.includes('EP')
  for (const r of plan.routes) {
    const modes = hasEp ? (['classic', 'unitary'] as const) : (['classic'] as const)
    for (const m of modes) {
      const mode = hasEp ? ` / EP ${l.epMode[m]}` : ''
      out.push(`  ${l.route[r.route]}${mode}: ${amount(r.totals[m], plan.currency)}`)
    }
  }
  const cheapest = `${l.route[plan.cheapest.route]}${hasEp ? ` / EP ${l.epMode[plan.cheapest.epMode]}` : ''}`
  out.push(
    `  ${l.cheapest(cheapest, amount(plan.cheapest.total, plan.currency))}`,
    '',
    `${l.events}:`,
  )
  for (const r of plan.routes) {
    out.push(`  ${l.route[r.route]}:`)
    for (const e of r.timeline.filter((x) => x.kind === 'decision' && !x.estimated)) {
      const pay = e.amount > 0 ? `  ${amount(e.amount, plan.currency)}` : ''
      out.push(
        `    ${e.date}  ${e.office.padEnd(3)} ${l.event[e.event]}${pay}  (${l.status[e.status]})`,
      )
    }
  }
  if (plan.unverified.length > 0) {
    out.push('', l.trustBanner, ...plan.unverified.map((u) => `  - ${u}`))
  }
  if (plan.warnings.length > 0) {
    out.push('', `${l.warnings}:`, ...plan.warnings.map((w) => `  - ${w}`))
  }
  return `${out.join('\n')}\n`
}
