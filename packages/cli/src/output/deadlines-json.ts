import type { Deadline, DeadlineReport } from '@chuhai/core'

/** One deadline as `chuhai deadlines --json` prints it (snake_case, allow-listed fields). */
export interface DeadlineJson {
  office: string
  event: string
  due: string
  raw_due: string
  period: string
  trigger: { kind: string; date: string; assumed: boolean }
  basis: string
  source: string
  status: string
  rules_version: string
  days_left: number
  notes: string[]
}

/** Presents one deadline (house style R8: never serialise the engine's objects directly). */
export function presentDeadline(d: Deadline): DeadlineJson {
  return {
    office: d.office,
    event: d.event,
    due: d.due,
    raw_due: d.rawDue,
    period: d.period,
    trigger: { kind: d.trigger.kind, date: d.trigger.date, assumed: d.trigger.assumed },
    basis: d.basis,
    source: d.source,
    status: d.status,
    rules_version: d.rulesVersion,
    days_left: d.daysLeft,
    notes: [...d.notes],
  }
}

/** The whole `--json` document: deadlines, rules version, warnings, and the input as understood. */
export function presentDeadlineReport(report: DeadlineReport): object {
  const { request } = report
  return {
    deadlines: report.deadlines.map(presentDeadline),
    rules_version: report.rulesVersion,
    warnings: [...report.warnings],
    today: report.today,
    input: {
      priority_date: request.priorityDate,
      pct_filing_date: request.pctFilingDate ?? null,
      isr_date: request.isrDate ?? null,
      offices: [...request.offices],
      receiving_office: request.receivingOffice,
      routes: [...request.routes],
      restoration_requested: request.restorationRequested,
    },
  }
}
