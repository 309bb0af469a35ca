import type { Citation, CitationCategory } from '../../../model/citation.js'
import type { Claim } from '../../../model/claim.js'
import { normalizeCpc, type Classification } from '../../../model/classification.js'
import { toIsoDate } from '../../../model/document-id.js'
import { personName, type Party } from '../../../model/party.js'
import {
  documentIdToPublicationId,
  parsePublicationNumber,
} from '../../../model/publication-number.js'
import type { ColumnIndex, RowIssue, TableRow } from '../table-row.js'

/** A mapped row: the value, or why the row was dropped, plus warnings about its fields. */
export interface Mapped<T> {
  readonly value?: T
  readonly issues: readonly RowIssue[]
}

/** Rows of the per-patent tables sort by their `*_sequence` column (ties keep file order). */
export function sequenceOf(row: TableRow, cols: ColumnIndex, column: string): number {
  const n = Number.parseInt(cols.get(row, column), 10)
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER
}

function issue(
  row: TableRow,
  field: string,
  message: string,
  severity: RowIssue['severity'] = 'error',
): RowIssue {
  return { severity, file: row.file, line: row.line, field, message }
}

/** `g_cpc_current` row → CPC classification (`cpc_type` inventional/additional). */
export function mapCpc(row: TableRow, cols: ColumnIndex): Mapped<Classification> {
  const raw = cols.get(row, 'cpc_group')
  const symbol = normalizeCpc(raw)
  if (!symbol) {
    return { issues: [issue(row, 'cpc_group', `not a CPC symbol: ${JSON.stringify(raw)}`)] }
  }
  const type = cols.get(row, 'cpc_type').toLowerCase()
  const role = type.startsWith('invent')
    ? 'inventive'
    : type === 'additional'
      ? 'additional'
      : undefined
  return { value: role ? { scheme: 'cpc', symbol, role } : { scheme: 'cpc', symbol }, issues: [] }
}

/** `g_inventor_disambiguated` row → inventor ("Last, First" as PatentsView gives the parts). */
export function mapInventor(row: TableRow, cols: ColumnIndex): Mapped<Party> {
  const last =
    cols.get(row, 'disambig_inventor_name_last') || cols.get(row, 'raw_inventor_name_last')
  const first =
    cols.get(row, 'disambig_inventor_name_first') || cols.get(row, 'raw_inventor_name_first')
  const name = personName(last, first)
  if (!name) {
    return { issues: [issue(row, 'disambig_inventor_name_last', 'inventor without a name')] }
  }
  const party: Party = {
    name,
    kind: 'person',
    sequence: sequenceOf(row, cols, 'inventor_sequence'),
  }
  if (last) {
    party.lastName = last
  }
  if (first) {
    party.firstName = first
  }
  return { value: clampSequence(party), issues: [] }
}

/** `g_assignee_disambiguated` row → assignee, organisation name exactly as given. */
export function mapAssignee(row: TableRow, cols: ColumnIndex): Mapped<Party> {
  const org =
    cols.get(row, 'disambig_assignee_organization') || cols.get(row, 'raw_assignee_organization')
  const last =
    cols.get(row, 'disambig_assignee_individual_name_last') ||
    cols.get(row, 'raw_assignee_individual_name_last')
  const first =
    cols.get(row, 'disambig_assignee_individual_name_first') ||
    cols.get(row, 'raw_assignee_individual_name_first')
  const name = org || personName(last, first)
  if (!name) {
    return { issues: [issue(row, 'disambig_assignee_organization', 'assignee without a name')] }
  }
  const party: Party = {
    name,
    kind: org ? 'organization' : 'person',
    sequence: sequenceOf(row, cols, 'assignee_sequence'),
  }
  if (!org && last) {
    party.lastName = last
  }
  if (!org && first) {
    party.firstName = first
  }
  const type = cols.get(row, 'assignee_type')
  if (type) {
    party.roleCode = type
  }
  return { value: clampSequence(party), issues: [] }
}

const CATEGORIES: Readonly<Record<string, CitationCategory>> = {
  'cited by examiner': 'examiner',
  'cited by applicant': 'applicant',
  'cited by third party': 'third-party',
  'cited by other': 'unknown',
}

/** `g_us_patent_citation` row → backward citation of a US patent. */
export function mapCitation(row: TableRow, cols: ColumnIndex): Mapped<Citation> {
  const raw = cols.get(row, 'citation_patent_id')
  const kind = cols.get(row, 'wipo_kind').toUpperCase()
  const pn = parsePublicationNumber(`US${raw}`)
  if (!pn) {
    return { issues: [issue(row, 'citation_patent_id', `not a US number: ${JSON.stringify(raw)}`)] }
  }
  const issues: RowIssue[] = []
  const document: Citation['document'] = { country: 'US', number: pn.number }
  if (/^[A-Z]\d?$/.test(kind)) {
    document.kind = kind
  }
  const rawDate = cols.get(row, 'citation_date')
  const date = toIsoDate(rawDate)
  if (date) {
    document.date = date
  } else if (rawDate && rawDate !== '0000-00-00') {
    issues.push(issue(row, 'citation_date', `not a date: ${JSON.stringify(rawDate)}`, 'warning'))
  }
  const citation: Citation = {
    document,
    category: CATEGORIES[cols.get(row, 'citation_category').toLowerCase()] ?? 'unknown',
  }
  const sequence = sequenceOf(row, cols, 'citation_sequence')
  if (sequence !== Number.MAX_SAFE_INTEGER) {
    citation.sequence = sequence
  }
  const ref = documentIdToPublicationId(document)
  if (ref) {
    citation.documentRef = ref
  }
  const name = cols.get(row, 'record_name')
  if (name && name !== 'NULL') {
    citation.citedName = name
  }
  return { value: citation, issues }
}

/** `g_claims` row → claim; `dependent` (`claim 1`, `1`, `-1`) gives what it refers back to. */
export function mapClaim(row: TableRow, cols: ColumnIndex): Mapped<Claim> {
  const text = cols.get(row, 'claim_text')
  const number =
    Number.parseInt(cols.get(row, 'claim_number'), 10) ||
    Number.parseInt(cols.get(row, 'claim_sequence'), 10) + 1
  if (!Number.isInteger(number) || number < 1) {
    return { issues: [issue(row, 'claim_number', 'claim without a number')] }
  }
  const dependsOn = [...cols.get(row, 'dependent').matchAll(/\d+/g)]
    .map((m) => Number(m[0]))
    .filter((n) => n > 0 && n < number)
  return { value: { number, text, dependsOn, independent: dependsOn.length === 0 }, issues: [] }
}

function clampSequence(party: Party): Party {
  if (party.sequence === Number.MAX_SAFE_INTEGER) {
    delete party.sequence
  }
  return party
}
