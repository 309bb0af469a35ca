import type { LegalEvent, LegalStatus } from '../model/legal-event.js'
import type { PatentStore } from './patent-store.js'

/**
 * The one read port of legal status (ADR 0009, ADR 0019), implemented by stores that keep legal
 * events (`UpsertOptions.legal`). `chuhai show`, the family view (`resolveFamily`) and FTO
 * (`FtoRecordSource.legalEvents`) read through it; a status is stored per publication id whether
 * or not the publication's own record is in the store.
 */
export interface LegalStatusReader {
  /**
   * The stored status of each publication id that has one (ids without legal events are absent
   * from the map). Statuses are as the events left them; apply `statusAsOf` for the term.
   */
  legalStatus(ids: readonly string[]): Promise<Map<string, LegalStatus>>
  /** Every stored legal event of one publication, oldest first. */
  legalEvents(id: string): Promise<readonly LegalEvent[]>
}

/** True when `store` also implements `LegalStatusReader`. */
export function readsLegalStatus(store: PatentStore): store is PatentStore & LegalStatusReader {
  const s = store as Partial<LegalStatusReader>
  return typeof s.legalStatus === 'function' && typeof s.legalEvents === 'function'
}
