import { fullElements, type ClaimAnalysis } from '@chuhai/core/claims'

/** A claim analysis as text: one block per claim, its limitations labelled as a chart lists them. */
export function renderClaimAnalysis(analysis: ClaimAnalysis): string {
  const lines: string[] = [`Language: ${analysis.language}; ${analysis.claims.length} claims`]
  for (const c of analysis.claims) {
    lines.push('')
    if (c.cancelled) {
      lines.push(`Claim ${c.number} (cancelled)`)
      continue
    }
    const kind = c.independent
      ? `independent ${c.category}`
      : `${c.category}, depends on ${c.dependsOn.join(', ')}`
    lines.push(`Claim ${c.number} — ${kind}`)
    if (c.preamble) {
      lines.push(`  preamble:   ${c.preamble}`)
    }
    if (c.transition) {
      lines.push(`  transition: ${c.transition} (${c.scope})`)
    }
    for (const e of c.elements.filter((x) => x.kind !== 'preamble')) {
      const limits = e.limits === undefined ? '' : ` [limits ${e.limits}]`
      lines.push(`  ${e.id.padEnd(5)} ${e.kind === 'wherein' ? 'wherein ' : ''}${e.text}${limits}`)
    }
    if (!c.independent) {
      lines.push(
        `  all elements: ${fullElements(analysis, c.number)
          .map((e) => e.id)
          .join(', ')}`,
      )
    }
  }
  for (const p of analysis.problems) {
    lines.push(`problem: ${p.claim === undefined ? '' : `claim ${p.claim}: `}${p.message}`)
  }
  return `${lines.join('\n')}\n`
}
