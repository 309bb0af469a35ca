import { Readable, pipeline } from 'node:stream'
import { parse, type CsvError } from 'csv-parse'
import type { DelimitedHeader, RowIssue, TableRow } from '@chuhai/core/ingest'
import type { IngestSource } from '../sources/ingest-source.js'

/**
 * Streams the data rows of a CSV/TSV table (RFC 4180 quoting, as PatentsView writes both) with
 * their line numbers. A row with the wrong number of fields or broken quoting is yielded as an
 * issue naming file and line, and reading goes on with the next row; a stream error (corrupt zip
 * entry) is thrown as the source error it is.
 */
export async function* readTableRows(
  source: IngestSource,
  header: DelimitedHeader,
): AsyncGenerator<TableRow | RowIssue> {
  const skipped: RowIssue[] = []
  let lastLine = 1
  const parser = parse({
    delimiter: header.delimiter,
    bom: true,
    from_line: 2,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      const line = typeof error?.lines === 'number' ? error.lines : lastLine + 1
      skipped.push(rowIssue(source.display, line, error?.message ?? 'unreadable row'))
      lastLine = line
      return undefined
    },
  })
  // pipeline (not pipe) so a source error (corrupt zip entry) destroys the parser with that error
  // and surfaces in the loop below; the callback only keeps Node from reporting it twice.
  pipeline(Readable.from(source.stream()), parser, () => undefined)
  const width = header.columns.length
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    yield* skipped.splice(0)
    const line = lastLine + 1
    lastLine = item.info.lines
    if (item.record.length !== width) {
      yield rowIssue(
        source.display,
        line,
        `expected ${width} fields (${header.columns.join(', ')}), found ${item.record.length}`,
      )
      continue
    }
    yield { file: source.display, line, values: item.record }
  }
  yield* skipped.splice(0)
}

function rowIssue(file: string, line: number, message: string): RowIssue {
  return { severity: 'error', file, line, field: 'row', message }
}

/** Whether a yielded item is an issue rather than a row. */
export function isRowIssue(item: TableRow | RowIssue): item is RowIssue {
  return 'severity' in item
}
