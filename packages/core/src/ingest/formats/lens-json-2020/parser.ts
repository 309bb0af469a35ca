import { errorMessage } from '../../../errors.js'
import type { Citation } from '../../../model/citation.js'
import { normalizeCpc, type Classification } from '../../../model/classification.js'
import { toIsoDate, type DocumentId } from '../../../model/document-id.js'
import { emptyParties, type DocumentType, type PatentRecord } from '../../../model/patent.js'
import type { PublicationStage } from '../../../model/patent.js'
import type { Party } from '../../../model/party.js'
import { formatPublicationId, normalizeDocumentId } from '../../../model/publication-number.js'
import { normalizeLanguage, type LocalizedText } from '../../../model/text.js'
import type { ParseContext, ParseResult, PatentParser } from '../../parser.js'
import { LensReader, type JsonObject } from '../lens-json-v1/lens-fields.js'

/** Parser id stored as `source.format`. */
export const LENS_2020_FORMAT = 'lens-json-2020'

// Lens wrote ids of the pre-2021 schema as keys: `EP_1944033_A2`, `WO_1995_007084_A1`, and
// application keys with the filing date: `EP_07022824_A_20011121`.
const KEY = /^([A-Z]{2})_(\d{4}_\d+|[A-Z0-9]+)_([A-Z][A-Z0-9]?)(?:_(\d{8}))?$/

// Legal-form words that mark an organisation among the plain names this schema lists.
const ORGANIZATION =
  /\b(?:INC|LTD|LLC|LLP|CORP|CORPORATION|CO|COMPANY|GMBH|AG|SA|SAS|SPA|BV|NV|PLC|KK|AB|OY|AS|LIMITED|UNIV|UNIVERSITY|INSTITUTE|FOUNDATION|HOSPITAL|GROUP|HOLDINGS?)\b|公司|大学|研究院|研究所|株式会社/iu

/**
 * The Lens patent record of the pre-2021 schema (Lens API documentation of 2020: flat fields,
 * ids as keys — `pub_key`, `filing_key`, `pat_cit[].pub_key` — names as plain strings, CPC/IPC as
 * symbol lists, `family.simple`/`extended` as Lens ids). Read as a single record or as a search
 * response holding one; texts keep their language. The 2021+ schema is `lens-json-v1`.
 */
export const lensJson2020: PatentParser = {
  id: LENS_2020_FORMAT,
  office: 'WO',
  description: 'The Lens patent records, pre-2021 schema (pub_key, filing_key, pat_cit)',
  detect(head) {
    return /^\s*\{/.test(head) && /"lens_id"\s*:/.test(head) && /"pub_key"\s*:/.test(head)
  },
  parse(text, context) {
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      return fail(`not JSON: ${(error as Error).message}`)
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail('expected one JSON object (a Lens record)')
    }
    let obj = value as JsonObject
    if (Array.isArray(obj.data)) {
      if (obj.data.length !== 1) {
        return fail(
          `a search response with ${obj.data.length} records: ingest records one per line (as chuhai fetch lens writes them)`,
        )
      }
      obj = obj.data[0] as JsonObject
    }
    return parseLegacyLensRecord(obj, context)
  },
}

/** Reads one record of the pre-2021 schema (also used by `lens-json-v1` for such records). */
export function parseLegacyLensRecord(obj: JsonObject, context: ParseContext): ParseResult {
  const r = new LensReader()
  const pub = fromKey(r.string(obj, 'pub_key'), r.string(obj, 'pub_date'))
  if (!pub) {
    const lensId = r.string(obj, 'lens_id')
    return {
      issues: [
        {
          severity: 'error',
          code: 'PARSE_MISSING_FIELD',
          message: errorMessage('PARSE_MISSING_FIELD', 'pub_key'),
          field: 'pub_key',
        },
      ],
      documentNumber: lensId || undefined,
    }
  }
  if (pub.country !== r.string(obj, 'jurisdiction').toUpperCase()) {
    r.warn('jurisdiction', `differs from pub_key ${JSON.stringify(r.string(obj, 'pub_key'))}`)
  }
  const id = formatPublicationId(pub)
  const [documentType, stage] = typeOf(r.string(obj, 'type'), pub.kind)
  const parties = emptyParties()
  parties.applicants = names(r, obj, 'applicant', undefined)
  parties.inventors = names(r, obj, 'inventor', 'person')
  parties.assignees = names(r, obj, 'owner', undefined)
  const record: PatentRecord = {
    id,
    publication: pub,
    documentType,
    stage,
    priorityClaims: [],
    titles: texts(r, obj, 'title'),
    abstracts: texts(r, obj, 'abstract'),
    descriptions: [],
    claims: [],
    parties,
    classifications: classifications(r, obj),
    citations: citations(r, obj),
    relatedDocuments: [],
    source: { format: LENS_2020_FORMAT, file: context.file, offset: context.offset },
  }
  const application = fromKey(r.string(obj, 'filing_key'), r.string(obj, 'filing_date'))
  if (application) {
    record.application = application
  }
  if (stage === 'grant') {
    record.grantDate = pub.date
  }
  return { record, issues: r.issues, documentNumber: id }
}

