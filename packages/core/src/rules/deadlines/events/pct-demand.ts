import { buildDeadline, rawEnd } from '../build-deadline.js'
import type { DeadlineRule } from '../rule.js'
import { internationalFacts } from './pct-international.js'

/**
 * `pct_demand`: the demand for international preliminary examination, due at the later of
 * 22 months from priority and 3 months from the transmittal of the ISR and written opinion
 * (PCT Rule 54bis.1(a)). Without an ISR date the 22-month limit is used and the assumption is
 * stated. The receiving Office's calendar stands in for the IPEA's.
 */
export const pctDemandRule: DeadlineRule = {
  event: 'pct_demand',
  routes: ['pct'],
  scope: 'international',
  compute(ctx, ro) {
    const facts = internationalFacts(ctx.kb)
    const byPriority = {
      kind: 'priority' as const,
      date: ctx.request.priorityDate,
      assumed: false,
    }
    const isr = ctx.request.isrDate
    const byIsr = isr ? { kind: 'isr_transmittal' as const, date: isr, assumed: false } : undefined
    const fromPriority = rawEnd({ trigger: byPriority, amount: facts.demandMonths.value })
    const useIsr =
      byIsr !== undefined &&
      rawEnd({ trigger: byIsr, amount: facts.demandAfterIsrMonths.value }) > fromPriority
    const notes = [
      isr === undefined
        ? `assumes the ISR and written opinion are transmitted by ${rawEnd({ trigger: byPriority, amount: facts.demandMonths.value - facts.demandAfterIsrMonths.value })} (19 months from priority), so 22 months from priority is the later limit; give the ISR transmittal date to include the 3-month limit`
        : `later of 22 months from priority (${fromPriority}) and 3 months from the ISR transmittal on ${isr}`,
      `filed with the IPEA; computed with the closing days of ${ro.office} as a stand-in`,
      'a late demand is treated as not submitted; a demand filed after 19 months no longer delays entry in offices applying the old Art. 22(1)',
    ]
    return [
      buildDeadline(
        {
          office: ro.office,
          event: 'pct_demand',
          trigger: useIsr ? byIsr : byPriority,
          amount: useIsr ? facts.demandAfterIsrMonths.value : facts.demandMonths.value,
          facts: useIsr ? [facts.demandAfterIsrMonths] : [facts.demandMonths],
          basis: facts.demandMonths.basis ?? 'PCT Rule 54bis.1(a)',
          calendar: ctx.calendar(ro.office),
          notes,
        },
        ctx.build,
      ),
    ]
  },
}
