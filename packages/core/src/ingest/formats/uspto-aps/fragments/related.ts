import type { DocumentId } from '../../../../model/document-id.js'
import { toIsoDate } from '../../../../model/document-id.js'
import type { PctData } from '../../../../model/patent.js'
import type { PriorityClaim } from '../../../../model/priority-claim.js'
import {
  normalizeApplicationNumber,
  parsePublicationNumber,
} from '../../../../model/publication-number.js'
import type { RelatedDocument, RelationType } from '../../../../model/related-document.js'
import type { ApsSection } from '../sections.js'
import { sectionsNamed } from '../sections.js'
import { valueOf, type TaggedField } from '../tagged-lines.js'
import { defined, textCountry } from '../us-text.js'

/** `RLAP` parent codes. 72 is confirmed by sample text ("continuation-in-part … now abandoned"). */
const PARENT_CODES: Readonly<Record<string, RelationType>> = {
  '71': 'continuation',
  '72': 'continuation-in-part',
  '73': 'division',
}

/**
 * Maps `RLAP` (parent applications: code `COD`, `APN`, `APD`, status `PSC`, patent `PNO`/`ISD`)
 * and `REIS` (the patent a reissue replaces) to related documents.
 */
export function readRelated(sections: readonly ApsSection[]): RelatedDocument[] {
  const out: RelatedDocument[] = []
  for (const s of sections) {
    if (s.name !== 'RLAP' && s.name !== 'REIS') {
      continue
    }
    const relation =
      s.name === 'REIS' ? 'reissue-of' : (PARENT_CODES[valueOf(s.fields, 'COD') ?? ''] ?? 'other')
    const application = usDoc(s.fields, 'APN', 'APD', true)
    const grant = usDoc(s.fields, 'PNO', 'ISD', false)
    const document = application ?? grant
    if (document) {
      out.push(
        defined<RelatedDocument>({
          relation,
          document,
          parentGrant: application ? grant : undefined,
          parentStatus: parentStatus(s.fields, grant),
        }),
      )
    }
  }
  return out
}

function parentStatus(fields: readonly TaggedField[], grant: DocumentId | undefined) {
  const code = valueOf(fields, 'PSC')
  if (grant) {
    return 'GRANTED'
  }
  return code === '03' ? 'ABANDONED' : code
}

function usDoc(
  fields: readonly TaggedField[],
  numberCode: string,
  dateCode: string,
  application: boolean,
): DocumentId | undefined {
  const raw = valueOf(fields, numberCode)
  if (!raw) {
    return undefined
  }
  const number = application
    ? normalizeApplicationNumber(raw)
    : (parsePublicationNumber(`US${raw}`)?.number ?? raw)
  return defined<DocumentId>({ country: 'US', number, date: toIsoDate(valueOf(fields, dateCode)) })
}

/** Maps `PRIR` foreign priorities: country `CNT` (`JPX`), number `APN`, date `APD`. */
export function readPriorities(sections: readonly ApsSection[]): PriorityClaim[] {
  const out: PriorityClaim[] = []
  for (const s of sectionsNamed(sections, 'PRIR')) {
    const country = textCountry(valueOf(s.fields, 'CNT'))
    const number = valueOf(s.fields, 'APN')
    if (country && number) {
      out.push(
        defined<PriorityClaim>({
          country,
          number,
          date: toIsoDate(valueOf(s.fields, 'APD')),
          kind: country === 'WO' ? 'international' : country === 'EP' ? 'regional' : 'national',
          sequence: out.length + 1,
        }),
      )
    }
  }
  return out
}

/**
 * Maps `PCTA`: international application `PCN` filed `PD3`, its publication `PCP` of `PCD`,
 * and the 35 USC 371 date `PD1` (`PD2`, the 102(e) date, has no place in the model).
 */
export function readPct(sections: readonly ApsSection[]): PctData | undefined {
  const fields = sectionsNamed(sections, 'PCTA')[0]?.fields
  if (!fields) {
    return undefined
  }
  const pcn = valueOf(fields, 'PCN')
  const pcp = valueOf(fields, 'PCP')
  const published = pcp ? parsePublicationNumber(pcp) : undefined
  const pct = defined<PctData>({
    filing: pcn
      ? defined<DocumentId>({
          country: 'WO',
          number: normalizeApplicationNumber(pcn),
          date: toIsoDate(valueOf(fields, 'PD3')),
        })
      : undefined,
    publication: pcp
      ? defined<DocumentId>({
          country: 'WO',
          number: published?.number ?? normalizeApplicationNumber(pcp),
          kind: published?.kind,
          date: toIsoDate(valueOf(fields, 'PCD')),
        })
      : undefined,
    nationalPhaseEntryDate: toIsoDate(valueOf(fields, 'PD1')),
  })
  return Object.keys(pct).length > 0 ? pct : undefined
}
