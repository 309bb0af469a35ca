import {
  reminderDates,
  type AnnuityForecast,
  type DocketDeadline,
  type DocketEvent,
  type Matter,
} from '@chuhai/core'

/** One matter as the CLI prints it. */
export function presentMatter(m: Matter): object {
  return {
    id: m.id,
    family: m.family,
    office: m.office,
    title: m.title,
    application_number: m.applicationNumber ?? null,
    filing_date: m.filingDate ?? null,
    priority_date: m.priorityDate ?? null,
    core: m.core,
    targets: [...m.targets],
  }
}

/** One event as the CLI prints it. */
export function presentEvent(e: DocketEvent): object {
  return {
    id: e.id,
    matter: e.matterId,
    type: e.type,
    date: e.date,
    response_months: e.responseMonths ?? null,
    due: e.due ?? null,
    note: e.note ?? null,
  }
}

/** One docket deadline, with its reminder dates. */
export function presentDocketDeadline(d: DocketDeadline, leadDays: readonly number[]): object {
  return {
    matter: d.matterId,
    family: d.family,
    office: d.office,
    kind: d.kind,
    due: d.due,
    raw_due: d.rawDue,
    period: d.period,
    days_left: d.daysLeft,
    done: d.done,
    estimated: d.estimated,
    reminders: reminderDates(d.due, leadDays),
    basis: d.basis,
    source: d.source,
    status: d.status,
    rules_version: d.rulesVersion,
    event: d.eventId ?? null,
    fee: d.fee ? { value: d.fee.value, currency: d.fee.currency, as_of: d.fee.asOf } : null,
    notes: [...d.notes],
  }
}

/** The `docket annuities --json` document. */
export function presentForecast(f: AnnuityForecast): object {
  const r2 = (n: number): number => Math.round(n * 100) / 100
  return {
    currency: f.currency,
    rates_as_of: f.rateAsOf,
    today: f.today,
    total: r2(f.total),
    status: f.status,
    years: f.years.map((y) => ({
      year: y.year,
      total: r2(y.total),
      items: y.items.map((x) => ({
        matter: x.matterId,
        family: x.family,
        office: x.office,
        due: x.due,
        period: x.period,
        amount: r2(x.amount),
        original: {
          value: x.original.value,
          currency: x.original.currency,
          as_of: x.original.asOf,
        },
        status: x.status,
        estimated: x.estimated,
      })),
    })),
    warnings: [...f.warnings],
  }
}
