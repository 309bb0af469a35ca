import type { DocumentId } from '../../../../model/document-id.js'
import { toIsoDate } from '../../../../model/document-id.js'
import type { DocumentType, PublicationStage, TermData } from '../../../../model/patent.js'
import type { PublicationNumber } from '../../../../model/publication-number.js'
import {
  normalizeApplicationNumber,
  parsePublicationNumber,
} from '../../../../model/publication-number.js'
import { valueOf } from '../../uspto-aps/tagged-lines.js'
import { usDocumentKind } from '../../uspto-aps/us-kind.js'
import { defined } from '../../uspto-aps/us-text.js'
import type { BrsDocument } from '../document.js'

/** What the leading BRS fields say about the document itself. */
export interface BrsIdentity {
  readonly number: PublicationNumber
  readonly publication: DocumentId
  readonly documentType: DocumentType
  readonly stage: PublicationStage
  readonly application?: DocumentId
  readonly term?: TermData
  readonly claimCount?: number
  readonly figureCount?: number
}

/**
 * The publication number: `DID` (`US 9204581 B2`), else `WKU` (`09204581`) with the kind in
 * `APT`, else the summary line above the boundary. `undefined` when none is readable.
 */
export function readNumber(doc: BrsDocument): PublicationNumber | undefined {
  const { fields, header } = doc
  const did = valueOf(fields, 'DID')
  const wku = valueOf(fields, 'WKU') ?? header.number
  const kind = valueOf(fields, 'APT') ?? header.kind ?? ''
  const pn =
    (did ? parsePublicationNumber(did) : undefined) ??
    (wku ? parsePublicationNumber(`US${wku}${/^[A-Z]\d?$/.test(kind) ? kind : ''}`) : undefined)
  return pn?.country === 'US' ? pn : undefined
}

/**
 * Maps the identity fields: issue date `GISD`, application `APNR` (or series `SRC` + `ARD`)
 * filed `AFD`, patent term adjustment `TRX` (days), claim and figure counts `NCL`, `NFG`.
 */
export function readIdentity(doc: BrsDocument, number: PublicationNumber): BrsIdentity {
  const { fields, header } = doc
  const type = usDocumentKind(number.number, number.kind)
  const extension = count(valueOf(fields, 'TRX'))
  return defined<BrsIdentity>({
    number,
    publication: defined<DocumentId>({
      country: 'US',
      number: number.number,
      kind: number.kind,
      date: toIsoDate(valueOf(fields, 'GISD') ?? header.date),
    }),
    documentType: type.documentType,
    stage: type.stage,
    application: application(doc),
    term: extension !== undefined ? { extensionDays: extension } : undefined,
    claimCount: count(valueOf(fields, 'NCL')),
    figureCount: count(valueOf(fields, 'NFG')),
  })
}

function application(doc: BrsDocument): DocumentId | undefined {
  const { fields, header } = doc
  const series = valueOf(fields, 'SRC')
  const serial = valueOf(fields, 'ARD')
  const raw =
    valueOf(fields, 'APNR') ??
    (series && serial ? `${series}${serial.padStart(6, '0')}` : undefined) ??
    header.application
  if (!raw) {
    return undefined
  }
  return defined<DocumentId>({
    country: 'US',
    number: normalizeApplicationNumber(raw),
    date: toIsoDate(valueOf(fields, 'AFD')),
  })
}

function count(raw: string | undefined): number | undefined {
  return raw && /^\d+$/.test(raw) ? Number(raw) : undefined
}
