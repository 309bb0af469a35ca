import { parsePublicationNumber } from '../../../model/publication-number.js'
import type { DocumentType, PublicationStage } from '../../../model/patent.js'

/**
 * Stage and document type of a publication from its office and kind code (WIPO ST.16 and the
 * offices' kind-code tables as Espacenet lists them): B/C kinds are grants nearly everywhere
 * (a DE `B` before 1981 was a published examined application, still treated as a grant-stage
 * text here); A kinds are applications, except US `A` (grants before 2001); U/Y/Z are utility
 * models (CN, JP, KR, DE `U`), US `S` designs, US `P` plants, US `E` reissues; EP/WO A3/A4 are
 * search reports.
 */
export function stageOfKind(
  country: string,
  kind: string | undefined,
): { stage: PublicationStage; documentType: DocumentType } {
  const k = (kind ?? '').toUpperCase()
  const letter = k.charAt(0)
  if (!letter) {
    return { stage: 'unknown', documentType: 'unknown' }
  }
  if (country === 'US') {
    if (letter === 'S') {
      return { stage: 'grant', documentType: 'design' }
    }
    if (letter === 'P') {
      return { stage: k === 'P1' ? 'application' : 'grant', documentType: 'plant' }
    }
    if (letter === 'E') {
      return { stage: 'grant', documentType: 'reissue' }
    }
    if (letter === 'H') {
      return { stage: 'grant', documentType: 'statutory-invention-registration' }
    }
    if (k === 'A') {
      return { stage: 'grant', documentType: 'utility' }
    }
  }
  if (letter === 'U' || letter === 'Y' || letter === 'Z') {
    const granted = letter === 'Y' || (country === 'CN' && letter === 'U') || k === 'U1'
    return { stage: granted ? 'grant' : 'application', documentType: 'utility-model' }
  }
  if ((country === 'EP' || country === 'WO') && (k === 'A3' || k === 'A4')) {
    return { stage: 'search-report', documentType: 'utility' }
  }
  if (letter === 'B' || letter === 'C') {
    return { stage: 'grant', documentType: 'utility' }
  }
  if (k === 'T2' || k === 'T3' || k === 'T4') {
    return { stage: 'grant', documentType: 'utility' }
  }
  if (letter === 'A' || letter === 'T' || letter === 'W') {
    return { stage: 'application', documentType: 'utility' }
  }
  return { stage: 'unknown', documentType: 'utility' }
}

/**
 * Canonical publication number of `country` + `number` + `kind`, or — for numbers the common
 * spellings do not cover (Austrian `E232441` translations of EP patents, prefixed national
 * series) — the number as given, upper-cased without separators. `undefined` when nothing usable
 * is left.
 */
export function publicationNumberOf(
  country: string,
  number: string,
  kind: string | undefined,
): { country: string; number: string; kind?: string } | undefined {
  const pn = parsePublicationNumber(`${country}${number}${kind ?? ''}`)
  if (pn) {
    return pn
  }
  const raw = number.toUpperCase().replace(/[^A-Z0-9]/g, '')
  if (!/^[A-Z]{0,3}\d+[A-Z0-9]*$/.test(raw)) {
    return undefined
  }
  const k = kind?.toUpperCase()
  return k && /^[A-Z0-9]{1,3}$/.test(k)
    ? { country, number: raw, kind: k }
    : { country, number: raw }
}
