import type { CitationView, FamilyMember, FamilyView } from '@chuhai/core/family'

/** `chuhai family` as text: how the family was found, then its members country by country. */
export function renderFamily(view: FamilyView): string {
  const lines: string[] = [`Family of ${view.id}`]
  lines.push(
    view.docdbFamily
      ? `  DOCDB simple family ${view.docdbFamily} (given by the source)`
      : '  no DOCDB family id in the source: family computed from priority claims',
  )
  lines.push(
    `  priorities: ${view.priorities.length > 0 ? view.priorities.join(', ') : '(none claimed)'}`,
  )
  lines.push(
    `  computed simple family ${view.simpleFamily}; extended family ${view.extendedFamily}`,
  )
  const simple = view.members.filter((m) => m.relation === 'simple').length
  lines.push(
    `  ${view.members.length} members in ${Object.keys(view.byCountry).length} countries (${simple} simple, ${view.members.length - simple} extended only)`,
  )
  if (view.truncated) {
    lines.push('  (stopped at the member limit: the extended family is larger)')
  }
  for (const [country, members] of Object.entries(view.byCountry)) {
    lines.push('', country)
    for (const m of members) {
      lines.push(`  ${memberLine(m)}`)
      if (m.title) {
        lines.push(`      ${m.title.length > 90 ? `${m.title.slice(0, 87)}...` : m.title}`)
      }
    }
  }
  return `${lines.join('\n')}\n`
}

function memberLine(m: FamilyMember): string {
  const parts = [
    m.id.padEnd(20),
    (m.kind ?? '-').padEnd(3),
    m.stage.padEnd(12),
    `pub ${m.publicationDate ?? '-'}`,
    `filed ${m.application?.date ?? '-'}`,
    `priority ${m.priorityDate ?? '-'}`,
    status(m),
    m.relation,
  ]
  return parts.join('  ')
}

function status(m: FamilyMember): string {
  const s = m.status
  const date = s.date ? ` ${s.date}` : ''
  if (s.source === 'derived') {
    return `${s.status}${date} (derived)`
  }
  return `${s.status}${date}${s.event ? ` [${s.event.code}]` : ''}`
}

/** `chuhai citations` as text. */
export function renderCitations(view: CitationView): string {
  const inStore = (list: CitationView['backward']): number => list.filter((c) => c.stored).length
  const lines = [
    `Citations of ${view.id}`,
    `  backward: ${view.backward.length} patent documents (${inStore(view.backward)} in the database), ${view.npl.length} non-patent`,
  ]
  for (const c of view.backward) {
    lines.push(
      `    ${c.ref}${c.stored ? (c.stored === c.ref ? '  [stored]' : `  [stored as ${c.stored}]`) : ''}`,
    )
  }
  for (const n of view.npl) {
    lines.push(`    NPL: ${n.length > 100 ? `${n.slice(0, 97)}...` : n}`)
  }
  lines.push(
    `  forward: ${view.forward.length} citing documents (${inStore(view.forward)} in the database)`,
  )
  for (const c of view.forward) {
    lines.push(
      `    ${c.ref}${c.stored ? (c.stored === c.ref ? '  [stored]' : `  [stored as ${c.stored}]`) : ''}`,
    )
  }
  return `${lines.join('\n')}\n`
}
