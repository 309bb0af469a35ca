import type { Citation, CitationCategory } from '../../../model/citation.js'
import type { DocumentId } from '../../../model/document-id.js'
import { toIsoDate } from '../../../model/document-id.js'
import { formatPublicationId, parsePublicationNumber } from '../../../model/publication-number.js'
import { defined } from './us-text.js'

/** A cited patent document as the text formats list it. */
export interface CitedPatent {
  readonly country: string
  readonly number: string
  readonly kind?: string
  /** `YYYYMMDD`; citations give only the month (`19510200`), which is no date and is dropped. */
  readonly date?: string
  readonly category: CitationCategory
  readonly citedName?: string
  readonly sequence: number
}

/**
 * A patent citation with its number normalised where it parses (`US-2542907`,
 * `US-20030169838-A1`, `CN-1402605-A`). Foreign numbers with letters or era marks
 * (`A-6-143669`) are kept as printed, without a canonical reference.
 */
export function patentCitation(cited: CitedPatent): Citation | undefined {
  const raw = cited.number.trim()
  if (!raw) {
    return undefined
  }
  const kind = cited.kind && /^[A-Z]\d?$/.test(cited.kind) ? cited.kind : undefined
  const parseable = cited.country === 'US' || /^[\d\s,./-]+$/.test(raw)
  const pn = parseable ? parsePublicationNumber(`${cited.country}${raw}${kind ?? ''}`) : undefined
  const document = defined<DocumentId>({
    country: cited.country,
    number: pn?.number ?? raw,
    kind: pn?.kind ?? kind,
    date: toIsoDate(cited.date),
  })
  return defined<Citation>({
    document,
    documentRef: pn ? formatPublicationId(pn) : undefined,
    category: cited.category,
    citedName: cited.citedName,
    sequence: cited.sequence,
  })
}