/** A document id from a Lens key (`EP_1944033_A2`); the date from the key or `date`. */
function fromKey(key: string, date: string): DocumentId | undefined {
  const m = KEY.exec(key.toUpperCase())
  if (!m) {
    return undefined
  }
  const doc: DocumentId = { country: m[1]!, number: m[2]!.replace('_', ''), kind: m[3]! }
  const iso = toIsoDate(date) ?? toIsoDate(m[4] ?? '')
  if (iso) {
    doc.date = iso
  }
  return normalizeDocumentId(doc)
}

/** `[{lang, text}]` with upper-case language codes (`EN`), as this schema writes them. */
function texts(r: LensReader, obj: JsonObject, key: string): LocalizedText[] {
  return r
    .objects(obj, key)
    .map((e) => ({ lang: normalizeLanguage(r.string(e, 'lang')), text: r.string(e, 'text') }))
    .filter((t) => t.text !== '')
}

/** Plain name strings; organisations told apart by their legal form. */
function names(
  r: LensReader,
  obj: JsonObject,
  key: string,
  kind: Party['kind'] | undefined,
): Party[] {
  return r
    .strings(obj, key)
    .map((n) => n.trim())
    .filter((n) => n !== '')
    .map((name, sequence) => ({
      name,
      kind: kind ?? (ORGANIZATION.test(name) ? 'organization' : 'unknown'),
      sequence,
    }))
}

/** CPC and IPC symbols as listed (`C12Y301/01011`); US classes are not kept by this schema. */
function classifications(r: LensReader, obj: JsonObject): Classification[] {
  const out: Classification[] = []
  for (const [key, scheme] of [
    ['classification_cpc', 'cpc'],
    ['classification_ipc', 'ipc'],
  ] as const) {
    for (const raw of r.strings(obj, key)) {
      const symbol = normalizeCpc(raw)
      if (!symbol) {
        r.warn(key, `not a classification symbol: ${JSON.stringify(raw)}`)
        continue
      }
      if (!out.some((o) => o.scheme === scheme && o.symbol === symbol)) {
        out.push({ scheme, symbol })
      }
    }
  }
  return out
}

/** Patent citations by key (`WO_1995_007084_A1`), then non-patent literature as printed. */
function citations(r: LensReader, obj: JsonObject): Citation[] {
  const out: Citation[] = []
  r.objects(obj, 'pat_cit').forEach((c, i) => {
    const doc = fromKey(r.string(c, 'pub_key'), '')
    if (!doc) {
      r.warn(`pat_cit[${i}].pub_key`, `not a publication key: ${JSON.stringify(c.pub_key)}`)
      return
    }
    out.push({ document: doc, category: 'unknown', sequence: out.length + 1 })
  })
  for (const c of r.objects(obj, 'npl_cit')) {
    const npl = r.string(c, 'cit_text')
    if (npl) {
      out.push({ npl, category: 'unknown', sequence: out.length + 1 })
    }
  }
  return out
}

/** Document type and stage from this schema's `type` ("Patent Application", "Granted Patent"). */
function typeOf(type: string, kind: string | undefined): [DocumentType, PublicationStage] {
  switch (type.toLowerCase()) {
    case 'granted patent':
    case 'amended patent':
    case 'limited patent':
      return ['utility', 'grant']
    case 'patent application':
    case 'amended application':
      return ['utility', 'application']
    case 'search report':
      return ['utility', 'search-report']
    case 'design right':
      return ['design', 'grant']
    case 'plant patent':
      return ['plant', 'grant']
    default:
      return [
        'unknown',
        kind?.startsWith('B') ? 'grant' : kind?.startsWith('A') ? 'application' : 'unknown',
      ]
  }
}

function fail(detail: string): ParseResult {
  return {
    issues: [
      {
        severity: 'error',
        code: 'PARSE_FAILED',
        message: errorMessage('PARSE_FAILED', `${LENS_2020_FORMAT}: ${detail}`),
      },
    ],
  }
}
