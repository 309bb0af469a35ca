import { z } from 'zod'
import { LegalStatusValue } from '../../model/legal-event.js'
import raw from './data/status-rules.json' with { type: 'json' }

const Rule = z.object({
  id: z.string(),
  codes: z.array(z.string()).optional(),
  /** Alternatives (`|`) matched case-insensitively against the event's text and description. */
  text: z.string().optional(),
  status: LegalStatusValue,
  /** The status instead of `status` when the publication is a granted patent. */
  statusOfGrant: LegalStatusValue.optional(),
  /** `state`: the event concerns one designated state of a regional patent, not the whole. */
  scope: z.enum(['publication', 'state']).optional(),
  source: z.string().optional(),
})
/** One status rule of `data/status-rules.json`. */
export type StatusRule = z.infer<typeof Rule>

const RuleFile = z.object({
  version: z.string(),
  description: z.string(),
  sources: z.record(z.string(), z.string()),
  rules: z.array(Rule),
  keywords: z.array(Rule),
})
/** The versioned status rules: code rules, then wording fallbacks, with their sources. */
export type StatusRules = z.infer<typeof RuleFile>

/** The status rules shipped with Chuhai (validated at load; a broken file fails fast). */
export const STATUS_RULES: StatusRules = RuleFile.parse(raw)

/** Compiles a rule's `text` alternatives once. */
export function rulePattern(rule: StatusRule): RegExp | undefined {
  return rule.text ? new RegExp(rule.text, 'i') : undefined
}
