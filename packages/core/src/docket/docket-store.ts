import type { DocketEvent, Matter, NewDocketEvent, NewMatter } from './matter.js'

/**
 * The persistence port of the docket (house style R3): matters and their events. Deadlines are
 * not stored; they are computed from events with the current rules, so a rules update applies to
 * old matters too (each deadline carries the `rulesVersion` that computed it).
 */
export interface DocketStore {
  /** Adapter id, e.g. `sqlite`. */
  readonly id: string
  /**
   * Adds a matter and returns it with its id (`M1`, `M2` … when none is given).
   * Throws `DOCKET_DUPLICATE_MATTER` for an id in use.
   */
  addMatter(matter: NewMatter): Promise<Matter>
  getMatter(id: string): Promise<Matter | undefined>
  /** Every matter, in the order added. */
  listMatters(): Promise<Matter[]>
  /**
   * Adds an event (ids `E1`, `E2` …). Throws `DOCKET_UNKNOWN_MATTER`, listing the known ids,
   * when the matter does not exist.
   */
  addEvent(event: NewDocketEvent): Promise<DocketEvent>
  /** Events of one matter or of all, by date, then in the order added. */
  listEvents(matterId?: string): Promise<DocketEvent[]>
  close(): Promise<void>
}
