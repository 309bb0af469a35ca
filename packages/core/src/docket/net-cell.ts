import { addYears, type CalendarDate } from '../rules/deadlines/calendar-date.js'
import { weakestStatus, type FactStatus } from '../rules/jurisdictions/fact.js'
import type { KnowledgeBase } from '../rules/jurisdictions/knowledge-base.js'
import { isOfficeCode, type OfficeCode } from '../rules/jurisdictions/office-codes.js'
import type { DocketDeadline } from './docket-deadline.js'
import type { Matter, MatterStatus } from './matter.js'

/** How a family stands in one country. */
export type NetCellStatus = MatterStatus | 'via_ep' | 'via_pct' | 'none'

/** One cell of the protection net. */
export interface NetCell {
  readonly office: string
  readonly status: NetCellStatus
  readonly matterIds: readonly string[]
  /** Latest expiry (filing date + term) of the live matters covering the country. */
  readonly expiry?: CalendarDate | undefined
  readonly next?:
    { readonly kind: string; readonly due: CalendarDate; readonly matterId: string } | undefined
  /** Annuities of the next 12 months, in the net's currency. */
  readonly yearlyCost: number
  /** Weakest status of the facts behind the cell's deadlines. */
  readonly factStatus: FactStatus
}

/** What one cell is computed from. */
export interface CellInput {
  readonly kb: KnowledgeBase
  readonly office: string
  readonly members: readonly Matter[]
  readonly states: ReadonlyMap<
    string,
    { status: MatterStatus; filingDate: CalendarDate | undefined }
  >
  readonly deadlines: readonly DocketDeadline[]
  readonly today: CalendarDate
  readonly cost: (d: DocketDeadline) => number
}

const RANK: Record<MatterStatus, number> = { granted: 3, pending: 2, lapsed: 1 }

function expiryOf(
  kb: KnowledgeBase,
  m: Matter,
  filing: CalendarDate | undefined,
): CalendarDate | undefined {
  if (!filing || !isOfficeCode(m.office) || m.office === 'WO') {
    return undefined
  }
  return addYears(filing, kb.office(m.office).term.value.years ?? 20)
}

/**
 * A cell: the family's own matters at the office; else cover through a live EP matter (EPC
 * states) or a pending PCT matter whose national phase is still open; else `none`.
 */
export function netCell(input: CellInput): NetCell {
  const { kb, office, members, states, deadlines, today } = input
  let direct = members.filter((m) => m.office === office)
  let status: NetCellStatus = 'none'
  if (direct.length > 0) {
    status = direct.map((m) => states.get(m.id)!.status).sort((a, b) => RANK[b] - RANK[a])[0]!
  } else {
    const epStates = kb.office('EP').states.contracting?.value ?? []
    const ep = members.filter((m) => m.office === 'EP' && states.get(m.id)!.status !== 'lapsed')
    const viaEpPhase = (d: DocketDeadline): boolean =>
      d.office === 'EP' && epStates.includes(office)
    const open = (m: Matter): boolean =>
      deadlines.some(
        (d) =>
          d.matterId === m.id &&
          (d.office === office || viaEpPhase(d)) &&
          d.kind.startsWith('national_phase') &&
          !d.done &&
          d.due >= today,
      )
    const pct = members.filter((m) => m.office === 'WO' && open(m))
    if (ep.length > 0 && epStates.includes(office)) {
      ;[direct, status] = [ep, 'via_ep']
    } else if (pct.length > 0) {
      ;[direct, status] = [pct, 'via_pct']
    }
  }
  const ids = new Set(direct.map((m) => m.id))
  const epPhase =
    status === 'via_pct' && !direct.some((m) => m.targets.includes(office as OfficeCode))
  const mine = deadlines.filter(
    (d) => ids.has(d.matterId) && (status !== 'via_pct' || d.office === (epPhase ? 'EP' : office)),
  )
  const next = mine.filter((d) => !d.done && d.due >= today)[0]
  const expiries = direct
    .filter((m) => states.get(m.id)!.status !== 'lapsed')
    .map((m) => expiryOf(kb, m, states.get(m.id)!.filingDate))
    .filter((e): e is CalendarDate => e !== undefined)
    .sort()
  return {
    office,
    status,
    matterIds: [...ids],
    expiry: expiries.at(-1),
    next: next ? { kind: next.kind, due: next.due, matterId: next.matterId } : undefined,
    yearlyCost:
      status === 'via_ep' || status === 'via_pct' ? 0 : mine.reduce((s, d) => s + input.cost(d), 0),
    factStatus: weakestStatus(mine.map((d) => d.status)),
  }
}
