/** A publication as the family computation sees it: its id and its family keys. */
export interface FamilyInput {
  readonly id: string
  /** From `familyKeys`: the applications whose priority it claims (or its own). */
  readonly keys: readonly string[]
}

/** The families computed for one publication. */
export interface ComputedFamily {
  /** Same set of priority keys = same simple family; the id is the sorted keys joined by `+`. */
  readonly simple: string
  /** Connected through any shared key = same extended family; the id is its smallest key. */
  readonly extended: string
}

/**
 * Computes simple and extended families locally, for sources that give no DOCDB family id
 * (EPO's definitions: a simple family shares exactly the same priorities; an extended, INPADOC
 * family is everything connected through at least one shared priority). Union-find over the keys,
 * so chains, cycles ("family loops") and self-references cannot loop or blow up; the result does
 * not depend on input order.
 *
 * @example computeFamilies([{ id: 'EP-1-A1', keys: ['US:1'] }, { id: 'CN-2-A', keys: ['US:1', 'CN:9'] }])
 */
export function computeFamilies(inputs: readonly FamilyInput[]): Map<string, ComputedFamily> {
  const parent = new Map<string, string>()
  const find = (k: string): string => {
    let root = k
    while ((parent.get(root) ?? root) !== root) {
      root = parent.get(root)!
    }
    // Path compression keeps long chains shallow for later finds.
    let cur = k
    while (cur !== root) {
      const next = parent.get(cur)!
      parent.set(cur, root)
      cur = next
    }
    return root
  }
  const union = (a: string, b: string): void => {
    const ra = find(a)
    const rb = find(b)
    if (ra !== rb) {
      // The smaller key becomes the root, so the extended id is the component's smallest key.
      if (ra < rb) {
        parent.set(rb, ra)
      } else {
        parent.set(ra, rb)
      }
    }
  }
  for (const input of inputs) {
    for (const key of input.keys) {
      if (!parent.has(key)) {
        parent.set(key, key)
      }
    }
    const [first, ...rest] = input.keys
    for (const key of rest) {
      union(first!, key)
    }
  }
  const out = new Map<string, ComputedFamily>()
  for (const input of inputs) {
    const keys = [...new Set(input.keys)].sort()
    const simple = keys.length > 0 ? keys.join('+') : `PUB:${input.id}`
    out.set(input.id, { simple, extended: keys.length > 0 ? find(keys[0]!) : simple })
  }
  return out
}
