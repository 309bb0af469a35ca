import { systemClock } from '../ports/clock.js'
import {
  addDays,
  addYears,
  dateOfInstant,
  type CalendarDate,
} from '../rules/deadlines/calendar-date.js'
import type { DeadlineDeps } from '../rules/deadlines/engine.js'
import { createDateHolidaysSource } from '../rules/deadlines/holiday-source.js'
import { createOfficeCalendar, type OfficeCalendar } from '../rules/deadlines/office-calendar.js'
import { loadKnowledgeBase } from '../rules/jurisdictions/knowledge-base.js'
import type { OfficeCode } from '../rules/jurisdictions/office-codes.js'
import { loadPlanningData, type PlanningData } from '../planning/planning-data.js'
import { annuityDates, annuityDeadlines } from './annuity-deadlines.js'
import type { DocketDeadline, DocketRuleContext } from './docket-deadline.js'
import { matterState, type DocketEvent, type Matter } from './matter.js'
import { filingDeadlines } from './rules/filing.js'
import { grantDeadlines } from './rules/grant.js'
import { officeActionDeadlines } from './rules/office-action.js'
import { searchReportDeadlines } from './rules/search-report.js'

/** The injected parts of the docket; each has a default. */
export interface DocketDeps extends DeadlineDeps {
  readonly data?: PlanningData
}

/** Options of `computeDocket`. */
export interface DocketOptions {
  /** Annuities up to this many years ahead of today. Default is `2`. */
  readonly annuityYears?: number
}

/** Every deadline of the docket, sorted by due date, with warnings and the rules version. */
export interface DocketReport {
  readonly deadlines: readonly DocketDeadline[]
  readonly warnings: readonly string[]
  readonly rulesVersion: string
  readonly today: CalendarDate
}

const CLOSED_BY_GRANT: ReadonlySet<string> = new Set(['exam_request', 'oa_response'])

function context(deps: DocketDeps, warnings: string[]): DocketRuleContext {
  const kb = deps.kb ?? loadKnowledgeBase()
  const holidays = deps.holidays ?? createDateHolidaysSource()
  const clock = deps.clock ?? systemClock
  const calendars = new Map<OfficeCode, OfficeCalendar>()
  return {
    kb,
    holidays,
    clock,
    build: { rulesVersion: kb.rulesVersion, today: dateOfInstant(clock.now()) },
    calendar(office) {
      const c = calendars.get(office) ?? createOfficeCalendar(kb.office(office), holidays)
      calendars.set(office, c)
      return c
    },
    warn: (m) => void (warnings.includes(m) || warnings.push(m)),
  }
}

/**
 * Computes the docket: deadlines from each matter's filing and events (search report, office
 * action, grant), annuities ahead of today, closed by responses, grant and lapse. Pure: a
 * function of matters, events, knowledge base, planner data, holidays and clock.
 */
export function computeDocket(
  matters: readonly Matter[],
  events: readonly DocketEvent[],
  options: DocketOptions = {},
  deps: DocketDeps = {},
): DocketReport {
  const warnings: string[] = []
  const ctx = context(deps, warnings)
  const data = deps.data ?? loadPlanningData()
  const today = ctx.build.today
  const out: DocketDeadline[] = []
  for (const matter of matters) {
    const mine = events.filter((e) => e.matterId === matter.id)
    const state = matterState(matter, mine)
    const family = matters.filter((m) => m.family === matter.family)
    const found: DocketDeadline[] = []
    if (state.filingDate) {
      found.push(...filingDeadlines(ctx, matter, state.filingDate, family))
    } else {
      ctx.warn(`${matter.id}: no filing date: add one with add-event --type filing`)
    }
    for (const e of mine) {
      if (e.type === 'search_report') {
        found.push(...searchReportDeadlines(ctx, matter, e))
      }
      if (e.type === 'office_action') {
        found.push(...officeActionDeadlines(ctx, matter, e, mine))
      }
      if (e.type === 'grant') {
        found.push(...grantDeadlines(ctx, matter, e))
      }
    }
    if (state.filingDate) {
      const dates = annuityDates(data, matter, state.filingDate, state.grantDate, state.lapseDate)
      const range = { from: addDays(today, -180), to: addYears(today, options.annuityYears ?? 2) }
      found.push(...annuityDeadlines(ctx, data, matter, dates, range))
    }
    const noteOf = new Map(mine.filter((e) => e.note).map((e) => [e.id, e.note!]))
    for (const raw of found) {
      const note = raw.eventId ? noteOf.get(raw.eventId) : undefined
      const d = note ? { ...raw, notes: [`event note: ${note}`, ...raw.notes] } : raw
      if (state.lapseDate && d.due > state.lapseDate) {
        continue
      }
      const closed =
        state.grantDate !== undefined && CLOSED_BY_GRANT.has(d.kind) && state.grantDate <= d.due
      out.push(closed ? { ...d, done: true } : d)
    }
  }
  out.sort((a, b) =>
    a.due < b.due ? -1 : a.due > b.due ? 1 : a.matterId.localeCompare(b.matterId),
  )
  return { deadlines: out, warnings, rulesVersion: ctx.kb.rulesVersion, today }
}
