import { diffLines } from 'diff'

/** A change of a tracked document: counts and the changed lines with `+`/`-` markers. */
export interface TextDiff {
  readonly added: number
  readonly removed: number
  /** Changed lines with one line of context, `+ ` added, `- ` removed, `  ` context. */
  readonly text: string
}

/** Line diff of two versions of a page's text (jsdiff `diffLines`). */
export function diffText(before: string, after: string): TextDiff {
  const parts = diffLines(
    before.endsWith('\n') ? before : `${before}\n`,
    after.endsWith('\n') ? after : `${after}\n`,
  )
  let added = 0
  let removed = 0
  const out: string[] = []
  parts.forEach((part, i) => {
    const lines = part.value.replace(/\n$/, '').split('\n')
    if (part.added || part.removed) {
      const mark = part.added ? '+ ' : '- '
      if (part.added) {
        added += lines.length
      } else {
        removed += lines.length
      }
      out.push(...lines.map((l) => `${mark}${l}`))
    } else {
      const prevChanged = parts[i - 1]?.added || parts[i - 1]?.removed
      const nextChanged = parts[i + 1]?.added || parts[i + 1]?.removed
      if (prevChanged && lines.length > 0) {
        out.push(`  ${lines[0]}`)
      }
      if (nextChanged && lines.length > (prevChanged ? 1 : 0)) {
        if (lines.length > 2) {
          out.push('  …')
        }
        out.push(`  ${lines.at(-1)}`)
      }
    }
  })
  return { added, removed, text: out.join('\n') }
}
