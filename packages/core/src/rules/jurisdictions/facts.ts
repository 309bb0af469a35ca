import type { AnyFact, FactStatus } from './fact.js'

/** A fact found in an office file, with its path (`pct.chapter1Months`, `fees.3`). */
export interface LocatedFact {
  readonly path: string
  readonly fact: AnyFact
}

function isFact(value: unknown): value is AnyFact {
  return (
    typeof value === 'object' &&
    value !== null &&
    'status' in value &&
    'source' in value &&
    'value' in value
  )
}

/**
 * Every fact (and money fact) under `value`, depth first. A fact's own value is not searched:
 * facts do not nest.
 * @example collectFacts(kb.office('US')).length
 */
export function collectFacts(value: unknown, path = ''): LocatedFact[] {
  if (isFact(value)) {
    return [{ path, fact: value }]
  }
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => collectFacts(v, path ? `${path}.${i}` : String(i)))
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => collectFacts(v, path ? `${path}.${k}` : k))
  }
  return []
}

/** How many facts have each status. */
export function countByStatus(facts: readonly LocatedFact[]): Record<FactStatus, number> {
  const counts: Record<FactStatus, number> = { verified: 0, secondary: 0, unverified: 0 }
  for (const { fact } of facts) {
    counts[fact.status] += 1
  }
  return counts
}
