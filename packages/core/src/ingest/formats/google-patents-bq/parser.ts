import { errorMessage } from '../../../errors.js'
import type { PatentRecord } from '../../../model/patent.js'
import { formatPublicationId } from '../../../model/publication-number.js'
import type { ParseContext, ParseResult, PatentParser } from '../../parser.js'
import { FieldReader, type JsonObject } from '../../json/field-reader.js'
import { citations, citedBy } from './fragments/citations.js'
import { classifications } from './fragments/classifications.js'
import { isoFromInt, publicationDocument } from './fragments/numbers.js'
import { parties } from './fragments/parties.js'
import { application, parents, pct, priorityClaims } from './fragments/priorities.js'
import { claimSets, localizedTexts } from './fragments/texts.js'
import { stageFromKind, typeFromKind } from './kinds.js'

/** Parser id stored as `source.format`. */
export const GOOGLE_PATENTS_FORMAT = 'google-patents-bq'

/**
 * Google Patents Public Data: one row of the BigQuery table `patents-public-data.patents.publications`
 * as newline-delimited JSON (plain or gzipped), with `cited_by` from
 * `google_patents_research.publications` where the export joined it. Every text keeps its
 * language; publication numbers become canonical ids (`US-4327738-A`), so they match what
 * BigQuery and the evaluation sets write.
 */
export const googlePatentsBq: PatentParser = {
  id: GOOGLE_PATENTS_FORMAT,
  office: 'WO',
  description: 'Google Patents Public Data (BigQuery patents.publications) NDJSON rows',
  detect(head) {
    // BigQuery writes columns in schema order, so an exported row opens with its publication
    // number on the same line; pretty-printed API bodies that merely have the key do not.
    return (
      /^\s*\{"publication_number":\s*"[^"]+"/.test(head) &&
      /"(?:country_code|kind_code|title_localized|family_id)"\s*:/.test(head)
    )
  },
  parse(text, context) {
    let row: unknown
    try {
      row = JSON.parse(text)
    } catch (error) {
      // A truncated row still names its publication at its start: report it.
      const number = /^\s*\{"publication_number":\s*"([^"]+)"/.exec(text)?.[1]
      return fail('PARSE_FAILED', `not JSON: ${(error as Error).message}`, undefined, number)
    }
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      return fail('PARSE_FAILED', 'expected one JSON object per line')
    }
    return parseRow(row as JsonObject, context)
  },
}

function parseRow(obj: JsonObject, context: ParseContext): ParseResult {
  const r = new FieldReader()
  const rawNumber = r.string(obj, 'publication_number')
  const pub = publicationDocument(rawNumber, obj.publication_date)
  if (!pub) {
    return fail(
      'PARSE_INVALID_FIELD',
      `not a publication number: ${JSON.stringify(rawNumber)}`,
      'publication_number',
      rawNumber,
    )
  }
  const kindCode = r.string(obj, 'kind_code').toUpperCase()
  if (!pub.kind && /^[A-Z]\d?$/.test(kindCode)) {
    pub.kind = kindCode
  }
  const id = formatPublicationId(pub)
  const stage = stageFromKind(pub.country, pub.number, pub.kind)
  const record: PatentRecord = {
    id,
    publication: pub,
    documentType: typeFromKind(pub.country, pub.number, pub.kind),
    stage,
    priorityClaims: priorityClaims(r, obj),
    titles: localizedTexts(r, obj, 'title_localized'),
    abstracts: localizedTexts(r, obj, 'abstract_localized'),
    descriptions: localizedTexts(r, obj, 'description_localized'),
    claims: [],
    parties: parties(r, obj),
    classifications: classifications(r, obj),
    citations: citations(r, obj),
    relatedDocuments: parents(r, obj),
    source: { format: GOOGLE_PATENTS_FORMAT, file: context.file, offset: context.offset },
  }
  record.claims = claimSets(r, obj)
  const app = application(r, obj)
  if (app) {
    record.application = app
  }
  const grant = isoFromInt(obj.grant_date) ?? (stage === 'grant' ? pub.date : undefined)
  if (grant) {
    record.grantDate = grant
  }
  const priority = isoFromInt(obj.priority_date)
  if (priority) {
    record.priorityDate = priority
  } else if (
    obj.priority_date !== undefined &&
    obj.priority_date !== 0 &&
    obj.priority_date !== null
  ) {
    r.warn('priority_date', `not a date: ${JSON.stringify(obj.priority_date)}`)
  }
  const family = r.string(obj, 'family_id')
  if (family && family !== '-1' && family !== '0') {
    record.family = { docdb: family }
  }
  const forward = citedBy(r, obj)
  if (forward.length > 0 || Array.isArray(obj.cited_by)) {
    record.citedBy = forward
  }
  const pctData = pct(r, obj)
  if (pctData) {
    record.pct = pctData
  }
  return { record, issues: r.issues, documentNumber: id }
}

function fail(
  code: 'PARSE_FAILED' | 'PARSE_INVALID_FIELD',
  detail: string,
  field?: string,
  number?: string,
): ParseResult {
  const message =
    code === 'PARSE_FAILED'
      ? errorMessage('PARSE_FAILED', `${GOOGLE_PATENTS_FORMAT}: ${detail}`)
      : errorMessage('PARSE_INVALID_FIELD', field ?? 'row', detail)
  return {
    issues: [{ severity: 'error', code, message, field }],
    documentNumber: number || undefined,
  }
}
