import type { ClaimSet } from '../../../model/claim.js'
import { textClaimReferences } from '../../xml/claims.js'
import { descendant } from '../../xml/query.js'
import type { XmlElement } from '../../xml/tree.js'
import type { MapContext } from '../uspto-v4-common/context.js'
import { mapClaims } from '../uspto-v4-common/fragments/claims.js'

/** German, French, Chinese and Japanese claim wording rewritten to the English forms the reader knows. */
const WORDING: readonly [RegExp, string][] = [
  [/Anspr(?:uch|uchs|üche|üchen)\b/giu, 'claims'],
  [/revendications?\b/giu, 'claims'],
  [/reivindicaci(?:ón|ones)\b/giu, 'claims'],
  [/rivendicazion[ei]\b/giu, 'claims'],
  [/(?:权利要求|請求項|请求项|權利要求)\s*/gu, ' claims '],
  [/\s(?:bis|à|a|al)\s+(?=\d)/gu, ' to '],
  [/(?<=\d)\s*(?:至|〜|～|~|－|‐)\s*(?=\d)/gu, ' to '],
  [/\s(?:oder|ou|o)\s+(?=\d)/gu, ' or '],
  [/(?<=\d)\s*(?:或|または|若しくは|もしくは|或いは)\s*(?=\d)/gu, ' or '],
  [/\s(?:und|et|y|e)\s+(?=\d)/gu, ' and '],
  [/(?<=\d)\s*(?:和|及び|及|并且)\s*(?=\d)/gu, ' and '],
  [/(?<=\d)\s*[、，]\s*(?=\d)/gu, ', '],
]

/** Claim numbers cited in a claim's wording in English, German, French, Spanish, Italian, Chinese or Japanese. */
export function wordingClaimRefs(text: string, own: number): number[] {
  // Full-width digits (Japanese, Chinese) read as ASCII digits first.
  let t = text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  for (const [re, to] of WORDING) {
    t = t.replace(re, to)
  }
  return textClaimReferences(t, own)
}

/**
 * Maps an ST.36 `claims` block (EP, WIPO, CNIPA, JPO): numbers, text and `claim-ref` markup as
 * the USPTO v4 mapper reads them; when the block marks up no reference at all (EPO documents
 * mostly do not), dependencies come from the wording ("according to claim 1", "nach Anspruch 1",
 * "selon la revendication 1", "根据权利要求1").
 */
export function mapSt36Claims(el: XmlElement, ctx: MapContext): ClaimSet {
  const set = mapClaims(el, ctx)
  if (descendant(el, 'claim-ref')) {
    return set
  }
  for (const claim of set.claims) {
    if (claim.cancelled) {
      continue
    }
    claim.dependsOn = wordingClaimRefs(claim.text, claim.number)
    claim.independent = claim.dependsOn.length === 0
  }
  return set
}
