import { rawText } from './query.js'
import type { XmlElement } from './tree.js'

/** Which element names shape the flattened text (see `blockText`). */
export interface BlockTextRules {
  /** Elements that start and end a line (paragraphs, headings, claim steps, table rows). */
  readonly blocks: ReadonlySet<string>
  /** Subtrees dropped entirely (paragraph numbers, image references). */
  readonly skip?: ReadonlySet<string>
  /** Subtrees read as one inline run even if they contain block elements (`claim 2` references). */
  readonly inline?: ReadonlySet<string>
}

/**
 * Flattens an element to text with one block per line, whitespace-collapsed. Unlike `proseText`
 * the caller names the blocks, so old formats with upper-case SGML names (`PARA`, `CLMSTEP`) and
 * nested blocks inside inline references (`<dependent-claim-reference><claim-text>`) read right.
 *
 * @example blockText(claim, { blocks: new Set(['claim-text']), inline: new Set(['dependent-claim-reference']) })
 */
export function blockText(el: XmlElement | undefined, rules: BlockTextRules): string {
  if (!el) {
    return ''
  }
  const { blocks, skip, inline } = rules
  const lines: string[] = []
  let current = ''
  const flush = (): void => {
    const t = current.replace(/\s+/g, ' ').trim()
    if (t) {
      lines.push(t)
    }
    current = ''
  }
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (typeof c === 'string') {
        current += c
      } else if (skip?.has(c.name)) {
        current += ' '
      } else if (inline?.has(c.name)) {
        current += rawText(c)
      } else if (blocks.has(c.name)) {
        flush()
        walk(c)
        flush()
      } else {
        walk(c)
      }
    }
  }
  walk(el)
  flush()
  return lines.join('\n')
}
