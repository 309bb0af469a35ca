import type { PolicyJurisdiction, PolicyTopic } from './policy-source.js'

/** Who wants which policy news: empty lists mean every jurisdiction / every topic. */
export interface PolicySubscription {
  readonly id: number
  readonly name: string
  readonly jurisdictions: readonly PolicyJurisdiction[]
  readonly topics: readonly PolicyTopic[]
}

/** Whether an item of `jurisdiction` with `topics` concerns the subscriber. */
export function subscriptionMatches(
  sub: Pick<PolicySubscription, 'jurisdictions' | 'topics'>,
  jurisdiction: PolicyJurisdiction,
  topics: readonly PolicyTopic[],
): boolean {
  const j = sub.jurisdictions.length === 0 || sub.jurisdictions.includes(jurisdiction)
  const t = sub.topics.length === 0 || topics.some((x) => sub.topics.includes(x))
  return j && t
}
