import type { DocumentId } from '../../../../model/document-id.js'
import { toIsoDate } from '../../../../model/document-id.js'
import type { DocumentType, PublicationStage, TermData } from '../../../../model/patent.js'
import { normalizeApplicationNumber } from '../../../../model/publication-number.js'
import { valueOf, type TaggedField } from '../tagged-lines.js'
import { apsDocumentKind } from '../us-kind.js'
import { defined } from '../us-text.js'

/** A patent number read from `WKU`: office prefix (`D`, `RE`, `PP`, `T`, `H` or none) and digits. */
export interface ApsNumber {
  readonly prefix: string
  /** Canonical number: prefix and digits without leading zeros (`3937375`, `D241353`). */
  readonly number: string
}

/**
 * Reads the APS document number. `WKU` is nine characters: the zero-padded number (with its
 * series prefix) and a check digit, `039373754` → `3937375`, `D02413531` → `D241353`.
 * Shorter values carry no check digit.
 */
export function parseWku(raw: string): ApsNumber | undefined {
  const s = raw.trim().toUpperCase()
  const m = /^([A-Z]{0,2})(\d+)$/.exec(s)
  if (!m) {
    return undefined
  }
  const prefix = m[1] ?? ''
  const digits = s.length === 9 ? (m[2] ?? '').slice(0, -1) : (m[2] ?? '')
  const stripped = digits.replace(/^0+/, '')
  return stripped ? { prefix, number: `${prefix}${stripped}` } : undefined
}

/** What `PATN` says about the document itself. */
export interface ApsIdentity {
  readonly publication: DocumentId
  readonly documentType: DocumentType
  readonly stage: PublicationStage
  readonly application?: DocumentId
  readonly term?: TermData
  readonly claimCount?: number
  readonly figureCount?: number
}

/**
 * Maps the `PATN` fields: number and kind (`WKU`, `APT`), issue date (`ISD`), application
 * (`SRC` series code + `APN`, whose seventh digit is a check digit, filed `APD`), term (`TRM`
 * years, `DCD` disclaimer date), claim and figure counts (`NCL`, `NFG`).
 */
export function readIdentity(patn: readonly TaggedField[], wku: ApsNumber): ApsIdentity {
  const kind = apsDocumentKind(wku.prefix, valueOf(patn, 'APT'))
  const publication = defined<DocumentId>({
    country: 'US',
    number: wku.number,
    kind: kind.kind,
    date: toIsoDate(valueOf(patn, 'ISD')),
  })
  return defined<ApsIdentity>({
    publication,
    documentType: kind.documentType,
    stage: kind.stage,
    application: application(patn),
    term: term(patn),
    claimCount: count(valueOf(patn, 'NCL')),
    figureCount: count(valueOf(patn, 'NFG')),
  })
}

function application(patn: readonly TaggedField[]): DocumentId | undefined {
  const apn = valueOf(patn, 'APN')?.replace(/\s+/g, '')
  if (!apn) {
    return undefined
  }
  const serial = /^\d{7}$/.test(apn) ? apn.slice(0, 6) : apn
  const series = valueOf(patn, 'SRC')
  const number = normalizeApplicationNumber(
    series && /^\d{1,2}$/.test(series) ? `${series.padStart(2, '0')}${serial}` : serial,
  )
  return defined<DocumentId>({ country: 'US', number, date: toIsoDate(valueOf(patn, 'APD')) })
}

function term(patn: readonly TaggedField[]): TermData | undefined {
  const years = count(valueOf(patn, 'TRM'))
  const disclaimer = toIsoDate(valueOf(patn, 'DCD'))
  const t = defined<TermData>({
    lengthYears: years && years > 0 ? years : undefined,
    terminalDisclaimer: disclaimer ? true : undefined,
    disclaimerText: disclaimer
      ? `The portion of the term of this patent subsequent to ${disclaimer} has been disclaimed.`
      : undefined,
  })
  return Object.keys(t).length > 0 ? t : undefined
}

function count(raw: string | undefined): number | undefined {
  return raw && /^\d+$/.test(raw) ? Number(raw) : undefined
}
