import { normalizeCpc, type Classification } from '../../../model/classification.js'
import { toIsoDate } from '../../../model/document-id.js'
import { emptyParties, type DocumentType, type PatentRecord } from '../../../model/patent.js'
import type { PriorityClaim } from '../../../model/priority-claim.js'
import {
  formatPublicationId,
  normalizeApplicationNumber,
  parsePublicationNumber,
} from '../../../model/publication-number.js'
import type { RelatedDocument, RelationType } from '../../../model/related-document.js'
import type { FieldReader, JsonObject } from '../../json/field-reader.js'
import { officeCode } from './office-names.js'

/** Parser id stored as `source.format`. */
export const USPTO_ODP_FORMAT = 'uspto-odp-json'

const TYPES: Readonly<Record<string, DocumentType>> = {
  UTL: 'utility',
  DES: 'design',
  PLT: 'plant',
  REI: 'reissue',
}

const RELATIONS: Readonly<Record<string, RelationType>> = {
  CON: 'continuation',
  CIP: 'continuation-in-part',
  DIV: 'division',
  PRO: 'provisional',
}

/**
 * One application of an Open Data Portal response (`patentFileWrapperDataBag[]` with its
 * `applicationMetaData`, or the 2024 beta's flat `patentBag[]`) → the publications it describes:
 * its pre-grant publication (`earliestPublicationNumber`) and its grant (`patentNumber`). The
 * file wrapper carries bibliographic data only (no abstract or claims); an application not yet
 * published describes no publication and gives no record.
 */
export function fileWrapperRecords(
  r: FieldReader,
  entry: JsonObject,
  file?: string,
): PatentRecord[] {
  const meta = isObject(entry.applicationMetaData) ? entry.applicationMetaData : entry
  const appNumber = normalizeApplicationNumber(
    r.string(entry, 'applicationNumberText') || r.string(meta, 'applicationNumberText'),
  )
  const filing = toIsoDate(r.string(meta, 'filingDate'))
  const typeCode = r.string(meta, 'applicationTypeCode').toUpperCase()
  const base = {
    application: appNumber
      ? filing
        ? { country: 'US', number: appNumber, date: filing }
        : { country: 'US', number: appNumber }
      : undefined,
    documentType: TYPES[typeCode] ?? (typeCode ? 'unknown' : 'utility'),
    title: r.string(meta, 'inventionTitle'),
    classifications: cpcs(r, meta),
    parties: parties(r, meta),
    priorityClaims: priorities(r, entry),
    related: continuity(r, entry),
  }
  const out: PatentRecord[] = []
  const pgpub = parsePublicationNumber(r.string(meta, 'earliestPublicationNumber'))
  if (pgpub) {
    out.push(
      record(
        base,
        { ...pgpub, kind: pgpub.kind ?? 'A1' },
        toIsoDate(r.string(meta, 'earliestPublicationDate')),
        'application',
        file,
      ),
    )
  }
  const patent = r.string(meta, 'patentNumber')
  const grant = patent ? parsePublicationNumber(`US${patent}`) : undefined
  if (grant) {
    const kind = grantKind(base.documentType, pgpub !== undefined)
    const date = toIsoDate(r.string(meta, 'grantDate'))
    out.push(record(base, { ...grant, kind }, date, 'grant', file))
  }
  return out
}

/** USPTO kind codes: B1/P2 without an earlier publication, B2/P3 with one; S1 designs; E reissues. */
function grantKind(type: DocumentType, published: boolean): string {
  if (type === 'design') {
    return 'S1'
  }
  if (type === 'plant') {
    return published ? 'P3' : 'P2'
  }
  if (type === 'reissue') {
    return 'E'
  }
  return published ? 'B2' : 'B1'
}

interface Base {
  readonly application?: PatentRecord['application']
  readonly documentType: DocumentType
  readonly title: string
  readonly classifications: Classification[]
  readonly parties: PatentRecord['parties']
  readonly priorityClaims: PriorityClaim[]
  readonly related: RelatedDocument[]
}

