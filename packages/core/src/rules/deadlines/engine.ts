import { systemClock, type Clock } from '../../ports/clock.js'
import { loadKnowledgeBase, type KnowledgeBase } from '../jurisdictions/knowledge-base.js'
import { OFFICE_CODES, type OfficeCode } from '../jurisdictions/office-codes.js'
import { addMonths, dateOfInstant } from './calendar-date.js'
import { DEADLINE_EVENTS, type Deadline, type DeadlineReport, type Trigger } from './deadline.js'
import { pctFilingDeadline } from './events/pct-international.js'
import { createDateHolidaysSource, type HolidaySource } from './holiday-source.js'
import { createOfficeCalendar, nextOpenDay, type OfficeCalendar } from './office-calendar.js'
import { checkPctFilingDate } from './pct-filing-check.js'
import { validateDeadlineInput, type DeadlineInput } from './request.js'
import type { RuleContext } from './rule.js'
import { DEADLINE_RULES } from './rules.js'

/** The injected parts of the engine; each has a default. */
export interface DeadlineDeps {
  /** Default is the built-in knowledge base (`loadKnowledgeBase()`). */
  readonly kb?: KnowledgeBase
  /** Default is `date-holidays` (`createDateHolidaysSource()`). */
  readonly holidays?: HolidaySource
  /** Today, for `daysLeft`. Default is `systemClock`. */
  readonly clock?: Clock
}

let defaultHolidays: HolidaySource | undefined

function order(d: Deadline): [string, number, number] {
  return [d.due, OFFICE_CODES.indexOf(d.office), DEADLINE_EVENTS.indexOf(d.event)]
}

function byDueOfficeEvent(a: Deadline, b: Deadline): number {
  const [x, y] = [order(a), order(b)]
  return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1] || x[2] - y[2]
}

/**
 * Computes every deadline of a priority date for the requested offices and routes: a pure
 * function of its input, the knowledge base, the holiday source and the clock.
 * @example
 * computeDeadlines({ priorityDate: '2025-05-20', offices: ['US', 'CN'] }).deadlines
 *   .find((d) => d.office === 'US' && d.event === 'national_phase')?.due // '2027-11-22'
 */
export function computeDeadlines(input: DeadlineInput, deps: DeadlineDeps = {}): DeadlineReport {
  const kb = deps.kb ?? loadKnowledgeBase()
  const holidays = deps.holidays ?? (defaultHolidays ??= createDateHolidaysSource())
  const today = dateOfInstant((deps.clock ?? systemClock).now())
  const request = validateDeadlineInput(input, kb)
  const calendars = new Map<OfficeCode, OfficeCalendar>()
  const calendar = (code: OfficeCode): OfficeCalendar => {
    let c = calendars.get(code)
    if (!c) {
      c = createOfficeCalendar(kb.office(code), holidays)
      calendars.set(code, c)
    }
    return c
  }
  const build = { rulesVersion: kb.rulesVersion, today }
  const warnings: string[] = []
  const ro = calendar(request.receivingOffice)
  const priorityYear = pctFilingDeadline(kb, ro, request.priorityDate, build)
  if (request.pctFilingDate !== undefined && request.routes.includes('pct')) {
    warnings.push(...checkPctFilingDate(input, request.pctFilingDate, priorityYear, ro))
  }
  const internationalFiling: Trigger = request.pctFilingDate
    ? { kind: 'international_filing', date: request.pctFilingDate, assumed: false }
    : { kind: 'international_filing', date: priorityYear.due, assumed: true }
  const ctx: RuleContext = {
    request,
    kb,
    build,
    calendar,
    internationalFiling,
    parisFiling(office) {
      const months = kb.office(office).paris.priorityMonths.value
      const due = nextOpenDay(calendar(office), addMonths(request.priorityDate, months)).date
      return { kind: 'national_filing', date: due, assumed: true }
    },
    warn: (message) => warnings.push(message),
  }
  const deadlines: Deadline[] = []
  for (const rule of DEADLINE_RULES) {
    if (!rule.routes.some((r) => request.routes.includes(r))) {
      continue
    }
    if (rule.scope === 'international') {
      deadlines.push(...rule.compute(ctx, kb.office(request.receivingOffice)))
      continue
    }
    for (const code of request.offices) {
      const file = kb.office(code)
      if (file.kind !== 'international') {
        deadlines.push(...rule.compute(ctx, file))
      }
    }
  }
  if (deadlines.some((d) => d.trigger.assumed && d.trigger.kind === 'international_filing')) {
    warnings.push(
      `no international filing date given: periods counted from it assume the last day of the priority year (${priorityYear.due}); give the actual date for exact results`,
    )
  }
  if (deadlines.some((d) => d.trigger.assumed && d.trigger.kind === 'national_filing')) {
    warnings.push(
      'Paris route: periods counted from the national filing date assume filing on the last day of the priority year',
    )
  }
  const past = deadlines.filter((d) => d.daysLeft < 0 && d.event !== 'pct_publication').length
  if (past > 0) {
    warnings.push(`${past} deadline(s) already passed (today is ${today})`)
  }
  return {
    deadlines: deadlines.sort(byDueOfficeEvent),
    warnings,
    rulesVersion: kb.rulesVersion,
    request,
    today,
  }
}
