import { z } from 'zod'
import { LanguageTag } from './text.js'

/** One claim: its number, full text, and the claims it refers back to. */
export const Claim = z.object({
  /** 1-based claim number as printed. */
  number: z.number().int().positive(),
  text: z.string(),
  /** Numbers of the claims this claim depends on (empty for an independent claim). */
  dependsOn: z.array(z.number().int().positive()),
  independent: z.boolean(),
  /** True for a claim the source marks as cancelled ("(canceled)", "[Deleted]"). */
  cancelled: z.boolean().optional(),
})
export type Claim = z.infer<typeof Claim>

/** The claims of a document in one language. The tree is given by `dependsOn`. */
export const ClaimSet = z.object({
  lang: LanguageTag,
  claims: z.array(Claim),
})
export type ClaimSet = z.infer<typeof ClaimSet>
