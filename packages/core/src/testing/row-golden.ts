import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { sniffDelimitedHeader } from '../ingest/tables/delimited-header.js'
import { parseRow, type RowParser } from '../ingest/tables/row-parser.js'
import { ColumnIndex, type TableRow } from '../ingest/tables/table-row.js'
import { hasShared, NO_SHARED, sharedPath } from './shared-data.js'

/** One golden case of a row parser: a real row of a table in `../shared`, found by a key column. */
export interface RowGoldenCase {
  /** File stem of the expected JSON: `<goldenDir>/<name>.expected.json`. */
  readonly name: string
  /** Path under the shared folder. */
  readonly source: string
  /** The column and value that pick the row (`publication_number`, `CN118866379A`). */
  readonly key: readonly [column: string, value: string]
}

/**
 * The data rows of a real CSV/TSV file as ingest reads them (RFC 4180 quoting, BOM dropped,
 * rows whose fields are all empty left out), each with the 1-based line it starts on.
 */
export function readTableFile(path: string): { columns: string[]; rows: TableRow[] } {
  const text = readFileSync(path, 'utf8')
  const header = sniffDelimitedHeader(text.slice(0, 4096))
  if (!header) {
    throw new Error(`${path}: no table header`)
  }
  const records = parse(text, {
    bom: true,
    delimiter: header.delimiter,
    info: true,
    relax_column_count: true,
  }) as unknown as { record: string[]; info: { lines: number } }[]
  let line = 1
  const rows: TableRow[] = []
  for (const { record, info } of records.slice(1)) {
    if (record.some((v) => v.trim() !== '')) {
      rows.push({ file: basename(path), line: line + 1, values: record })
    }
    line = info.lines
  }
  return { columns: [...header.columns], rows }
}

/**
 * Golden-file tests for a row parser (house style R7): each picked row of a real table must parse
 * to exactly the committed JSON. Regenerate deliberately with `UPDATE_GOLDEN=1`.
 */
export function describeRowGoldenCases(
  parser: RowParser,
  goldenDir: string,
  cases: readonly RowGoldenCase[],
): void {
  describe(`${parser.id} golden files`, () => {
    for (const c of cases) {
      const present = hasShared(c.source)
      const run = present ? it : it.skip
      run(`${c.name} (${basename(c.source)}) ${present ? '' : NO_SHARED}`, () => {
        const { columns, rows } = readTableFile(sharedPath(c.source))
        expect(parser.detect(columns)).toBe(true)
        const index = new ColumnIndex(columns)
        const row = rows.find((r) => index.get(r, c.key[0]) === c.key[1])
        expect(row, `row with ${c.key[0]} = ${c.key[1]} in ${c.source}`).toBeDefined()
        const outcome = parseRow(parser, row!, index)
        expect(outcome.status === 'failed' ? outcome.issues : []).toEqual([])
        expect(outcome.status).toBe('ok')
        const record = outcome.status === 'ok' ? outcome.record : undefined
        const file = join(goldenDir, `${c.name}.expected.json`)
        const actual = JSON.parse(JSON.stringify(record)) as unknown
        if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
          mkdirSync(dirname(file), { recursive: true })
          writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`)
          if (process.env.UPDATE_GOLDEN !== '1') {
            throw new Error(`golden file ${file} was missing and has been written: review it`)
          }
        }
        expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')))
      })
    }
  })
}
