import type { Claim, ClaimSet } from '../../../../model/claim.js'
import { normalizeLanguage, type LocalizedText } from '../../../../model/text.js'
import type { JsonObject, LensReader } from '../lens-fields.js'

/** `[{text, lang}]` (titles, abstracts) or one `{text, lang}` (the description). */
export function localizedTexts(
  r: LensReader,
  obj: JsonObject | undefined,
  key: string,
  path: string,
): LocalizedText[] {
  const value = obj?.[key]
  const entries = Array.isArray(value)
    ? r.objects(obj, key, path)
    : value
      ? [r.object(obj, key, path)]
      : []
  return entries
    .filter((e): e is JsonObject => e !== undefined)
    .map((e) => ({ lang: normalizeLanguage(r.string(e, 'lang')), text: r.string(e, 'text') }))
    .filter((t) => t.text !== '')
}

// "claim 1", "claims 1 to 3", "Anspruch 1", "Ansprüche 1", "revendication 1", "权利要求1".
const REFERENCE = /(?:\bclaims?|\bAnspr(?:uch|üche|uchs)|\brevendications?|权利要求)\s*(\d{1,3})/giu

/**
 * Claim sets per language. Lens gives each claim as a list of text pieces without numbers or
 * dependency links; claims are numbered in order and a claim that refers to an earlier claim
 * ("according to claim 1") depends on it.
 */
export function claimSets(r: LensReader, obj: JsonObject): ClaimSet[] {
  return r.objects(obj, 'claims').map((set, s) => {
    const claims: Claim[] = r.objects(set, 'claims', `claims[${s}].claims`).map((c, i) => {
      const text = r.strings(c, 'claim_text').join(' ').replace(/\s+/g, ' ').trim()
      const number = i + 1
      const dependsOn = [...text.matchAll(REFERENCE)]
        .map((m) => Number(m[1]))
        .filter((n, k, all) => n >= 1 && n < number && all.indexOf(n) === k)
      return { number, text, dependsOn, independent: dependsOn.length === 0 }
    })
    return { lang: normalizeLanguage(r.string(set, 'lang')), claims }
  })
}
