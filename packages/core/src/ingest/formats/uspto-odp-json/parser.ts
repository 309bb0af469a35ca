import { errorMessage } from '../../../errors.js'
import type { PatentRecord } from '../../../model/patent.js'
import { FieldReader, type JsonObject } from '../../json/field-reader.js'
import type { PatentParser } from '../../parser.js'
import { fileWrapperRecords, USPTO_ODP_FORMAT } from './file-wrapper.js'
import { ppubsRecord } from './ppubs.js'

// Top-level members of USPTO API bodies that hold no publications: PTAB trials, appeals and
// interferences, petitions, office-action field lists, status codes, document lists, errors.
// PEDS (retired 2024), the assignment and office-action searches (Solr `numFound`), trademark
// status and recorded cassettes answer in their own shapes: recognised, skipped.
const NON_PUBLICATION =
  /"(?:patentTrial\w*|patentAppealDataBag|patentInterferenceDataBag|interferenceData|petitionDecision\w*|statusCodeBag|documentBag|attorneyBag|apiKey|queryResults|aggregationData|numFound|source_cassette|trademarks|caseUpdateInfo|transactionList)"\s*:/

/**
 * USPTO JSON: Open Data Portal responses (`patentFileWrapperDataBag`, the 2024 beta's `patentBag`)
 * and Patent Public Search (PPUBS) responses (`patents[]` hits, or an array of hits). A response
 * lists many applications or hits, so a document gives many records (`records`); bodies that
 * describe no publication (transactions, attorneys, PTAB, petitions, errors) are skipped with a
 * reason, not failed.
 */
export const usptoOdpJson: PatentParser = {
  id: USPTO_ODP_FORMAT,
  office: 'US',
  description: 'USPTO Open Data Portal and Patent Public Search JSON responses',
  detect(head) {
    return (
      /^\s*[[{]/.test(head) &&
      (/"(?:patentFileWrapperDataBag|patentBag|patentdata)"\s*:/.test(head) ||
        /"guid"\s*:\s*"[A-Z]{2}-/.test(head) ||
        NON_PUBLICATION.test(head) ||
        (/"requestIdentifier"\s*:/.test(head) && /"code"\s*:\s*\d{3}/.test(head)))
    )
  },
  parse(text, context) {
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch (error) {
      return {
        issues: [
          {
            severity: 'error',
            code: 'PARSE_FAILED',
            message: errorMessage(
              'PARSE_FAILED',
              `${USPTO_ODP_FORMAT}: not JSON: ${(error as Error).message}`,
            ),
          },
        ],
      }
    }
    const r = new FieldReader()
    const records = readBody(r, body, context.file)
    if (records.length === 0) {
      return { issues: r.issues, skipped: describeEmpty(body) }
    }
    return { records, issues: r.issues, documentNumber: records[0]?.id }
  },
}

function readBody(r: FieldReader, body: unknown, file: string | undefined): PatentRecord[] {
  if (Array.isArray(body)) {
    return body.flatMap((hit) =>
      isObject(hit) && 'guid' in hit ? optional(ppubsRecord(r, hit, file)) : [],
    )
  }
  if (!isObject(body)) {
    return []
  }
  const out: PatentRecord[] = []
  for (const key of ['patentFileWrapperDataBag', 'patentBag', 'patentdata']) {
    for (const entry of r.objects(body, key)) {
      out.push(...fileWrapperRecords(r, entry, file))
    }
  }
  for (const hit of r.objects(body, 'patents')) {
    out.push(...optional(ppubsRecord(r, hit, file)))
  }
  return out
}

function describeEmpty(body: unknown): string {
  if (isObject(body) && typeof body.code === 'number' && body.code >= 400) {
    return `USPTO API error response ${body.code}: ${typeof body.message === 'string' ? body.message : ''}`.trim()
  }
  const keys = isObject(body) ? Object.keys(body).slice(0, 4).join(', ') : 'array'
  return `USPTO API response without publications (${keys})`
}

function optional<T>(v: T | undefined): T[] {
  return v === undefined ? [] : [v]
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
