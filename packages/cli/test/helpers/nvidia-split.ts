import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { sharedPath } from '@chuhai/core/testing'

/** The NVIDIA PatentsView tables in ../shared. */
export const NVIDIA = 'data/nvidia_analytics/data_cleaned'

interface RawRecord {
  readonly record: Record<string, string>
  readonly raw: string
}

function read(file: string): { header: string; rows: RawRecord[] } {
  const text = readFileSync(file, 'utf8')
  const rows = parse<RawRecord>(text, { columns: true, raw: true, skip_empty_lines: true })
  return { header: text.slice(0, text.indexOf('\n')).replace(/\r$/, ''), rows }
}

/**
 * Splits the NVIDIA tables at a grant date into two folders of the same CSV files (same names,
 * same header, the rows of patents granted on or before `cutoff`, and after it), parsed with
 * csv-parse independently of the ingest's own reader. Returns the folders and, computed from the
 * CSV alone, the canonical ids of the second part's issued patents that have a G06N CPC.
 */
export function splitNvidia(
  dir: string,
  cutoff: string,
): {
  before: string
  after: string
  expectedG06nAfter: string[]
  afterCount: number
} {
  const src = sharedPath(NVIDIA)
  const patents = read(join(src, 'nvidia_patent.csv'))
  const dateOf = new Map(patents.rows.map((r) => [r.record.patent_id!, r.record.patent_date!]))
  const before = join(dir, 'before')
  const after = join(dir, 'after')
  mkdirSync(before)
  mkdirSync(after)
  for (const name of readdirSync(src).filter((f) => f.endsWith('.csv'))) {
    const table = read(join(src, name))
    const early = table.rows.filter((r) => (dateOf.get(r.record.patent_id!) ?? '') <= cutoff)
    const late = table.rows.filter((r) => (dateOf.get(r.record.patent_id!) ?? '') > cutoff)
    const body = (rows: RawRecord[]): string =>
      `${table.header}\n${rows.map((r) => r.raw.replace(/\r?\n$/, '')).join('\n')}\n`
    writeFileSync(join(before, name), body(early))
    writeFileSync(join(after, name), body(late))
  }
  const g06n = new Set(
    read(join(src, 'nvidia_cpc.csv'))
      .rows.filter((r) => r.record.cpc_subclass === 'G06N')
      .map((r) => r.record.patent_id!),
  )
  const issuedAfter = patents.rows.filter(
    (r) => r.record.withdrawn === '0' && r.record.patent_date! > cutoff,
  )
  const expectedG06nAfter = issuedAfter
    .filter((r) => g06n.has(r.record.patent_id!))
    .map((r) => `US-${r.record.patent_id}-${r.record.wipo_kind}`)
    .sort()
  return { before, after, expectedG06nAfter, afterCount: issuedAfter.length }
}
