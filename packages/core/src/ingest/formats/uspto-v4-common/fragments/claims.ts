import type { Claim, ClaimSet } from '../../../../model/claim.js'
import { normalizeLanguage } from '../../../../model/text.js'
import { children, proseText } from '../../../xml/query.js'
import type { XmlElement } from '../../../xml/tree.js'
import type { MapContext } from '../context.js'
import { collectClaimRefs, numbersFromId } from './claim-refs.js'

/** "1-24. (canceled)", "5. [Deleted]": a claim that only says it is gone. */
const CANCELLED = /^[\d\s.,\-–]*[([]?\s*(?:cancell?ed|deleted)\s*[)\]]?\s*\.?\s*$/i

/**
 * Maps `claims/claim`. A claim's number is its `num` (`00025`); a `num` range (`01-24`, used
 * for a block of cancelled claims) yields one claim per number. `text` is the claim flattened
 * with one line per `claim-text`. `dependsOn` resolves every `claim-ref/@idref` through the
 * claim ids to claim numbers, including ranges printed as "claims 2 through 4". Cancelled
 * claims are flagged and count as neither independent nor dependent.
 */
export function mapClaims(el: XmlElement, ctx: MapContext): ClaimSet {
  const lang = el.attrs.lang ? normalizeLanguage(el.attrs.lang) : ctx.lang
  const elements = children(el, 'claim')
  // First pass: claim id → numbers, so that references resolve whatever their order.
  const numbering = elements.map(
    (c, i) => numbersFromId(c.attrs.num) ?? numbersFromId(c.attrs.id) ?? [i + 1],
  )
  const byId = new Map<string, readonly number[]>()
  elements.forEach((c, i) => {
    if (c.attrs.id) {
      byId.set(c.attrs.id, numbering[i]!)
    }
  })
  const claims: Claim[] = []
  elements.forEach((c, i) => {
    const numbers = numbering[i]!
    const own = new Set(numbers)
    const text = proseText(c)
    if (!text) {
      ctx.warn('claims/claim', `skipped claim ${numbers[0] ?? '?'}: it has no text`)
      return
    }
    const cancelled = CANCELLED.test(text)
    const refs = cancelled ? [] : collectClaimRefs(c, byId, ctx)
    const dependsOn = refs.filter((n) => !own.has(n))
    if (dependsOn.length < refs.length) {
      ctx.warn('claims/claim/claim-ref', `claim ${numbers[0] ?? '?'} refers to itself`)
    }
    for (const number of numbers) {
      const claim: Claim = {
        number,
        text,
        dependsOn,
        independent: !cancelled && dependsOn.length === 0,
      }
      if (cancelled) {
        claim.cancelled = true
      }
      claims.push(claim)
    }
  })
  return { lang, claims }
}
