import type { LegalStatusSummary } from '../family/legal-status.js'
import type { PatentRecord } from '../model/patent.js'
import { patentTermAsOf, type LegalEvent, type TermEstimate } from './patent-term.js'

/** Stored statuses that end a patent or application for good. */
const DEAD = new Set(['lapsed', 'withdrawn', 'refused', 'revoked'])

/**
 * A publication's status in one target country on `asOf`: the stored legal status (the
 * legal-status port: register / INPADOC events normalised by the status rules) where the store has
 * one, else the term computation (`patentTermAsOf`), marked as an estimate. The expiry always comes
 * from the term rules (events add SPCs). For a European patent reaching an EPC state (`route` `EP`),
 * a lapse in that state (`PG25`, national codes) counts from the dated state event, or from the
 * stored status's `lapsedIn` when no dated event is known.
 *
 * A stored status dated after `asOf` does not apply on `asOf`: the computation decides then.
 */
export function statusInCountry(
  member: PatentRecord,
  country: string,
  route: 'national' | 'EP',
  asOf: string,
  stored: LegalStatusSummary | undefined,
  events: readonly LegalEvent[] = [],
): TermEstimate {
  const inState = route === 'EP' && country !== 'EP'
  // Events about one designated state bear only on that state; publication-level status comes
  // from the stored status below, so only state events and extensions reach the computation.
  const relevant = events.filter((e) =>
    e.state ? inState && e.state === country : e.type === 'spc',
  )
  const computed = patentTermAsOf(member, asOf, relevant)
  if (!stored || stored.source !== 'legal-status') {
    return {
      ...computed,
      estimated: true,
      source: 'term-rules',
      basis: [
        ...computed.basis,
        'no stored legal status for this publication: status estimated from the term rules',
      ],
    }
  }
  const what = describe(stored)
  const future = stored.date !== undefined && stored.date > asOf
  const base = {
    ...(computed.expiry ? { expiry: computed.expiry } : {}),
    source: 'legal-status' as const,
  }
  if (computed.status === 'lapsed') {
    return { ...computed, ...base, estimated: false }
  }
  const datedStateLapse = relevant.some((e) => e.state === country && e.type === 'lapse')
  if (inState && stored.lapsedIn?.includes(country) && !datedStateLapse) {
    return {
      ...base,
      status: 'lapsed',
      estimated: true,
      basis: [
        ...computed.basis,
        `stored legal status: lapsed in ${country} (the date of the lapse is not in the store: assumed before the as-of date)`,
      ],
    }
  }
  if (future) {
    return {
      ...computed,
      source: 'term-rules',
      basis: [
        ...computed.basis,
        `stored legal status ${what} is dated after the as-of date: status estimated from the term rules`,
      ],
    }
  }
  if (DEAD.has(stored.status)) {
    return {
      ...base,
      status: 'lapsed',
      estimated: false,
      basis: [...computed.basis.filter(notAssumption), `stored legal status: ${what}`],
    }
  }
  if (stored.status === 'expired') {
    return {
      ...base,
      status: 'expired',
      ...(stored.date ? { expiry: stored.date } : {}),
      estimated: false,
      basis: [...computed.basis.filter(notAssumption), `stored legal status: ${what}`],
    }
  }
  if (stored.status === 'granted' && computed.status === 'in-force') {
    return {
      ...computed,
      ...base,
      estimated: member.term?.terminalDisclaimer === true,
      basis: [...computed.basis.filter(notAssumption), `stored legal status: ${what}`],
    }
  }
  // Pending, or a grant whose term has run out, or one not yet published on the date: the
  // computation decides; the stored status is cited.
  return { ...computed, ...base, basis: [...computed.basis, `stored legal status: ${what}`] }
}

function describe(s: LegalStatusSummary): string {
  const event = s.event
    ? ` (${s.event.code}${s.event.description ? ` ${s.event.description}` : ''})`
    : ''
  return `${s.status}${s.date ? ` since ${s.date}` : ''}${event}`
}

/** The computation's fee assumption does not hold where the register has spoken. */
function notAssumption(line: string): boolean {
  return !line.startsWith('renewal or maintenance fees assumed paid')
}
