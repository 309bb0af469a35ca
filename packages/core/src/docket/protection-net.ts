import { addDays, addYears, type CalendarDate } from '../rules/deadlines/calendar-date.js'
import { weakestStatus, type FactStatus, type MoneyFact } from '../rules/jurisdictions/fact.js'
import { loadKnowledgeBase } from '../rules/jurisdictions/knowledge-base.js'
import { createConverter } from '../planning/money.js'
import type { DocketDeadline } from './docket-deadline.js'
import { computeDocket, type DocketDeps } from './docket.js'
import { matterState, type DocketEvent, type Matter } from './matter.js'
import { netCell, type NetCell } from './net-cell.js'

export type { NetCell, NetCellStatus } from './net-cell.js'

/** One core family across the countries. */
export interface NetRow {
  readonly family: string
  readonly title: string
  readonly cells: readonly NetCell[]
  /** Target markets this family does not cover (no live matter, not reachable any more). */
  readonly gaps: readonly string[]
  /** Annuities of the next 12 months, all countries. */
  readonly yearlyCost: number
}

/** The protection net: core families × countries, with the gaps against the target markets. */
export interface ProtectionNet {
  readonly markets: readonly string[]
  /** Columns: the target markets first, then other offices where the families have matters. */
  readonly offices: readonly string[]
  readonly rows: readonly NetRow[]
  readonly currency: string
  readonly rateAsOf: string
  readonly status: FactStatus
  readonly warnings: readonly string[]
  readonly today: CalendarDate
}

/** Options of `protectionNet`. */
export interface NetOptions {
  /** Target markets (office or EP state codes); default: the offices the families have. */
  readonly markets?: readonly string[]
  readonly currency: string
}

/**
 * The protection net of the core families (all families when none is marked core): per country
 * the status (granted, pending, via EP or PCT, lapsed, none), expiry, next open deadline and the
 * annuities of the next 12 months; and each family's gaps against the target markets.
 */
export function protectionNet(
  matters: readonly Matter[],
  events: readonly DocketEvent[],
  options: NetOptions,
  deps: DocketDeps = {},
): ProtectionNet {
  const kb = deps.kb ?? loadKnowledgeBase()
  const report = computeDocket(matters, events, { annuityYears: 1 }, deps)
  const warnings = [...report.warnings]
  const convert = createConverter(kb.currencies, options.currency)
  const core = matters.filter((m) => m.core)
  if (core.length === 0 && matters.length > 0) {
    warnings.push('no matter is marked --core: the net shows every family')
  }
  const families = [...new Set((core.length > 0 ? core : matters).map((m) => m.family))]
  const present = [
    ...new Set(matters.filter((m) => families.includes(m.family)).map((m) => m.office)),
  ]
  const markets = (options.markets ?? present.filter((o) => o !== 'WO')).map((m) => m.toUpperCase())
  const offices = [...markets, ...present.filter((o) => !markets.includes(o))]
  const yearEnd = addDays(addYears(report.today, 1), -1)
  const cost = (d: DocketDeadline): number => {
    if (d.kind !== 'annuity' || !d.fee || d.due < report.today || d.due > yearEnd) {
      return 0
    }
    const money: MoneyFact = {
      item: 'annuity',
      label: d.period,
      ...d.fee,
      source: { citation: d.source, urls: [] },
      status: d.status,
    }
    return convert.line(money, { office: d.office, category: 'annuity', date: d.due }).amount
  }
  const rows = families.map((family) => {
    const members = matters.filter((m) => m.family === family)
    const states = new Map(members.map((m) => [m.id, matterState(m, events)]))
    const cells = offices.map((office) =>
      netCell({
        kb,
        office,
        members,
        states,
        deadlines: report.deadlines,
        today: report.today,
        cost,
      }),
    )
    const gaps = markets.filter((m) => {
      const c = cells.find((x) => x.office === m)
      return !c || c.status === 'none' || c.status === 'lapsed'
    })
    const title = members.find((m) => m.core)?.title ?? members[0]!.title
    return { family, title, cells, gaps, yearlyCost: cells.reduce((s, c) => s + c.yearlyCost, 0) }
  })
  return {
    markets,
    offices,
    rows,
    currency: options.currency,
    rateAsOf: kb.currencies.asOf,
    status: weakestStatus(
      rows.flatMap((r) => r.cells.map((c) => (c.status === 'none' ? 'verified' : c.factStatus))),
    ),
    warnings,
    today: report.today,
  }
}
