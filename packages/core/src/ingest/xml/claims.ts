import type { Claim } from '../../model/claim.js'
import { blockText, type BlockTextRules } from './block-text.js'
import type { XmlElement } from './tree.js'

/** How a format marks up its claims. */
export interface ClaimMarkup {
  /** Attribute holding the claim id (`ID` = `CLM-00001` in ST.32, `id` in PAP). */
  readonly idAttribute: string
  /** How to flatten a claim's text (its blocks become lines). */
  readonly text: BlockTextRules
  /** How the claim refers to earlier claims. */
  readonly references: ClaimRefMarkup
}

/** The claims of one document and whether their dependencies had to be read from the wording. */
export interface ClaimList {
  readonly claims: Claim[]
  /** True when no claim carried reference markup and `textClaimReferences` was used. */
  readonly fromWording: boolean
}

/**
 * Reads claim elements: text flattened by `markup.text`; number from the id (`CLM-00012`), else
 * the printed `12.`, else the position; dependencies from the reference markup (ranges expanded),
 * or, when the document marks up no reference at all, from the wording. Claims printed as
 * `(canceled)` are flagged.
 */
export function readClaimList(elements: readonly XmlElement[], markup: ClaimMarkup): ClaimList {
  const numberOfId = new Map<string, number>()
  const claims: Claim[] = elements.map((el, i) => {
    const text = blockText(el, markup.text)
    const id = el.attrs[markup.idAttribute]
    const number = idNumber(id) ?? idNumber(/^\s*(\d+)\s*\./.exec(text)?.[1]) ?? i + 1
    if (id) {
      numberOfId.set(id, number)
    }
    return { number, text, dependsOn: [], independent: true }
  })
  const fromWording = !elements.some((el) => hasElement(el, markup.references.element))
  elements.forEach((el, i) => {
    const claim = claims[i]!
    const refs = fromWording
      ? textClaimReferences(claim.text, claim.number)
      : claimReferences(el, markup.references, (id) => numberOfId.get(id) ?? idNumber(id))
    claim.dependsOn = refs.filter((n) => n !== claim.number)
    claim.independent = claim.dependsOn.length === 0
    if (/^\s*(?:\d+\s*\.\s*)?\((?:canceled|cancelled|deleted)\)/i.test(claim.text)) {
      claim.cancelled = true
    }
  })
  return { claims, fromWording: fromWording && claims.some((c) => !c.independent) }
}

/** `CLM-00012` → 12; `undefined` when the text ends in no positive number. */
function idNumber(raw: string | undefined): number | undefined {
  const m = raw ? /(\d+)\s*$/.exec(raw) : null
  const n = m ? Number(m[1]) : 0
  return n > 0 ? n : undefined
}

function hasElement(el: XmlElement, name: string): boolean {
  return el.children.some((c) => typeof c !== 'string' && (c.name === name || hasElement(c, name)))
}

/** How a format marks claim references: the element name and the attribute holding target ids. */
export interface ClaimRefMarkup {
  /** `CLREF` (ST.32) or `dependent-claim-reference` (PAP). */
  readonly element: string
  /** `ID` (ST.32) or `depends_on` (PAP); may hold several ids separated by spaces. */
  readonly attribute: string
}

/** Words that join two references into a range: `claims 1 to 3`, `1 through 5`, `1-3`. */
const RANGE = /^\s*(?:to|through|thru|-|\u2013|\u2014)\s*$/i
const MAX_RANGE = 200

/**
 * The claim numbers an element refers to, in order and without repeats. `numberOf` maps a target
 * id to its claim number. Offices mark only the ends of a range (`any one of <ref>claims 1</ref>
 * to <ref>3</ref>`), so two references joined by `to`/`through`/a dash are expanded to the whole
 * range, which is what the claim depends on.
 */
export function claimReferences(
  el: XmlElement,
  markup: ClaimRefMarkup,
  numberOf: (id: string) => number | undefined,
): number[] {
  const out: number[] = []
  let between: string | undefined
  let last: number | undefined
  const add = (n: number): void => {
    if (last !== undefined && between !== undefined && RANGE.test(joiner(between))) {
      if (n > last && n - last <= MAX_RANGE) {
        for (let k = last + 1; k < n; k++) {
          out.push(k)
        }
      }
    }
    out.push(n)
    last = n
    between = ''
  }
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (typeof c === 'string') {
        if (between !== undefined) {
          between += c
        }
      } else if (c.name === markup.element) {
        const ids = (c.attrs[markup.attribute] ?? '').split(/\s+/).filter(Boolean)
        for (const id of ids) {
          const n = numberOf(id)
          if (n !== undefined) {
            add(n)
          }
        }
      } else {
        walk(c)
      }
    }
  }
  walk(el)
  return [...new Set(out)]
}

/** The text between two references without the reference wording SGML leaves outside them. */
function joiner(between: string): string {
  return between.replace(/\bclaims?\b|\d+/gi, '')
}

const CITED =
  /\bclaims?\s+(\d+(?:(?:\s*(?:,|or|and|to|through|thru|-|\u2013))+\s*(?:claims?\s+)?\d+)*)/gi
const TOKEN = /(\d+)|\b(to|through|thru)\b|(-|\u2013)/gi

/**
 * Claim numbers cited in a claim's wording (`The method of claim 1`, `any of claims 2 to 4`), for
 * documents whose claims carry no reference markup. Only earlier claims count: a US dependent
 * claim refers back to a preceding claim.
 *
 * @example textClaimReferences('5. The method of any of claims 2 to 4, wherein', 5) // [2, 3, 4]
 */
export function textClaimReferences(text: string, own: number): number[] {
  const out: number[] = []
  for (const m of text.matchAll(CITED)) {
    let last: number | undefined
    let range = false
    for (const t of (m[1] ?? '').matchAll(TOKEN)) {
      if (t[1] === undefined) {
        range = last !== undefined
        continue
      }
      const n = Number(t[1])
      if (range && last !== undefined && n > last && n - last <= MAX_RANGE) {
        for (let k = last + 1; k < n; k++) {
          out.push(k)
        }
      }
      out.push(n)
      last = n
      range = false
    }
  }
  return [...new Set(out)].filter((n) => n > 0 && n < own)
}
