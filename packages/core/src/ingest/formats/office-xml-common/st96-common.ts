import type { Claim, ClaimSet } from '../../../model/claim.js'
import { toIsoDate } from '../../../model/document-id.js'
import { child, children, descendants, proseText, text } from '../../xml/query.js'
import type { XmlElement } from '../../xml/tree.js'
import { wordingClaimRefs } from './claims.js'
import { joinCjkWraps } from './cjk-text.js'

/** ST.96 names of blocks that end a line when prose is flattened. */
const RENAME: Readonly<Record<string, string>> = {
  P: 'p',
  Paragraphs: 'p',
  ClaimText: 'claim-text',
  Heading: 'heading',
  Br: 'br',
  Row: 'row',
  Entry: 'entry',
  row: 'row',
  entry: 'entry',
}

/** A copy of `el` with ST.96 block names mapped to the ST.36 names `proseText` knows. */
export function st96Blocks(el: XmlElement): XmlElement {
  const name = RENAME[el.name] ?? el.name
  let changed = name !== el.name
  const kids = el.children.map((c) => {
    if (typeof c === 'string') {
      return c
    }
    const k = st96Blocks(c)
    changed ||= k !== c
    return k
  })
  return changed ? { name, attrs: el.attrs, children: kids } : el
}

/** Text of the first descendant named one of `names` (depth-first), or `undefined`. */
export function firstText(el: XmlElement | undefined, ...names: string[]): string | undefined {
  for (const name of names) {
    const found = descendants(el, name)[0]
    const t = found ? text(found) : ''
    if (t) {
      return t
    }
  }
  return undefined
}

/** An ST.96 date: `2015-01-20` or `20150120`. */
export function st96Date(raw: string | undefined): string | undefined {
  return toIsoDate(raw?.replace(/-/g, ''))
}

/** Flattened prose of an ST.96 block (`Abstract`, `Description`), CJK print wraps joined. */
export function st96Prose(el: XmlElement, skip: ReadonlySet<string> = new Set()): string {
  return joinCjkWraps(proseText(st96Blocks(el), skip))
}

/**
 * ST.96 claims (`Claims/Claim`): number from `ClaimNumber`, `num` or the position; text with one
 * line per `ClaimText`; dependencies from `ClaimReference` targets (`idrefs` = claim ids), else from
 * the wording (English, Chinese, Japanese forms).
 */
export function st96Claims(el: XmlElement, lang: string): ClaimSet {
  const claimEls = children(el, 'Claim')
  const numberOf = new Map<string, number>()
  const numbers = claimEls.map((c, i) => {
    const n = Number(
      text(child(c, 'ClaimNumber')) || /(\d+)\s*$/.exec(c.attrs.num ?? '')?.[1] || i + 1,
    )
    const id = c.attrs.id ?? c.attrs['com:id']
    if (id) {
      numberOf.set(id, n)
    }
    return n
  })
  const claims: Claim[] = []
  claimEls.forEach((c, i) => {
    const number = numbers[i]!
    const body = st96Prose({
      ...c,
      children: c.children.filter(
        (k) =>
          typeof k === 'string' || (k.name !== 'ClaimNumber' && k.name !== 'ClaimTypeCategory'),
      ),
    })
    if (!body) {
      return
    }
    const refs = descendants(c, 'ClaimReference').flatMap((r) =>
      (r.attrs['com:idrefs'] ?? r.attrs.idrefs ?? '').split(/\s+/).flatMap((id) => {
        const n = numberOf.get(id)
        return n !== undefined && n !== number ? [n] : []
      }),
    )
    const dependsOn = refs.length > 0 ? [...new Set(refs)] : wordingClaimRefs(body, number)
    claims.push({ number, text: body, dependsOn, independent: dependsOn.length === 0 })
  })
  return { lang, claims }
}
