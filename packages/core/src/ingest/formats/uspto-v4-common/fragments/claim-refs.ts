import { rawText } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import type { MapContext } from '../context.js'

/** Longest range of claims a reference may span; longer ones are taken as misprints. */
const MAX_RANGE = 500

/** Claim numbers from a `num` or `id` attribute: `00025` → [25], `CLM-01-24` → [1 … 24]. */
export function numbersFromId(raw: string | undefined): number[] | undefined {
  const m = raw ? /(\d+)(?:\s*-\s*(\d+))?\s*$/.exec(raw) : null
  if (!m) {
    return undefined
  }
  const from = Number(m[1])
  const to = m[2] === undefined ? from : Number(m[2])
  if (from < 1 || to < from || to - from > MAX_RANGE) {
    return from >= 1 ? [from] : undefined
  }
  return range(from, to)
}

function range(from: number, to: number): number[] {
  const out: number[] = []
  for (let n = from; n <= to; n++) {
    out.push(n)
  }
  return out
}

/** "claims 2-4" inside a reference, or "through 4" / "to 4" / "- 4" right after it. */
const INNER_RANGE = /(\d+)\s*(?:-|–|to|through|thru)\s*(\d+)\s*$/i
const RANGE_AFTER = /^\s*(?:-|–|to|through|thru)\s*(?:claims?\s*)?(\d+)/i

/** Up to `limit` characters of the text that follows `children[from]` among its siblings. */
function textAfter(
  siblings: readonly (XmlElement | string)[],
  from: number,
  limit: number,
): string {
  let out = ''
  for (let i = from + 1; i < siblings.length && out.length < limit; i++) {
    const s = siblings[i]!
    out += typeof s === 'string' ? s : rawText(s)
  }
  return out.slice(0, limit)
}

/**
 * The claim numbers a claim refers to through its `claim-ref` elements, in order, without
 * duplicates. An `idref` resolves through `byId`; an unknown one falls back to the number printed
 * in the reference (`claim 5`), else to the one in the id (`CLM-00005`), with a warning. A range printed around a reference
 * ("claims 2 through 4") adds the numbers in between.
 */
export function collectClaimRefs(
  claim: XmlElement,
  byId: ReadonlyMap<string, readonly number[]>,
  ctx: MapContext,
): number[] {
  const found = new Set<number>()
  const walk = (el: XmlElement): void => {
    el.children.forEach((c, i) => {
      if (typeof c === 'string') {
        return
      }
      if (c.name !== 'claim-ref') {
        walk(c)
        return
      }
      const label = rawText(c)
      const ids = (c.attrs.idref ?? '').split(/\s+/).filter(Boolean)
      let numbers = ids.flatMap((id) => byId.get(id) ?? [])
      if (numbers.length === 0 || ids.some((id) => !byId.has(id))) {
        // The printed label is what the reader sees; the id's digits are the last resort.
        const printed = numbersFromId(label.replace(/[^\d-]+/g, ' ').trim())
        numbers = [...numbers, ...(printed ?? ids.flatMap((id) => numbersFromId(id) ?? []))]
        ctx.warn('claims/claim/claim-ref', `unresolved idref "${c.attrs.idref ?? ''}" ("${label}")`)
      }
      const last = numbers[numbers.length - 1]
      const inner = INNER_RANGE.exec(label)
      const after = RANGE_AFTER.exec(textAfter(el.children, i, 40))
      const end = inner ? Number(inner[2]) : after ? Number(after[1]) : undefined
      if (last !== undefined && end !== undefined && end > last && end - last <= MAX_RANGE) {
        numbers = [...numbers, ...range(last + 1, end)]
      }
      numbers.forEach((n) => found.add(n))
    })
  }
  walk(claim)
  return [...found]
}
