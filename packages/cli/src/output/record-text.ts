import {
  formatPrinted,
  parsePublicationNumber,
  type DocumentId,
  type PatentRecord,
} from '@chuhai/core/ingest'

const docId = (d: DocumentId | undefined): string =>
  d ? `${d.country} ${d.number}${d.kind ? ` ${d.kind}` : ''}${d.date ? ` (${d.date})` : ''}` : '—'

/** A readable, sectioned rendering of a whole record for `chuhai show`. */
export function renderRecord(r: PatentRecord, options: { full: boolean }): string {
  const pn = parsePublicationNumber(r.id)
  const out: string[] = []
  const title = r.titles[0]?.text ?? '(no title)'
  out.push(`${pn ? formatPrinted(pn) : r.id} — ${title}`)
  out.push(
    `  ${r.documentType} ${r.stage}, published ${r.publication.date ?? '—'}${r.grantDate ? `, granted ${r.grantDate}` : ''}`,
  )
  out.push(`  application ${docId(r.application)}`)
  for (const p of r.priorityClaims) {
    out.push(`  priority ${p.country} ${p.number}${p.date ? ` (${p.date})` : ''}`)
  }
  if (r.term) {
    out.push(`  term: ${JSON.stringify(r.term)}`)
  }
  const parties: [string, PatentRecord['parties']['inventors']][] = [
    ['applicants', r.parties.applicants],
    ['assignees', r.parties.assignees],
    ['inventors', r.parties.inventors],
    ['agents', r.parties.agents],
    ['examiners', r.parties.examiners],
  ]
  for (const [label, list] of parties) {
    if (list.length > 0) {
      out.push(
        `  ${label}: ${list.map((p) => (p.country ? `${p.name} (${p.country})` : p.name)).join('; ')}`,
      )
    }
  }
  const byScheme = new Map<string, string[]>()
  for (const c of r.classifications) {
    byScheme.set(c.scheme, [...(byScheme.get(c.scheme) ?? []), c.symbol])
  }
  for (const [scheme, symbols] of byScheme) {
    out.push(`  ${scheme.toUpperCase()}: ${symbols.join(', ')}`)
  }
  for (const rel of r.relatedDocuments) {
    out.push(`  ${rel.relation} of ${docId(rel.document)}`)
  }
  for (const a of r.abstracts) {
    out.push('', `Abstract [${a.lang}]`, wrap(a.text))
  }
  for (const set of r.claims) {
    out.push('', `Claims [${set.lang}] (${set.claims.length})`)
    for (const c of set.claims) {
      const dep = c.independent ? '' : ` → ${c.dependsOn.join(', ')}`
      out.push(
        `${c.independent ? '' : '    '}[${c.number}${dep}] ${options.full ? c.text : clip(c.text, 300)}`,
      )
    }
  }
  if (r.citations.length > 0) {
    out.push('', `Citations (${r.citations.length})`)
    for (const c of r.citations.slice(0, options.full ? undefined : 25)) {
      out.push(
        `  ${c.documentRef ?? docId(c.document) ?? ''}${c.npl ? clip(c.npl, 120) : ''} [${c.category}]`,
      )
    }
  }
  for (const d of r.descriptions) {
    out.push(
      '',
      `Description [${d.lang}] (${d.text.length} characters)`,
      options.full ? d.text : clip(d.text, 1200),
    )
  }
  out.push(
    '',
    `source: ${r.source.format}${r.source.formatVersion ? ` ${r.source.formatVersion}` : ''} ${r.source.file ?? ''}`,
  )
  return `${out.join('\n')}\n`
}

function clip(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n)}…` : text
}

function wrap(text: string): string {
  return text.replace(/(.{1,100})(\s+|$)/g, '$1\n').trimEnd()
}
