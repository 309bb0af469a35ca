import type { LegalStatus as StoredLegalStatus, LegalStatusValue } from '../model/legal-event.js'

/** Normalised legal status of one publication (issue 3): the values of the legal-event model. */
export type LegalStatus = LegalStatusValue

/** A publication's status as the family view shows it, and where it comes from. */
export interface LegalStatusSummary {
  readonly status: LegalStatus
  /** Date of the event that set the status (ISO), when known. */
  readonly date?: string
  /** The event that set it: office event code and its description (INPADOC, register). */
  readonly event?: { readonly code: string; readonly description?: string }
  /**
   * `legal-status`: read from legal-status data (OPS/INPADOC, registers); `derived`: inferred from
   * the publication alone (a grant is `granted`, an application `pending`) for want of such data.
   */
  readonly source: 'legal-status' | 'derived'
  /** Designated states of a regional patent reported as lapsed there (EP `PG25`), when known. */
  readonly lapsedIn?: readonly string[]
}

/**
 * The family view's summary of a stored status (read through the one legal-status port,
 * `LegalStatusReader` of `store/legal-status-store.ts`, ADR 0009/0019): the status, the date it
 * took effect and the event that set it.
 */
export function summarizeLegalStatus(stored: StoredLegalStatus): LegalStatusSummary {
  return {
    status: stored.status,
    source: 'legal-status',
    ...(stored.since ? { date: stored.since } : {}),
    ...(stored.event
      ? {
          event: {
            code: stored.event.code,
            ...(stored.event.description ? { description: stored.event.description } : {}),
          },
        }
      : {}),
    ...(stored.lapsedIn?.length ? { lapsedIn: stored.lapsedIn } : {}),
  }
}
