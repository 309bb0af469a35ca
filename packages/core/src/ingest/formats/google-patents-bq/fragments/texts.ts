import type { ClaimSet } from '../../../../model/claim.js'
import { normalizeLanguage, type LocalizedText } from '../../../../model/text.js'
import { splitClaims } from '../../../../eligibility/claim-text.js'
import type { FieldReader, JsonObject } from '../../../json/field-reader.js'

/** `title_localized` and the like: `[{text, language, truncated}]`, every language kept. */
export function localizedTexts(r: FieldReader, obj: JsonObject, key: string): LocalizedText[] {
  return r
    .objects(obj, key)
    .map((t, i) => ({
      lang: normalizeLanguage(r.string(t, 'language', `${key}[${i}].language`)),
      text: textOf(t),
    }))
    .filter((t) => t.text !== '')
}

/**
 * `claims_localized` holds each language's claims as one text ("1. A method … 2. The method of
 * claim 1 …"); it is cut into numbered claims, with dependencies read from the wording.
 */
export function claimSets(r: FieldReader, obj: JsonObject): ClaimSet[] {
  return localizedTexts(r, obj, 'claims_localized')
    .map((t) => ({
      lang: t.lang,
      claims: splitClaims(t.text).map((c) => ({
        number: c.number,
        text: c.text,
        dependsOn: [...c.dependsOn],
        independent: c.independent,
      })),
    }))
    .filter((set) => set.claims.length > 0)
}

function textOf(t: JsonObject): string {
  const v = t.text
  return typeof v === 'string' ? v.trim() : ''
}
