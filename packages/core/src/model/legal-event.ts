import { z } from 'zod'
import { CountryCode, DocumentId, IsoDate } from './document-id.js'

/**
 * One legal event as an office or INPADOC reports it: `17P` request for examination filed,
 * `STAA` status of an EP application, `PG25` lapsed in a contracting state, `STCF` US patent
 * granted. `country` is the office that reported it (for an EP patent, a national office reports
 * national events such as `PG25`).
 */
export const LegalEvent = z.object({
  /** Event code as given, trimmed (`17P`, `STAA`, `PG25`, `REG`). */
  code: z.string().min(1),
  /** Gazette date: the day the event was published. */
  date: IsoDate.optional(),
  /** Date the event took effect, where given (often earlier than the gazette date). */
  effectiveDate: IsoDate.optional(),
  /** Office reporting the event (`EP`, `DE`, `GB` …). */
  country: CountryCode.optional(),
  /** The code's description (`LAPSED IN A CONTRACTING STATE …`). */
  description: z.string().optional(),
  /** Free-format text of the event (`STATUS: THE PATENT HAS BEEN GRANTED`). */
  text: z.string().optional(),
  /** For events about one designated state of a regional patent: that state (`DE` of `PG25`). */
  state: CountryCode.optional(),
  /** `+` positive, `-` negative, as INPADOC marks the event's influence. */
  influence: z.string().max(2).optional(),
})
export type LegalEvent = z.infer<typeof LegalEvent>

/** The statuses legal events normalise to, per publication. */
export const LegalStatusValue = z.enum([
  'pending',
  'granted',
  'lapsed',
  'expired',
  'withdrawn',
  'refused',
  'revoked',
])
export type LegalStatusValue = z.infer<typeof LegalStatusValue>

/** The legal events a source gives for one publication (an INPADOC family member). */
export const LegalEventSet = z.object({
  /** Canonical publication id (`EP-1000000-A1`) the events belong to. */
  publication: z.string().min(1),
  /** The application the events were reported against. */
  application: DocumentId.optional(),
  events: z.array(LegalEvent),
  /** Parser id and file the events were read from. */
  source: z.object({ format: z.string(), file: z.string().optional() }),
})
export type LegalEventSet = z.infer<typeof LegalEventSet>

/** A publication's normalised status and the event that set it. */
export const LegalStatus = z.object({
  publication: z.string(),
  status: LegalStatusValue,
  /** The event that set the status; absent when the status comes from the patent term. */
  event: LegalEvent.optional(),
  /** Date the status took effect (the event's effective or gazette date, or the term's end). */
  since: IsoDate.optional(),
  /** `rule` (an event code mapped by the rules), `keyword` (the description's wording), `term` (20 years from filing passed). */
  basis: z.enum(['rule', 'keyword', 'term']),
  /** Id of the rule that matched, e.g. `ep-staa-granted`. */
  rule: z.string().optional(),
  /** Designated states of a regional patent reported as lapsed there (EP `PG25`, national codes). */
  lapsedIn: z.array(CountryCode).optional(),
  /** Version of the status rules used. */
  rulesVersion: z.string(),
})
export type LegalStatus = z.infer<typeof LegalStatus>
