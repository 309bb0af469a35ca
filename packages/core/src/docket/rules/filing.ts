import { computeDeadlines } from '../../rules/deadlines/engine.js'
import type { CalendarDate } from '../../rules/deadlines/calendar-date.js'
import { ChuhaiError } from '../../errors.js'
import {
  fromEngine,
  type DocketDeadline,
  type DocketDeadlineKind,
  type DocketRuleContext,
} from '../docket-deadline.js'
import type { Matter } from '../matter.js'
import { periodDeadline } from '../period.js'

const PCT_KINDS: Readonly<Record<string, DocketDeadlineKind>> = {
  pct_demand: 'pct_demand',
  national_phase: 'national_phase',
  national_phase_late: 'national_phase_late',
  exam_request: 'exam_request',
}

/** A PCT matter: demand and national-phase deadlines for its target offices (deadline engine). */
function pctDeadlines(
  ctx: DocketRuleContext,
  matter: Matter,
  filing: CalendarDate,
  family: readonly Matter[],
): DocketDeadline[] {
  const offices = matter.targets.filter((t) => {
    const kind = ctx.kb.office(t).pct.route.value.kind
    return kind === 'national' || kind === 'regional'
  })
  if (matter.targets.length === 0) {
    ctx.warn(`${matter.id}: PCT matter without --targets: national-phase deadlines not computed`)
  }
  try {
    const report = computeDeadlines(
      {
        priorityDate: matter.priorityDate ?? filing,
        pctFilingDate: filing,
        offices,
        route: 'pct',
        restorationRequested: true,
      },
      { kb: ctx.kb, holidays: ctx.holidays, clock: ctx.clock },
    )
    // Passed deadlines are listed with `--all`; the engine's count would include the filing itself.
    report.warnings
      .filter((w) => !/already passed/.test(w))
      .forEach((w) => ctx.warn(`${matter.id}: ${w}`))
    return report.deadlines.flatMap((d) => {
      const kind = PCT_KINDS[d.event]
      if (!kind) {
        return []
      }
      const entered = family.some(
        (m) => m.office === d.office && m.id !== matter.id && m.filingDate,
      )
      const done = entered && (kind === 'national_phase' || kind === 'national_phase_late')
      return [fromEngine(d, matter, kind, { done })]
    })
  } catch (error) {
    if (error instanceof ChuhaiError) {
      ctx.warn(`${matter.id}: ${error.message}`)
      return []
    }
    throw error
  }
}

/**
 * Deadlines that run from a filing: for a first filing, the end of the priority year (Paris
 * Art. 4C); the examination request where the office counts it from filing or priority; for a
 * PCT matter, the demand and national-phase entries of its targets.
 */
export function filingDeadlines(
  ctx: DocketRuleContext,
  matter: Matter,
  filing: CalendarDate,
  family: readonly Matter[],
): DocketDeadline[] {
  if (matter.office === 'WO') {
    return pctDeadlines(ctx, matter, filing, family)
  }
  const file = ctx.kb.office(matter.office)
  const out: DocketDeadline[] = []
  if (!matter.priorityDate) {
    const months = file.paris.priorityMonths
    out.push(
      periodDeadline(ctx, {
        matter,
        kind: 'priority_year',
        office: matter.office,
        from: filing,
        amount: months.value,
        facts: [months],
        basis: months.basis ?? 'Paris Conv. Art. 4C',
        notes: ['last day to file abroad (Paris or PCT) claiming this application as priority'],
      }),
    )
  }
  const exam = file.examRequest
  const { kind, months, from, conditions } = exam.value
  if (kind === 'period' && months !== undefined && from !== undefined) {
    const trigger = from === 'priority' ? (matter.priorityDate ?? filing) : filing
    if (['priority', 'filing', 'international_filing'].includes(from)) {
      out.push(
        periodDeadline(ctx, {
          matter,
          kind: 'exam_request',
          office: matter.office,
          from: trigger,
          amount: months,
          facts: [exam],
          basis: exam.basis ?? 'national law',
          notes: [conditions],
        }),
      )
    }
  }
  return out
}
