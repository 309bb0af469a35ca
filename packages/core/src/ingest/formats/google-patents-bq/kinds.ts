import type { DocumentType, PublicationStage } from '../../../model/patent.js'

// Kind codes of granted or registered documents across offices (WIPO ST.16): B (examined, EP/CN/DE
// and others), C (patent, DE/CN until 1993), E (US reissue), P2/P3 (US plant), S (designs),
// H (US SIR), Y (CN utility model registration).
const GRANT_KINDS = /^(B\d?|C\d?|E\d?|S\d?|P[23]|H\d?|Y\d?)$/

/**
 * Stage of a publication from its office and kind code. US documents before 2001 carry kind `A`
 * (or none, in scraped data) and are grants: US pre-grant publications only began in 2001 and have
 * eleven-digit numbers. EP/WO `A3`/`A4` are search reports.
 */
export function stageFromKind(
  country: string,
  number: string,
  kind: string | undefined,
): PublicationStage {
  const k = kind ?? ''
  if (country === 'US' && (k === '' || k === 'A') && !/^(19|20)\d{9}$/.test(number)) {
    return 'grant'
  }
  if (/^A[34]$/.test(k) && (country === 'EP' || country === 'WO')) {
    return 'search-report'
  }
  if (GRANT_KINDS.test(k)) {
    return 'grant'
  }
  return k === '' ? 'unknown' : 'application'
}

/** Document type from office, number prefix and kind (designs, plants, reissues, utility models). */
export function typeFromKind(
  country: string,
  number: string,
  kind: string | undefined,
): DocumentType {
  const k = kind ?? ''
  if (country === 'US') {
    if (number.startsWith('D') || /^S\d?$/.test(k)) {
      return 'design'
    }
    if (number.startsWith('PP') || /^P\d?$/.test(k)) {
      return 'plant'
    }
    if (number.startsWith('RE') || /^E\d?$/.test(k)) {
      return 'reissue'
    }
    if (number.startsWith('H') || /^H\d?$/.test(k)) {
      return 'statutory-invention-registration'
    }
    return 'utility'
  }
  if (/^[UY]\d?$/.test(k) && ['CN', 'DE', 'JP', 'KR', 'AT', 'ES'].includes(country)) {
    return 'utility-model'
  }
  if (/^S\d?$/.test(k)) {
    return 'design'
  }
  return 'utility'
}
