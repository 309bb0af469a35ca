import type { PatentRecord } from '../model/patent.js'
import { addDays, addYears, type CalendarDate } from '../rules/deadlines/calendar-date.js'

/** A patent's (or application's) status in one country on the as-of date. */
export type FtoStatus = 'in-force' | 'pending' | 'lapsed' | 'expired' | 'unknown'

/** A legal event known for a publication (from an office register, when a connector gives one). */
export interface LegalEvent {
  readonly date: CalendarDate
  /** `lapse` (fees not paid, withdrawn, revoked), `grant`, `spc` (with `until`), `expiry`. */
  readonly type: 'lapse' | 'grant' | 'spc' | 'expiry' | 'restoration'
  /** For an SPC or an extension: the new end of protection. */
  readonly until?: CalendarDate
  /** For an event about one designated state of a regional patent (EP `PG25`): that state. */
  readonly state?: string
  readonly source: string
}

/** The status estimate and how it was reached. */
export interface TermEstimate {
  readonly status: FtoStatus
  /** Expected end of term (`YYYY-MM-DD`), when a filing or grant date is known. */
  readonly expiry?: CalendarDate
  /** True when the status rests on assumptions (fees paid, no terminal-disclaimer end, …). */
  readonly estimated: boolean
  /** Each rule applied and each assumption, in English. */
  readonly basis: readonly string[]
  /**
   * `legal-status`: the store's legal status (register or INPADOC events) decided; `term-rules`:
   * computed from the record alone. Absent from `patentTermAsOf`, set by `statusInCountry`.
   */
  readonly source?: 'legal-status' | 'term-rules'
}

/** The day the URAA changed US term to 20 years from filing (applications filed on or after it). */
const URAA = '1995-06-08'
/** US design patents filed on or after this date have 15 years from grant (PLTIA). */
const DESIGN_15 = '2015-05-13'

const US_CONTINUITY = new Set([
  'continuation',
  'continuation-in-part',
  'division',
  'continuing-reissue',
])

/**
 * Status and expiry of a publication on `asOf`, from the term rules and the term data the record
 * carries: 20 years from filing (US: from the earliest US non-provisional or PCT filing it claims
 * under §§120/121/365(c); foreign priority does not count), US patent term adjustment days added,
 * terminal disclaimers flagged, US patents filed before 8 June 1995 the later of 17 years from
 * grant and 20 from filing, US designs 14 (15 if filed from 13 May 2015) years from grant, utility
 * models 10 years. Legal events (lapse, SPC) override when given. Fees paid is an assumption, so a
 * grant past its first renewal is `in-force` but `estimated`.
 */
export function patentTermAsOf(
  record: PatentRecord,
  asOf: CalendarDate,
  events: readonly LegalEvent[] = [],
): TermEstimate {
  const basis: string[] = []
  let estimated = false
  const country = record.publication.country
  const filing = filingDate(record, basis)
  const grant = record.stage === 'grant' ? (record.grantDate ?? record.publication.date) : undefined
  let expiry: CalendarDate | undefined
  if (country === 'US' && record.documentType === 'design' && grant) {
    const years = record.term?.lengthYears ?? (filing && filing >= DESIGN_15 ? 15 : 14)
    expiry = addYears(grant, years)
    basis.push(`US design: ${years} years from grant (${grant})`)
  } else if (
    record.documentType === 'utility-model' ||
    (/^U/u.test(record.publication.kind ?? '') && country !== 'US')
  ) {
    expiry = filing ? addYears(filing, 10) : undefined
    basis.push('utility model: 10 years from filing')
  } else if (filing) {
    expiry = addYears(filing, 20)
    basis.push(`20 years from filing (${filing})`)
    if (country === 'US' && grant && filing < URAA) {
      const seventeen = addYears(grant, 17)
      if (seventeen > expiry) {
        expiry = seventeen
      }
      basis.push(
        'filed before 8 June 1995: the later of 17 years from grant and 20 years from filing',
      )
    } else if (country === 'US' && record.term?.extensionDays) {
      expiry = addDays(expiry, record.term.extensionDays)
      basis.push(`plus ${record.term.extensionDays} days of patent term adjustment (35 USC 154(b))`)
    }
  } else if (grant && country === 'US') {
    expiry = addYears(grant, 17)
    estimated = true
    basis.push('no filing date in the record: 17 years from grant assumed')
  } else {
    estimated = true
    basis.push('no filing date in the record: expiry unknown')
  }
  if (record.term?.terminalDisclaimer) {
    estimated = true
    basis.push('terminal disclaimer: the term may end earlier, with the disclaimed patent')
  }
  for (const e of events.filter((x) => x.type === 'spc' && x.until && x.date <= asOf)) {
    if (!expiry || e.until! > expiry) {
      expiry = e.until
      basis.push(`supplementary protection until ${e.until!} (${e.source})`)
    }
  }
  if (!events.some((e) => e.type === 'spc')) {
    basis.push('no SPC or term extension recorded')
  }
  const lapse = events
    .filter((e) => e.type === 'lapse' && e.date <= asOf)
    .sort((a, b) => b.date.localeCompare(a.date))[0]
  const restored =
    lapse && events.some((e) => e.type === 'restoration' && e.date > lapse.date && e.date <= asOf)
  if (lapse && !restored) {
    basis.push(`lapsed on ${lapse.date} (${lapse.source})`)
    return { status: 'lapsed', ...(expiry ? { expiry } : {}), estimated, basis }
  }
  if (expiry && expiry <= asOf) {
    return { status: 'expired', expiry, estimated, basis }
  }
  const published = record.publication.date
  if (published && published > asOf) {
    basis.push(`published after the as-of date (${published}): not public then`)
    return { status: 'unknown', ...(expiry ? { expiry } : {}), estimated: true, basis }
  }
  if (!grant || grant > asOf) {
    basis.push(
      grant
        ? `granted only on ${grant}: an application on the as-of date, claims may still change`
        : 'a published application: claims may change before grant; grant or abandonment not known from the store',
    )
    return { status: 'pending', ...(expiry ? { expiry } : {}), estimated: true, basis }
  }
  if (events.length === 0) {
    estimated = true
    basis.push('renewal or maintenance fees assumed paid (no legal-status data in the store)')
  }
  return {
    status: expiry ? 'in-force' : 'unknown',
    ...(expiry ? { expiry } : {}),
    estimated,
    basis,
  }
}

/** The filing date the term runs from, with the rule used. */
function filingDate(record: PatentRecord, basis: string[]): CalendarDate | undefined {
  const own = record.application?.date
  if (record.publication.country !== 'US') {
    return record.pct?.filing?.date ?? own
  }
  const dates: { date: string; why: string }[] = []
  if (own) {
    dates.push({ date: own, why: 'the application' })
  }
  if (record.pct?.filing?.date) {
    dates.push({ date: record.pct.filing.date, why: 'the PCT filing (35 USC 365(c))' })
  }
  for (const r of record.relatedDocuments) {
    if (US_CONTINUITY.has(r.relation) && r.document.country === 'US' && r.document.date) {
      dates.push({ date: r.document.date, why: `the parent ${r.document.number} (${r.relation})` })
    }
  }
  const earliest = dates.sort((a, b) => a.date.localeCompare(b.date))[0]
  if (earliest && earliest.why !== 'the application') {
    basis.push(`term counted from ${earliest.why}`)
  }
  return earliest?.date
}
