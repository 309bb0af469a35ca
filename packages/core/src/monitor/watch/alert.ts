/** What changed. */
export const ALERT_KINDS = [
  /** A publication of the watch that was not there before. */
  'new_publication',
  /** A new publication in a family already watched, in a country the watch cares about. */
  'family_member',
  /** A watched application was granted. */
  'grant',
  /** The legal status changed (lapse, revocation, withdrawal, expiry, reinstatement). */
  'status_change',
  /** A watched patent expires within the watch's `expiryDays`. */
  'expiry_approaching',
  /** A new document cites one of our patents. */
  'citation',
  /** Policy tracker: a new item (notice, decision, guidance) for a subscriber. */
  'policy_update',
  /** Policy tracker: a tracked document (e.g. a fee schedule) changed. */
  'policy_change',
] as const
export type AlertKind = (typeof ALERT_KINDS)[number]

/** One alert, as `chuhai watch run --json` prints it. */
export interface Alert {
  /** Store id (ascending in creation order). */
  readonly id: number
  /** Name of the watch. */
  readonly watch: string
  readonly kind: AlertKind
  /** Canonical publication id, `US-10000000-B2` (policy alerts: the source's URL). */
  readonly publication_number: string
  /** The date of the event: publication, grant, status or expiry date (YYYY-MM-DD). */
  readonly date: string
  readonly summary: string
  /** Idempotency key: the same event of the same watch always has the same key. */
  readonly key: string
  /** When the alert was raised (ISO instant). */
  readonly created_at: string
}

/** An alert before it is stored. */
export type AlertDraft = Omit<Alert, 'id' | 'watch' | 'key' | 'created_at'> & {
  /** What makes the event unique besides watch, kind and publication (a state or date). */
  readonly discriminator: string
}

/**
 * The idempotency key of an alert: `watchId:kind:publication:discriminator`. Stored with a
 * UNIQUE constraint, so re-running a watch after a crash never raises the same alert twice, and
 * sent to receivers (webhook header, e-mail Message-ID) so they can drop redeliveries.
 */
export function alertKey(watchId: number, draft: AlertDraft): string {
  return `${watchId}:${draft.kind}:${draft.publication_number}:${draft.discriminator}`
}
