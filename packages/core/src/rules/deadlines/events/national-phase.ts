import { buildDeadline } from '../build-deadline.js'
import type { DeadlineRule } from '../rule.js'

/**
 * `national_phase`: standard entry into the national or regional phase, in months from the
 * priority date (PCT Art. 22/39; the office's own limit under Art. 22(3)/39(1)(b)).
 * Offices without a route of their own are rejected before rules run (`RULE_NO_PCT_ROUTE`).
 */
export const nationalPhaseRule: DeadlineRule = {
  event: 'national_phase',
  routes: ['pct'],
  scope: 'office',
  compute(ctx, file) {
    const months = file.pct.chapter1Months
    if (!months) {
      return []
    }
    const chapter2 = file.pct.chapter2Months
    const late = file.pct.lateEntry
    const notes: string[] = []
    if (chapter2 && chapter2.value !== months.value) {
      notes.push(`${chapter2.value} months where a demand was filed within 19 months (Chapter II)`)
    }
    if (late.value.kind === 'none' || late.value.kind === 'reinstatement') {
      notes.push(`late entry: ${late.value.conditions}`)
    }
    for (const t of file.translations) {
      notes.push(`translation (${t.status}): ${t.value.what} — ${t.value.deadline}`)
    }
    return [
      buildDeadline(
        {
          office: file.office,
          event: 'national_phase',
          trigger: { kind: 'priority', date: ctx.request.priorityDate, assumed: false },
          amount: months.value,
          facts: [file.pct.route, months],
          basis: months.basis ?? 'PCT Art. 22',
          calendar: ctx.calendar(file.office),
          notes,
        },
        ctx.build,
      ),
    ]
  },
}

const LATE_KINDS: ReadonlySet<string> = new Set([
  'fee',
  'as_of_right',
  'unintentional',
  'discretionary',
])

/**
 * `national_phase_late`: the latest entry the office allows with a fee, on a request (CA:
 * statement that the delay was unintentional) or at its discretion (ZA). Offices that allow
 * only reinstatement for cause, or nothing, get no such deadline.
 */
export const nationalPhaseLateRule: DeadlineRule = {
  event: 'national_phase_late',
  routes: ['pct'],
  scope: 'office',
  compute(ctx, file) {
    const late = file.pct.lateEntry
    if (!LATE_KINDS.has(late.value.kind) || late.value.months === undefined) {
      return []
    }
    return [
      buildDeadline(
        {
          office: file.office,
          event: 'national_phase_late',
          trigger: { kind: 'priority', date: ctx.request.priorityDate, assumed: false },
          amount: late.value.months,
          facts: [file.pct.route, late],
          basis: late.basis ?? file.pct.chapter1Months?.basis ?? 'PCT Art. 22(3)',
          calendar: ctx.calendar(file.office),
          notes: [`${late.value.kind.replace(/_/g, ' ')}: ${late.value.conditions}`],
        },
        ctx.build,
      ),
    ]
  },
}
