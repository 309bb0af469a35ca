import type { LegalStatusReader as StoredLegalStatus } from '../store/legal-status-store.js'

/** Normalised legal status of one publication (issue 3, legal status). */
export type LegalStatus =
  'pending' | 'granted' | 'lapsed' | 'expired' | 'withdrawn' | 'refused' | 'revoked'

/** A publication's status and where it comes from. */
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
 * The port through which the family view (and anything else) reads legal status. The store that
 * holds legal events implements it (offices-xml); without one, statuses are `derived`.
 */
export interface LegalStatusReader {
  /** Status of each id that has legal-status data; ids without data are absent from the map. */
  statusOf(ids: readonly string[]): Promise<ReadonlyMap<string, LegalStatusSummary>>
}

/**
 * The family view's reader over a store that keeps legal events (`LegalStatusReader` of
 * `store/legal-status-store.ts`, ADR 0009): each stored status with the event that set it.
 */
export function legalStatusFromStore(
  store: Pick<StoredLegalStatus, 'legalStatus'>,
): LegalStatusReader {
  return {
    async statusOf(ids) {
      const stored = await store.legalStatus(ids)
      const out = new Map<string, LegalStatusSummary>()
      for (const [id, s] of stored) {
        out.set(id, {
          status: s.status,
          source: 'legal-status',
          ...(s.since ? { date: s.since } : {}),
          ...(s.event
            ? {
                event: {
                  code: s.event.code,
                  ...(s.event.description ? { description: s.event.description } : {}),
                },
              }
            : {}),
          ...(s.lapsedIn?.length ? { lapsedIn: s.lapsedIn } : {}),
        })
      }
      return out
    },
  }
}
