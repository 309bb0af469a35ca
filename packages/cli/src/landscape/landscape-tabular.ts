import type { Landscape } from '@chuhai/core/monitor'

type Cell = string | number

/** The landscape as named tables (CSV sections and XLSX sheets share them). */
export function landscapeTables(l: Landscape): { name: string; head: string[]; rows: Cell[][] }[] {
  const tables: { name: string; head: string[]; rows: Cell[][] }[] = l.breakdowns.map((b) => ({
    name: `by ${b.dimension}`,
    head: [b.dimension, 'label', 'publications'],
    rows: b.buckets.map((x) => [x.key, x.label, x.count]),
  }))
  for (const s of l.overTime) {
    tables.push({
      name: `over time by ${s.dimension}`,
      head: [s.dimension, 'label', ...s.years],
      rows: s.series.map((x) => [x.key, x.label, ...x.counts]),
    })
  }
  tables.push({
    name: 'top applicants',
    head: ['entity', 'name', 'publications'],
    rows: l.topApplicants.map((x) => [x.key, x.label, x.count]),
  })
  tables.push({
    name: 'cpc x country',
    head: ['cpc', ...l.heatMap.columns],
    rows: l.heatMap.rows.map((r, i) => [r, ...(l.heatMap.cells[i] ?? [])]),
  })
  tables.push({
    name: 'citation leaders',
    head: ['publication', 'applicant', 'title', 'cited by'],
    rows: l.citationLeaders.map((c) => [c.id, c.applicant, c.title, c.citedBy]),
  })
  if (l.whiteSpace) {
    tables.push({
      name: 'white space',
      head: ['cpc', 'country', 'theirs', 'ours'],
      rows: l.whiteSpace.cells.map((c) => [c.cpc, c.country, c.theirs, c.ours]),
    })
  }
  return tables
}

const csvCell = (c: Cell): string => {
  const s = String(c)
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/**
 * CSV (RFC 4180) in long form, one row per value: `table,key,label,column,value`. One shape for
 * every section, so a spreadsheet pivot or pandas reads it without guessing.
 */
export function landscapeCsv(l: Landscape): string {
  const lines = ['table,key,label,column,value']
  for (const t of landscapeTables(l)) {
    for (const row of t.rows) {
      const [key, ...rest] = row
      const labelled = t.head[1] === 'label' || t.head[1] === 'name'
      const label = labelled ? rest[0] : ''
      const values = labelled ? rest.slice(1) : rest
      const columns = labelled ? t.head.slice(2) : t.head.slice(1)
      values.forEach((v, i) => {
        lines.push([t.name, key ?? '', label ?? '', columns[i] ?? '', v].map(csvCell).join(','))
      })
    }
  }
  return `${lines.join('\r\n')}\r\n`
}
