import { errorMessage } from '../../errors.js'
import { PatentRecord } from '../../model/patent.js'
import type { ParseIssue, ParseResult } from '../parser.js'
import type { ColumnIndex, RowIssue, TableRow } from './table-row.js'

/**
 * A parser for a table whose every row is one publication (a dataset CSV, a spreadsheet export),
 * recognised by its header — the row counterpart of `PatentParser`. Tables whose rows must be
 * joined across files (PatentsView) take the table-set path instead (ADR 0008).
 */
export interface RowParser {
  /** Stable id stored as `source.format`. */
  readonly id: string
  /** Office whose publications the table holds (`CN`), or `WO` when mixed. */
  readonly office: string
  /** One line on what the table is. */
  readonly description: string
  /** Whether a header (lower-cased column names, file order) is this table's. */
  detect(columns: readonly string[]): boolean
  /** Reads one data row; never throws for odd data (issues instead). */
  parseRow(row: TableRow, columns: ColumnIndex): ParseResult
}

/** What became of one row: a validated record, a skipped row with its reason, or row issues. */
export type RowOutcome =
  | { readonly status: 'ok'; readonly record: PatentRecord; readonly warnings: readonly RowIssue[] }
  | { readonly status: 'skipped'; readonly reason: string }
  | { readonly status: 'failed'; readonly id?: string; readonly issues: readonly RowIssue[] }

/**
 * Parses one row with `parser` and validates the record against the model, turning the parser's
 * issues into row issues that name the file, line and field. Never throws.
 */
export function parseRow(parser: RowParser, row: TableRow, columns: ColumnIndex): RowOutcome {
  let result: ParseResult
  try {
    result = parser.parseRow(row, columns)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return failedRow(row, 'row', errorMessage('PARSE_FAILED', `${parser.id}: ${detail}`))
  }
  if (result.skipped !== undefined) {
    return { status: 'skipped', reason: result.skipped }
  }
  const toRowIssue = (i: ParseIssue): RowIssue => ({
    severity: i.severity,
    file: row.file,
    line: row.line,
    field: i.field ?? 'row',
    message: i.message,
  })
  const errors = result.issues.filter((i) => i.severity === 'error')
  if (errors.length > 0 || !result.record) {
    return {
      status: 'failed',
      ...(result.documentNumber ? { id: result.documentNumber } : {}),
      issues:
        errors.length > 0
          ? errors.map(toRowIssue)
          : [toRowIssue(issue(`${parser.id} returned no record`))],
    }
  }
  const checked = PatentRecord.safeParse(result.record)
  if (!checked.success) {
    const first = checked.error.issues[0]
    const field = first?.path.join('.') || 'record'
    return {
      status: 'failed',
      id: result.record.id,
      issues: [
        toRowIssue({
          severity: 'error',
          code: 'PARSE_INVALID_RECORD',
          message: errorMessage('PARSE_INVALID_RECORD', `${field}: ${first?.message ?? ''}`),
          field,
        }),
      ],
    }
  }
  return {
    status: 'ok',
    record: checked.data,
    warnings: result.issues.filter((i) => i.severity === 'warning').map(toRowIssue),
  }
}

function issue(detail: string): ParseIssue {
  return { severity: 'error', code: 'PARSE_FAILED', message: errorMessage('PARSE_FAILED', detail) }
}

function failedRow(row: TableRow, field: string, message: string): RowOutcome {
  return {
    status: 'failed',
    issues: [{ severity: 'error', file: row.file, line: row.line, field, message }],
  }
}
