import { errorMessage } from '../../../errors.js'
import { toIsoDate } from '../../../model/document-id.js'
import type { DocumentType, PatentRecord, PublicationStage } from '../../../model/patent.js'
import { formatPublicationId } from '../../../model/publication-number.js'
import type { ParseContext, ParseResult, PatentParser } from '../../parser.js'
import { citations, priorityClaims } from './fragments/citations.js'
import { classifications } from './fragments/classifications.js'
import { documentId } from './fragments/document-ids.js'
import { parties } from './fragments/parties.js'
import { claimSets, localizedTexts } from './fragments/texts.js'
import { parseLegacyLensRecord } from '../lens-json-2020/parser.js'
import { LensReader, type JsonObject } from './lens-fields.js'

/** Parser id stored as `source.format`. */
export const LENS_FORMAT = 'lens-json-v1'

/**
 * The Lens patent record (API `/patent/search` records and Lens JSON Lines exports, the 2021+
 * schema recorded in 2024 and 2026): one record per line as `chuhai fetch lens` writes them, or a
 * single record, or a search response holding one record. Texts keep their language; claims are
 * numbered in order with dependencies read from their references. The pre-2021 schema (`pub_key`)
 * is read by `lens-json-2020`.
 */
export const lensJsonV1: PatentParser = {
  id: LENS_FORMAT,
  office: 'WO',
  description: 'The Lens patent records (API and JSON Lines export, 2021+ schema)',
  detect(head) {
    return (
      /^\s*\{/.test(head) &&
      /"lens_id"\s*:/.test(head) &&
      /"(?:jurisdiction|doc_key|total)"\s*:/.test(head) &&
      // Lens scholarly works share lens_id and total; they are no patents.
      !/"open_access"\s*:|"publication_type"\s*:\s*"journal/.test(head)
    )
  },
  parse(text, context) {
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      return fail('PARSE_FAILED', `not JSON: ${(error as Error).message}`)
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return fail('PARSE_FAILED', 'expected one JSON object (a Lens record)')
    }
    let obj = value as JsonObject
    if (Array.isArray(obj.data)) {
      if (obj.data.length !== 1) {
        return fail(
          'PARSE_FAILED',
          `a search response with ${obj.data.length} records: ingest records one per line (as chuhai fetch lens writes them)`,
        )
      }
      obj = obj.data[0] as JsonObject
    }
    if (obj.pub_key !== undefined && obj.doc_number === undefined) {
      // A pre-2021 record whose `pub_key` lies beyond the sniffed head (lens-json-2020).
      return parseLegacyLensRecord(obj, context)
    }
    return parseRecord(obj, context)
  },
}

function parseRecord(obj: JsonObject, context: ParseContext): ParseResult {
  const r = new LensReader()
  const biblio = r.object(obj, 'biblio')
  const pub = documentId(
    r,
    {
      jurisdiction: obj.jurisdiction,
      doc_number: obj.doc_number,
      kind: obj.kind,
      date: obj.date_published,
    },
    'record',
  )
  if (!pub) {
    return fail('PARSE_MISSING_FIELD', 'jurisdiction/doc_number', r.string(obj, 'lens_id'))
  }
  const id = formatPublicationId(pub)
  const [documentType, stage] = typeOf(r.string(obj, 'publication_type'), pub.kind)
  const record: PatentRecord = {
    id,
    publication: pub,
    documentType,
    stage,
    priorityClaims: priorityClaims(r, biblio),
    titles: localizedTexts(r, biblio, 'invention_title', 'biblio.invention_title'),
    abstracts: localizedTexts(r, obj, 'abstract', 'abstract'),
    descriptions: localizedTexts(r, obj, 'description', 'description'),
    claims: claimSets(r, obj),
    parties: parties(r, biblio),
    classifications: classifications(r, biblio),
    citations: citations(r, biblio),
    relatedDocuments: [],
    source: { format: LENS_FORMAT, file: context.file, offset: context.offset },
  }
  const application = documentId(
    r,
    r.object(biblio, 'application_reference'),
    'biblio.application_reference',
  )
  if (application) {
    record.application = application
  }
  const priority = toIsoDate(
    r.string(r.object(r.object(biblio, 'priority_claims'), 'earliest_claim'), 'date'),
  )
  if (priority) {
    record.priorityDate = priority
  }
  const citedBy = r.object(biblio, 'cited_by', 'biblio.cited_by')
  if (citedBy) {
    record.citedBy = r
      .objects(citedBy, 'patents', 'biblio.cited_by.patents')
      .map((p, i) => documentId(r, r.object(p, 'document_id'), `biblio.cited_by.patents[${i}]`))
      .filter((d) => d !== undefined)
  }
  const legal = r.object(obj, 'legal_status')
  const grantDate = toIsoDate(r.string(legal, 'grant_date', 'legal_status.grant_date'))
  if (stage === 'grant') {
    record.grantDate = grantDate ?? pub.date
  }
  return { record, issues: r.issues, documentNumber: id }
}

/** Document type and stage from Lens `publication_type` (kind code as a fallback). */
function typeOf(type: string, kind: string | undefined): [DocumentType, PublicationStage] {
  switch (type.toUpperCase()) {
    case 'GRANTED_PATENT':
    case 'AMENDED_PATENT':
    case 'LIMITED_PATENT':
      return ['utility', 'grant']
    case 'PATENT_APPLICATION':
    case 'AMENDED_APPLICATION':
      return ['utility', 'application']
    case 'SEARCH_REPORT':
      return ['utility', 'search-report']
    case 'DESIGN_RIGHT':
      return ['design', 'grant']
    case 'PLANT_PATENT':
      return ['plant', 'grant']
    default:
      return [
        'unknown',
        kind?.startsWith('B') ? 'grant' : kind?.startsWith('A') ? 'application' : 'unknown',
      ]
  }
}

function fail(
  code: 'PARSE_FAILED' | 'PARSE_MISSING_FIELD',
  detail: string,
  number?: string,
): ParseResult {
  const message =
    code === 'PARSE_FAILED'
      ? errorMessage('PARSE_FAILED', `${LENS_FORMAT}: ${detail}`)
      : errorMessage('PARSE_MISSING_FIELD', detail)
  return { issues: [{ severity: 'error', code, message }], documentNumber: number || undefined }
}
