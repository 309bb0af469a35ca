import { toIsoDate } from '../../../model/document-id.js'
import { emptyParties, type DocumentType, type PatentRecord } from '../../../model/patent.js'
import {
  formatPublicationId,
  normalizeApplicationNumber,
  parsePublicationNumber,
} from '../../../model/publication-number.js'
import { ColumnIndex, type RowIssue, type TableRow } from '../table-row.js'
import {
  mapAssignee,
  mapCitation,
  mapClaim,
  mapCpc,
  mapInventor,
  sequenceOf,
  type Mapped,
} from './row-mappers.js'
import type { PatentsViewTable, PatentsViewTableId } from './tables.js'

/** Parser id stored as `source.format` for records joined from PatentsView tables. */
export const PATENTSVIEW_FORMAT = 'patentsview-tables'

/** A row together with the table it belongs to. */
export interface PatentsViewRow {
  readonly table: PatentsViewTable
  readonly row: TableRow
}

/** What joining one patent's rows gave: a record, a skip reason, or only issues. */
export interface AssembledPatent {
  readonly record?: PatentRecord
  /** Set for rows that are deliberately not records (withdrawn patents). */
  readonly skipped?: string
  /** Canonical id when the patent row named one, for reports. */
  readonly id?: string
  readonly issues: readonly RowIssue[]
}

const TYPES: Readonly<Record<string, DocumentType>> = {
  utility: 'utility',
  design: 'design',
  plant: 'plant',
  reissue: 'reissue',
  'defensive publication': 'defensive-publication',
  'statutory invention registration': 'statutory-invention-registration',
}

/** The column that orders a table's rows within one patent. */
const SEQUENCE: Partial<Record<PatentsViewTableId, string>> = {
  cpc: 'cpc_sequence',
  inventor: 'inventor_sequence',
  assignee: 'assignee_sequence',
  citation: 'citation_sequence',
  claims: 'claim_sequence',
}

/**
 * Joins one patent's rows (its `g_patent` row and every row of the other tables with the same
 * `patent_id`) into a `PatentRecord`. Pure and deterministic: rows are ordered by their sequence
 * columns, so the result does not depend on file order. Bad fields are reported per file, line and
 * column; a bad `g_patent` row yields no record, a bad detail row only drops that row.
 */
export function assemblePatentsViewRecord(
  patent: PatentsViewRow,
  related: readonly PatentsViewRow[],
  format: { readonly version: string },
): AssembledPatent {
  const cols = new ColumnIndex(patent.table.columns)
  const row = patent.row
  const issues: RowIssue[] = []
  const fail = (field: string, message: string): AssembledPatent => ({
    issues: [...issues, { severity: 'error', file: row.file, line: row.line, field, message }],
  })
  const rawId = cols.get(row, 'patent_id')
  const kind = cols.get(row, 'wipo_kind').toUpperCase()
  const pn = parsePublicationNumber(`US${rawId}${/^[A-Z]\d?$/.test(kind) ? kind : ''}`)
  if (!pn) {
    return fail('patent_id', `not a US patent number: ${JSON.stringify(rawId)}`)
  }
  const id = formatPublicationId(pn)
  const date = toIsoDate(cols.get(row, 'patent_date'))
  if (!date) {
    return {
      ...fail('patent_date', `not a date: ${JSON.stringify(cols.get(row, 'patent_date'))}`),
      id,
    }
  }
  if (cols.get(row, 'withdrawn') === '1') {
    return { skipped: `${id} was withdrawn before issue`, id, issues }
  }
  const title = cols.get(row, 'patent_title')
  const record: PatentRecord = {
    id,
    publication: pn.kind
      ? { country: 'US', number: pn.number, kind: pn.kind, date }
      : { country: 'US', number: pn.number, date },
    documentType: TYPES[cols.get(row, 'patent_type').toLowerCase()] ?? 'unknown',
    stage: 'grant',
    grantDate: date,
    priorityClaims: [],
    titles: title ? [{ lang: 'en', text: title }] : [],
    abstracts: [],
    descriptions: [],
    claims: [],
    parties: emptyParties(),
    classifications: [],
    citations: [],
    relatedDocuments: [],
    source: { format: PATENTSVIEW_FORMAT, formatVersion: format.version, file: row.file },
  }
  const claimCount = Number.parseInt(cols.get(row, 'num_claims'), 10)
  if (Number.isInteger(claimCount) && claimCount >= 0) {
    record.claimCount = claimCount
  }
  const abstract = cols.get(row, 'patent_abstract')
  if (abstract) {
    record.abstracts.push({ lang: 'en', text: abstract })
  }
  addRelated(record, sortRelated(related), issues)
  return { record, id, issues }
}

function sortRelated(related: readonly PatentsViewRow[]): PatentsViewRow[] {
  const keyed = related.map((r, i) => {
    const column = SEQUENCE[r.table.id]
    const seq = column ? sequenceOf(r.row, new ColumnIndex(r.table.columns), column) : 0
    return { r, seq, i }
  })
  keyed.sort((a, b) => a.seq - b.seq || a.i - b.i)
  return keyed.map((k) => k.r)
}

function addRelated(
  record: PatentRecord,
  related: readonly PatentsViewRow[],
  issues: RowIssue[],
): void {
  const take = <T>(mapped: Mapped<T>, into: T[]): void => {
    issues.push(...mapped.issues)
    if (mapped.value !== undefined) {
      into.push(mapped.value)
    }
  }
  const claims: PatentRecord['claims'][number]['claims'] = []
  for (const { table, row } of related) {
    const cols = new ColumnIndex(table.columns)
    switch (table.id) {
      case 'patent':
        issues.push({
          severity: 'warning',
          file: row.file,
          line: row.line,
          field: 'patent_id',
          message: 'duplicate g_patent row ignored',
        })
        break
      case 'abstract': {
        const text = cols.get(row, 'patent_abstract')
        if (text && !record.abstracts.some((a) => a.text === text)) {
          record.abstracts.push({ lang: 'en', text })
        }
        break
      }
      case 'application':
        addApplication(record, row, cols, issues)
        break
      case 'cpc':
        take(mapCpc(row, cols), record.classifications)
        break
      case 'inventor':
        take(mapInventor(row, cols), record.parties.inventors)
        break
      case 'assignee':
        take(mapAssignee(row, cols), record.parties.assignees)
        break
      case 'citation':
        take(mapCitation(row, cols), record.citations)
        break
      case 'claims':
        take(mapClaim(row, cols), claims)
        break
    }
  }
  if (claims.length > 0) {
    record.claims.push({ lang: 'en', claims })
  }
}

function addApplication(
  record: PatentRecord,
  row: TableRow,
  cols: ColumnIndex,
  issues: RowIssue[],
): void {
  const raw = cols.get(row, 'application_id')
  const number = normalizeApplicationNumber(raw.replace(/^\d{4}\//, ''))
  const rawDate = cols.get(row, 'filing_date')
  const date = toIsoDate(rawDate)
  if (!number) {
    issues.push({
      severity: 'error',
      file: row.file,
      line: row.line,
      field: 'application_id',
      message: 'application without a number',
    })
    return
  }
  if (rawDate && !date) {
    issues.push({
      severity: 'warning',
      file: row.file,
      line: row.line,
      field: 'filing_date',
      message: `not a date: ${JSON.stringify(rawDate)}`,
    })
  }
  record.application = date ? { country: 'US', number, date } : { country: 'US', number }
}
