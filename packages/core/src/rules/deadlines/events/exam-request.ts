import type { OfficeFile } from '../../jurisdictions/schema.js'
import { buildDeadline } from '../build-deadline.js'
import type { Trigger } from '../deadline.js'
import type { DeadlineRule, RuleContext } from '../rule.js'

/** The trigger of a filing-date period: the international filing date on the PCT route. */
function filingTrigger(ctx: RuleContext, file: OfficeFile): Trigger {
  return ctx.request.routes.includes('pct') ? ctx.internationalFiling : ctx.parisFiling(file.office)
}

/**
 * `exam_request`: the last day to request substantive examination where an office requires a
 * request (CN 3 years from priority, JP/KR 3 years from filing, IN 31 months, CA 4 years …).
 * EP on the PCT route: 31 months (Rule 159(1)(f)). Periods that run from an event the engine
 * does not know (search report publication, a direction) become warnings.
 */
export const examRequestRule: DeadlineRule = {
  event: 'exam_request',
  routes: ['paris', 'pct'],
  scope: 'office',
  compute(ctx, file) {
    const exam = file.examRequest
    const { kind, months, from, conditions } = exam.value
    if (kind === 'automatic' || kind === 'none') {
      return []
    }
    const onPct = ctx.request.routes.includes('pct')
    const entry = file.pct.chapter1Months
    if (file.office === 'EP' && onPct && entry) {
      return [
        buildDeadline(
          {
            office: file.office,
            event: 'exam_request',
            trigger: { kind: 'priority', date: ctx.request.priorityDate, assumed: false },
            amount: entry.value,
            facts: [exam, entry],
            basis: 'EPC Art. 150(2), Rule 159(1)(f)',
            calendar: ctx.calendar(file.office),
            notes: [
              'Euro-PCT: unless the ISR is published more than 25 months after priority (then 6 months from that publication)',
            ],
          },
          ctx.build,
        ),
      ]
    }
    const computable = kind === 'period' && months !== undefined && from !== undefined
    if (!computable || !['priority', 'filing', 'international_filing'].includes(from)) {
      ctx.warn(
        `${file.office} exam_request not computed (needs a date the engine does not have): ${conditions}`,
      )
      return []
    }
    const trigger: Trigger =
      from === 'priority'
        ? { kind: 'priority', date: ctx.request.priorityDate, assumed: false }
        : filingTrigger(ctx, file)
    const route = onPct ? 'PCT route' : 'Paris route'
    return [
      buildDeadline(
        {
          office: file.office,
          event: 'exam_request',
          trigger,
          amount: months,
          facts: [exam],
          basis: exam.basis ?? 'national law',
          calendar: ctx.calendar(file.office),
          notes: [`${route}: ${conditions}`],
        },
        ctx.build,
      ),
    ]
  },
}
