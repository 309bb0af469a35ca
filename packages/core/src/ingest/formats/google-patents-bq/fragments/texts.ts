import type { ClaimSet } from '../../../../model/claim.js'
import { normalizeLanguage, type LocalizedText } from '../../../../model/text.js'
import { buildClaim, splitClaims } from '../../../../eligibility/claim-text.js'
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
 * claim 1 …"); it is cut into numbered claims, with dependencies read from the wording. A text
 * without claim labels (old OCR'd grants: "I. An ultrasonic system …") is the whole claim set, so
 * it is kept as claim 1 rather than numbered after the claims its later parts refer to.
 */
export function claimSets(r: FieldReader, obj: JsonObject): ClaimSet[] {
  return localizedTexts(r, obj, 'claims_localized')
    .map((t) => ({
      lang: t.lang,
      claims: wholeSetAsClaimOne(t.text, splitClaims(t.text)).map((c) => ({
        number: c.number,
        text: c.text,
        dependsOn: [...c.dependsOn],
        independent: c.independent,
      })),
    }))
    .filter((set) => set.claims.length > 0)
}

function wholeSetAsClaimOne(
  text: string,
  claims: ReturnType<typeof splitClaims>,
): ReturnType<typeof splitClaims> {
  const only = claims.length === 1 ? claims[0] : undefined
  // No label was cut off: the claim is the whole text.
  return only && only.number !== 1 && only.text === text.trim()
    ? [buildClaim(1, only.text)]
    : claims
}

function textOf(t: JsonObject): string {
  const v = t.text
  return typeof v === 'string' ? v.trim() : ''
}