function record(
  base: Base,
  pn: { country: string; number: string; kind: string },
  date: string | undefined,
  stage: 'application' | 'grant',
  file: string | undefined,
): PatentRecord {
  const rec: PatentRecord = {
    id: formatPublicationId(pn),
    publication: date ? { ...pn, date } : { ...pn },
    documentType: base.documentType,
    stage,
    priorityClaims: base.priorityClaims,
    titles: base.title ? [{ lang: 'en', text: base.title }] : [],
    abstracts: [],
    descriptions: [],
    claims: [],
    parties: base.parties,
    classifications: base.classifications,
    citations: [],
    relatedDocuments: base.related,
    source: { format: USPTO_ODP_FORMAT, formatVersion: 'file-wrapper', file },
  }
  if (base.application) {
    rec.application = base.application
  }
  if (stage === 'grant' && date) {
    rec.grantDate = date
  }
  return rec
}

function cpcs(r: FieldReader, meta: JsonObject): Classification[] {
  const out: Classification[] = []
  r.strings(meta, 'cpcClassificationBag').forEach((raw, i) => {
    const symbol = normalizeCpc(raw)
    if (symbol) {
      out.push({ scheme: 'cpc', symbol })
    } else {
      r.warn(`cpcClassificationBag[${i}]`, `not a CPC symbol: ${JSON.stringify(raw)}`)
    }
  })
  return out
}

function parties(r: FieldReader, meta: JsonObject): PatentRecord['parties'] {
  const out = emptyParties()
  out.applicants = r.objects(meta, 'applicantBag').flatMap((a, i) => {
    const name = r.string(a, 'applicantNameText')
    const country = r
      .string(r.objects(a, 'correspondenceAddressBag')[0] ?? {}, 'countryCode')
      .toUpperCase()
    return name
      ? [
          {
            name,
            kind: 'organization' as const,
            sequence: i,
            ...(/^[A-Z]{2}$/.test(country) ? { country } : {}),
          },
        ]
      : []
  })
  out.inventors = r.objects(meta, 'inventorBag').flatMap((p, i) => {
    const last = r.string(p, 'lastName')
    const first = r.string(p, 'firstName')
    const name =
      last && first ? `${last}, ${first}` : r.string(p, 'inventorNameText') || last || first
    const country = r
      .string(r.objects(p, 'correspondenceAddressBag')[0] ?? {}, 'countryCode')
      .toUpperCase()
    return name
      ? [
          {
            name,
            kind: 'person' as const,
            sequence: i,
            ...(last ? { lastName: last } : {}),
            ...(first ? { firstName: first } : {}),
            ...(/^[A-Z]{2}$/.test(country) ? { country } : {}),
          },
        ]
      : []
  })
  const examiner = r.string(meta, 'examinerNameText')
  if (examiner && examiner !== 'CENTRAL, DOCKET') {
    out.examiners = [{ name: examiner, kind: 'person' }]
  }
  return out
}

function priorities(r: FieldReader, entry: JsonObject): PriorityClaim[] {
  const out: PriorityClaim[] = []
  r.objects(entry, 'foreignPriorityBag').forEach((p, i) => {
    const office = r.string(p, 'ipOfficeName')
    const country = officeCode(office)
    const number = r.string(p, 'applicationNumberText')
    if (!country || !number) {
      r.warn(
        `foreignPriorityBag[${i}]`,
        `priority without a known office or number: ${JSON.stringify(office)} ${JSON.stringify(number)}`,
      )
      return
    }
    const date = toIsoDate(r.string(p, 'filingDate'))
    out.push({ country, number, sequence: i, ...(date ? { date } : {}) })
  })
  return out
}

function continuity(r: FieldReader, entry: JsonObject): RelatedDocument[] {
  const bag = isObject(entry.continuityBag) ? entry.continuityBag : entry
  const out: RelatedDocument[] = []
  for (const p of r.objects(bag, 'parentContinuityBag')) {
    const number = normalizeApplicationNumber(r.string(p, 'parentApplicationNumberText'))
    if (!number) {
      continue
    }
    const code = r.string(p, 'claimParentageTypeCode').toUpperCase()
    const date = toIsoDate(r.string(p, 'parentApplicationFilingDate'))
    const country = /^PCT/.test(number) ? 'WO' : 'US'
    out.push({
      relation: RELATIONS[code] ?? 'other',
      document: date ? { country, number, date } : { country, number },
    })
  }
  return out
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
