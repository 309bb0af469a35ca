import { z } from 'zod'
import { CountryCode, IsoDate } from './document-id.js'

/** A Paris Convention or PCT priority claim. */
export const PriorityClaim = z.object({
  country: CountryCode,
  /** Application number as given by the source, whitespace-trimmed. */
  number: z.string().min(1),
  date: IsoDate.optional(),
  /** `national`, `regional` (EP, EA, AP…) or `international` (PCT). */
  kind: z.enum(['national', 'regional', 'international']).optional(),
  sequence: z.number().int().nonnegative().optional(),
})
export type PriorityClaim = z.infer<typeof PriorityClaim>
