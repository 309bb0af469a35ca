import { createError } from '../../errors.js'
import { addMonths } from './calendar-date.js'
import type { Deadline } from './deadline.js'
import { nextOpenDay, type OfficeCalendar } from './office-calendar.js'
import { fieldLabel, type DeadlineInput } from './request.js'

/**
 * Checks a given international filing date against the priority year (`priorityYear`, the
 * `pct_filing` deadline at the receiving Office). Within the 2 months after it, the priority
 * claim survives only with restoration by the receiving Office (PCT Rule 26bis.3): a warning
 * when restoration was requested, else `RULE_PCT_LATE_FILING`. Later than that, always an error.
 * Returns the warnings to report.
 */
export function checkPctFilingDate(
  input: DeadlineInput,
  filed: string,
  priorityYear: Deadline,
  ro: OfficeCalendar,
): string[] {
  if (filed <= priorityYear.due) {
    return []
  }
  const restoreBy = nextOpenDay(ro, addMonths(priorityYear.due, 2)).date
  const flag = fieldLabel(input, 'pctFilingDate')
  const year = `the priority year ended on ${priorityYear.due} (PCT Art. 8(2)(a), Paris Conv. Art. 4C; closing days of ${ro.office} included)`
  if (filed > restoreBy) {
    throw createError(
      'RULE_PCT_LATE_FILING',
      `${flag} ${filed} is more than 2 months after ${year}: the priority right cannot be restored (PCT Rule 26bis.3(a)) and the priority claim does not count for the time limits (Rule 26bis.2(c)); use the international filing date as the priority date`,
    )
  }
  if (!input.restorationRequested) {
    throw createError(
      'RULE_PCT_LATE_FILING',
      `${flag} ${filed} is after ${year}; it is within the 2 months (until ${restoreBy}) in which the receiving Office can restore the right of priority on request (PCT Rule 26bis.3) — if restoration was requested, say so with ${fieldLabel(input, 'restorationRequested')}`,
    )
  }
  return [
    `international filing ${filed} is after the priority year (${priorityYear.due}): the priority claim depends on restoration by the receiving Office (PCT Rule 26bis.3); time limits still run from the priority date (Rule 26bis.2(c)(iii)); designated Offices may refuse the restoration's effect (Rule 49ter.1; the EPO applies due care only)`,
  ]
}
