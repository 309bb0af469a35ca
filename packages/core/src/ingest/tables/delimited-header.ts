/** The header line of a delimited table (CSV or TSV), as sniffed from the start of a file. */
export interface DelimitedHeader {
  /** `,` for CSV, tab for TSV (PatentsView ships TSV; re-exports are often CSV). */
  readonly delimiter: ',' | '\t'
  /** Column names, unquoted, trimmed and lower-cased. */
  readonly columns: readonly string[]
}

/**
 * Reads the header line of a delimited table from the first KB of a file (a UTF-8 BOM is
 * ignored). The delimiter is the one of tab and comma that splits the line into more columns;
 * every column must look like an identifier (`patent_id`, `"cpc_group"`), so prose, XML and JSON
 * are never taken for a table. Returns `undefined` when the head is not such a header.
 *
 * @example sniffDelimitedHeader('patent_id,patent_abstract\n1,"x"') // { delimiter: ',', columns: [...] }
 */
export function sniffDelimitedHeader(head: string): DelimitedHeader | undefined {
  const text = head.replace(/^\uFEFF/, '').replace(/^\u00EF\u00BB\u00BF/, '')
  const end = text.search(/\r?\n/)
  if (end <= 0) {
    return undefined
  }
  const line = text.slice(0, end)
  const tabs = line.split('\t').length
  const commas = line.split(',').length
  if (tabs < 2 && commas < 2) {
    return undefined
  }
  const delimiter = tabs >= commas ? '\t' : ','
  const columns = line.split(delimiter).map((c) =>
    c
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase(),
  )
  if (!columns.every((c) => /^[a-z_][a-z0-9_]*$/.test(c))) {
    return undefined
  }
  return { delimiter, columns }
}
