import { buildDeadline, type BuildContext } from '../build-deadline.js'
import { addMonths } from '../calendar-date.js'
import type { Deadline } from '../deadline.js'
import type { KnowledgeBase } from '../../jurisdictions/knowledge-base.js'
import type { InternationalFacts } from '../../jurisdictions/schema.js'
import { nextOpenDay, type OfficeCalendar } from '../office-calendar.js'
import type { DeadlineRule } from '../rule.js'

/** The PCT international-phase facts (kept in the WO file). */
export function internationalFacts(kb: KnowledgeBase): InternationalFacts {
  const facts = kb.office('WO').international
  if (!facts) {
    throw new Error('knowledge base: WO has no international-phase facts')
  }
  return facts
}

/**
 * `pct_filing`: the end of the priority year at the receiving Office (PCT Art. 8(2)(a), Rule 2.4
 * with Rule 80.5). Also used to check a given international filing date.
 */
export function pctFilingDeadline(
  kb: KnowledgeBase,
  ro: OfficeCalendar,
  priorityDate: string,
  build: BuildContext,
): Deadline {
  const facts = internationalFacts(kb)
  const deadline = buildDeadline(
    {
      office: ro.office,
      event: 'pct_filing',
      trigger: { kind: 'priority', date: priorityDate, assumed: false },
      amount: facts.filingMonths.value,
      facts: [facts.filingMonths],
      basis: facts.filingMonths.basis ?? 'PCT Art. 8(2)(a)',
      calendar: ro,
    },
    build,
  )
  const restoreBy = nextOpenDay(ro, addMonths(deadline.due, facts.restorationMonths.value)).date
  const notes = [
    `computed with the closing days of the receiving Office ${ro.office}`,
    `the receiving Office can restore the priority right for an application filed by ${restoreBy} (PCT Rule 26bis.3; request within 2 months of the expiry); designated Offices may refuse the effect (Rule 49ter; EPO: due care only)`,
  ]
  return { ...deadline, notes: [...deadline.notes, ...notes] }
}

/** `pct_filing` as a rule: once, for the receiving Office. */
export const pctFilingRule: DeadlineRule = {
  event: 'pct_filing',
  routes: ['pct'],
  scope: 'international',
  compute: (ctx, ro) => [
    pctFilingDeadline(ctx.kb, ctx.calendar(ro.office), ctx.request.priorityDate, ctx.build),
  ],
}

/** `pct_publication`: expected international publication, 18 months from priority (Art. 21(2)(a)). */
export const pctPublicationRule: DeadlineRule = {
  event: 'pct_publication',
  routes: ['pct'],
  scope: 'international',
  compute(ctx) {
    const months = internationalFacts(ctx.kb).publicationMonths
    const note =
      'not a deadline: the IB publishes promptly after this date (no extension for closed days); to prevent publication, withdraw before the technical preparations are complete (about 15 days before)'
    return [
      buildDeadline(
        {
          office: 'WO',
          event: 'pct_publication',
          trigger: { kind: 'priority', date: ctx.request.priorityDate, assumed: false },
          amount: months.value,
          facts: [months],
          basis: months.basis ?? 'PCT Art. 21(2)(a)',
          notes: [note],
        },
        ctx.build,
      ),
    ]
  },
}
