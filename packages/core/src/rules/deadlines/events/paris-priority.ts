import { buildDeadline } from '../build-deadline.js'
import { addMonths } from '../calendar-date.js'
import { nextOpenDay } from '../office-calendar.js'
import type { DeadlineRule } from '../rule.js'

/**
 * `paris_priority`: the last day to file in an office while claiming the priority (Paris Conv.
 * Art. 4C: 12 months, extended when the office is closed, Art. 4C(3)). Where the office allows
 * restoration, a note gives the latest date for a restored claim.
 */
export const parisPriorityRule: DeadlineRule = {
  event: 'paris_priority',
  routes: ['paris'],
  scope: 'office',
  compute(ctx, file) {
    if (file.kind === 'unitary') {
      ctx.warn(`${file.office}: no filing of its own (${file.pct.route.value.explanation})`)
      return []
    }
    const calendar = ctx.calendar(file.office)
    const months = file.paris.priorityMonths
    const deadline = buildDeadline(
      {
        office: file.office,
        event: 'paris_priority',
        trigger: { kind: 'priority', date: ctx.request.priorityDate, assumed: false },
        amount: months.value,
        facts: [months],
        basis: months.basis ?? 'Paris Conv. Art. 4C',
        calendar,
      },
      ctx.build,
    )
    const restoration = file.paris.restoration
    if (!restoration.value.available || !restoration.value.months) {
      return [deadline]
    }
    const end = nextOpenDay(calendar, addMonths(deadline.due, restoration.value.months)).date
    const { criterion: c } = restoration.value
    const criterion = c === 'unknown' ? 'criterion not researched' : c.replace('_', ' ')
    const note = `restoration of priority possible until ${end} (${criterion}; ${restoration.status}): ${restoration.value.conditions}`
    return [{ ...deadline, notes: [...deadline.notes, note] }]
  },
}
