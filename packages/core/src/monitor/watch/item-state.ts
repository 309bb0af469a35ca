import type { LegalStatusValue } from '../../model/legal-event.js'
import type { AlertDraft } from './alert.js'

/**
 * Legal status of a publication as a watch records it: the statuses legal events normalise to
 * (`LegalStatusValue`, the vocabulary of the one legal-status port, ADR 0019), less `refused`
 * (not among the statuses a watch records), plus `reinstated` (a change a watch alerts on).
 */
export type LegalStatus = Exclude<LegalStatusValue, 'refused'> | 'reinstated'

/** What a watch remembers about one publication between runs (its snapshot row). */
export interface WatchItemState {
  /** Canonical id `US-10000000-B2`. */
  readonly id: string
  readonly country: string
  readonly stage: string
  readonly pubDate: string | null
  readonly grantDate: string | null
  /** `CC:number` of the application, to tie a grant to its earlier publication. */
  readonly application: string | null
  /** Family id (DOCDB, else INPADOC), or `null`. */
  readonly family: string | null
  /** Latest recorded legal status and its date, if any event was recorded. */
  readonly status: LegalStatus | null
  readonly statusDate: string | null
  /** Title and first applicant, for summaries. */
  readonly title: string
  readonly applicant: string
}

/** What the watch already knows when it meets a publication that changed. */
export interface DiffContext {
  /** The snapshot row of this publication, if it was seen before. */
  readonly previous: WatchItemState | undefined
  /** Another publication of the same application is in the snapshot. */
  readonly applicationKnown: boolean
  /** Another publication of the same family is in the snapshot. */
  readonly familyKnown: boolean
  /** Our patents this publication cites (for citation watches). */
  readonly citesOurs: readonly string[]
}

/** The fields whose change is worth an alert; anything else (a corrected title) is silent. */
export function stateSignature(s: WatchItemState): string {
  return [s.stage, s.grantDate ?? '', s.status ?? '', s.statusDate ?? ''].join('|')
}

/**
 * The alerts one changed publication raises, given what the watch knew before. Pure: the store
 * calls it inside the transaction that also writes the new snapshot row and the alerts.
 */
export function diffItem(current: WatchItemState, context: DiffContext): AlertDraft[] {
  const { previous } = context
  const what = `${current.applicant ? `${current.applicant}: ` : ''}${current.title}`.trim()
  const pubDate = current.pubDate ?? current.grantDate ?? ''
  if (!previous) {
    if (context.citesOurs.length > 0) {
      return [
        {
          kind: 'citation',
          publication_number: current.id,
          date: pubDate,
          summary: `${current.id} cites our ${context.citesOurs.join(', ')} — ${what}`,
          discriminator: context.citesOurs.join(','),
        },
      ]
    }
    if (current.stage === 'grant' && context.applicationKnown) {
      return [grantAlert(current, what)]
    }
    if (context.familyKnown) {
      return [
        {
          kind: 'family_member',
          publication_number: current.id,
          date: pubDate,
          summary: `New family member in ${current.country}: ${current.id} — ${what}`,
          discriminator: 'new',
        },
      ]
    }
    const label = current.stage === 'grant' ? 'granted patent' : 'publication'
    return [
      {
        kind: 'new_publication',
        publication_number: current.id,
        date: pubDate,
        summary: `New ${label} ${current.id} — ${what}`,
        discriminator: 'new',
      },
    ]
  }
  const out: AlertDraft[] = []
  if (previous.stage !== 'grant' && current.stage === 'grant') {
    out.push(grantAlert(current, what))
  }
  if (current.status !== null && current.status !== previous.status) {
    out.push({
      kind: 'status_change',
      publication_number: current.id,
      date: current.statusDate ?? pubDate,
      summary: `${current.id} is now ${current.status}${previous.status ? ` (was ${previous.status})` : ''} — ${what}`,
      discriminator: `${current.status}@${current.statusDate ?? ''}`,
    })
  }
  return out
}

function grantAlert(current: WatchItemState, what: string): AlertDraft {
  return {
    kind: 'grant',
    publication_number: current.id,
    date: current.grantDate ?? current.pubDate ?? '',
    summary: `Granted: ${current.id} — ${what}`,
    discriminator: 'grant',
  }
}

/**
 * The alert for a patent that expires within `days` of `today`, or `undefined`. Expiry is the
 * term from the filing date (20 years; design patents 15) plus a US term adjustment, as
 * recorded; terminal disclaimers and annuity lapses are not modelled here.
 */
export function expiryAlert(
  current: WatchItemState,
  expiry: string | null,
  today: string,
  days: number,
): AlertDraft | undefined {
  if (expiry === null || days <= 0 || current.stage !== 'grant' || expiry < today) {
    return undefined
  }
  const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000)
    .toISOString()
    .slice(0, 10)
  if (expiry > horizon) {
    return undefined
  }
  return {
    kind: 'expiry_approaching',
    publication_number: current.id,
    date: expiry,
    summary: `${current.id} expires on ${expiry} — ${current.title}`,
    discriminator: expiry,
  }
}
