import type { DocumentType, PublicationStage } from '../../../model/patent.js'

/** What a US document is, from its number prefix and kind code. */
export interface UsDocumentKind {
  readonly documentType: DocumentType
  readonly stage: PublicationStage
}

/** APS application types (`APT`) with the kind code USPTO gave such documents before 2001. */
const APS_TYPES: Readonly<Record<string, { type: DocumentType; kind: string }>> = {
  '1': { type: 'utility', kind: 'A' },
  '2': { type: 'reissue', kind: 'E' },
  '4': { type: 'design', kind: 'S' },
  '5': { type: 'defensive-publication', kind: 'I4' },
  '6': { type: 'plant', kind: 'P' },
  '7': { type: 'statutory-invention-registration', kind: 'H' },
}

/** Number prefixes of US series other than utility patents. */
const PREFIX_TYPES: Readonly<Record<string, { type: DocumentType; kind: string }>> = {
  D: { type: 'design', kind: 'S' },
  RE: { type: 'reissue', kind: 'E' },
  PP: { type: 'plant', kind: 'P' },
  T: { type: 'defensive-publication', kind: 'I4' },
  H: { type: 'statutory-invention-registration', kind: 'H' },
}

/** Defensive publications and SIRs are published, but they are not granted patents. */
function stageOf(type: DocumentType): PublicationStage {
  return type === 'defensive-publication' || type === 'statutory-invention-registration'
    ? 'unknown'
    : 'grant'
}

/**
 * Type and pre-2001 kind code of an APS document: the number prefix (`D`, `RE`, `PP`, `T`, `H`)
 * wins over the application type `APT`, which is all a utility patent has.
 */
export function apsDocumentKind(
  prefix: string,
  apt: string | undefined,
): UsDocumentKind & { kind: string } {
  const entry = PREFIX_TYPES[prefix] ?? APS_TYPES[(apt ?? '').trim()] ?? APS_TYPES['1']!
  return { documentType: entry.type, stage: stageOf(entry.type), kind: entry.kind }
}

/**
 * Type and stage of a US document from its canonical number and kind code (BRS, 2001 on):
 * 11-digit numbers are pre-grant publications, prefixed numbers are designs, reissues, plants…
 */
export function usDocumentKind(number: string, kind: string | undefined): UsDocumentKind {
  const prefix = /^([A-Z]*)\d/.exec(number)?.[1] ?? ''
  const k = (kind ?? '').toUpperCase()
  if (/^\d{11}$/.test(number)) {
    return { documentType: /^P/.test(k) ? 'plant' : 'utility', stage: 'application' }
  }
  const entry = PREFIX_TYPES[prefix]
  if (entry) {
    return { documentType: entry.type, stage: stageOf(entry.type) }
  }
  return { documentType: 'utility', stage: /^[ABC]/.test(k) || k === '' ? 'grant' : 'unknown' }
}
