/** One data row of a delimited table, with where it came from. */
export interface TableRow {
  /** Display name of the file (zip entries as `archive.zip!entry`). */
  readonly file: string
  /** 1-based line number of the row's first line in the file (the header is line 1). */
  readonly line: number
  /** Field values in the order of the file's columns. */
  readonly values: readonly string[]
}

/** A problem with one row or one field of a row; `error` drops the row, `warning` keeps it. */
export interface RowIssue {
  readonly severity: 'error' | 'warning'
  readonly file: string
  readonly line: number
  /** Column name, or `row` for the row as a whole. */
  readonly field: string
  readonly message: string
}

/** Reads named fields of rows of one table: `get(row, 'patent_id')` → trimmed value or `''`. */
export class ColumnIndex {
  readonly #positions: ReadonlyMap<string, number>

  constructor(columns: readonly string[]) {
    this.#positions = new Map(columns.map((c, i) => [c, i]))
  }

  /** Whether the table has the column. */
  has(column: string): boolean {
    return this.#positions.has(column)
  }

  /** The trimmed value of `column` in `row`, `''` when the column or value is absent. */
  get(row: TableRow, column: string): string {
    const at = this.#positions.get(column)
    return at === undefined ? '' : (row.values[at] ?? '').trim()
  }
}
