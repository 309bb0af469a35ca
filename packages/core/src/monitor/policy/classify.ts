import { z } from 'zod'
import rules from './data/policy-rules.json' with { type: 'json' }
import {
  POLICY_JURISDICTIONS,
  POLICY_TOPICS,
  type PolicyJurisdiction,
  type PolicyTopic,
} from './policy-source.js'

const RulesFile = z.object({
  version: z.string(),
  note: z.string().optional(),
  topics: z.array(z.object({ id: z.string(), topic: z.enum(POLICY_TOPICS), pattern: z.string() })),
  jurisdictions: z.array(
    z.object({ id: z.string(), jurisdiction: z.enum(POLICY_JURISDICTIONS), pattern: z.string() }),
  ),
})

/** Why an item got a topic or a jurisdiction: the rule and the words it matched. */
export interface ClassificationReason {
  readonly rule: string
  readonly assigns: string
  readonly matched: readonly string[]
}

/** The classification of one item. */
export interface PolicyClassification {
  readonly jurisdiction: PolicyJurisdiction
  readonly topics: readonly PolicyTopic[]
  readonly reasons: readonly ClassificationReason[]
}

const parsed = RulesFile.parse(rules)
const TOPIC_RULES = parsed.topics.map((r) => ({ ...r, re: new RegExp(r.pattern, 'giu') }))
const JURISDICTION_RULES = parsed.jurisdictions.map((r) => ({
  ...r,
  re: new RegExp(r.pattern, 'giu'),
}))

/** Version of the rules file, stored with each classified item. */
export const POLICY_RULES_VERSION = parsed.version

function matches(re: RegExp, text: string): string[] {
  return [...new Set([...text.matchAll(re)].map((m) => m[0]))].slice(0, 5)
}

/**
 * Classifies an item by its title and summary with the rules of `policy-rules.json`: topics from
 * every matching topic rule plus the source's own topics; the jurisdiction of the source unless
 * the text names exactly one other office or court (a WIPO item in a USPTO feed stays US when it
 * also names the USPTO). Every decision is listed in `reasons`.
 */
export function classifyPolicyItem(
  text: { readonly title: string; readonly summary: string },
  source: {
    readonly id: string
    readonly jurisdiction: PolicyJurisdiction
    readonly topics: readonly PolicyTopic[]
  },
): PolicyClassification {
  const body = `${text.title}\n${text.summary}`
  const reasons: ClassificationReason[] = []
  const topics = new Set<PolicyTopic>()
  for (const t of source.topics) {
    topics.add(t)
    reasons.push({ rule: `source:${source.id}`, assigns: t, matched: [] })
  }
  for (const rule of TOPIC_RULES) {
    const found = matches(rule.re, body)
    if (found.length > 0) {
      topics.add(rule.topic)
      reasons.push({ rule: rule.id, assigns: rule.topic, matched: found })
    }
  }
  const named = new Map<PolicyJurisdiction, ClassificationReason>()
  for (const rule of JURISDICTION_RULES) {
    const found = matches(rule.re, body)
    if (found.length > 0 && !named.has(rule.jurisdiction)) {
      named.set(rule.jurisdiction, { rule: rule.id, assigns: rule.jurisdiction, matched: found })
    }
  }
  let jurisdiction = source.jurisdiction
  const others = [...named.keys()].filter((j) => j !== source.jurisdiction)
  if (!named.has(source.jurisdiction) && others.length === 1) {
    jurisdiction = others[0]!
    reasons.push(named.get(jurisdiction)!)
  } else {
    reasons.push({ rule: `source:${source.id}`, assigns: jurisdiction, matched: [] })
  }
  return { jurisdiction, topics: POLICY_TOPICS.filter((t) => topics.has(t)), reasons }
}
