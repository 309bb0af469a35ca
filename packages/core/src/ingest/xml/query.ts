import type { XmlElement, XmlNode } from './tree.js'
import { collapseWhitespace, LineCollector } from './whitespace.js'

/** Type guard: the node is an element. */
export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === 'object' && node !== null
}

/** Element children of `el`, optionally only those named `name`. */
export function children(el: XmlElement | undefined, name?: string): XmlElement[] {
  if (!el) {
    return []
  }
  const out: XmlElement[] = []
  for (const c of el.children) {
    if (typeof c !== 'string' && (name === undefined || c.name === name)) {
      out.push(c)
    }
  }
  return out
}

/** First element child named `name`. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) {
    return undefined
  }
  for (const c of el.children) {
    if (typeof c !== 'string' && c.name === name) {
      return c
    }
  }
  return undefined
}

/** Follows a `/`-separated path of child names: `path(root, 'us-bibliographic-data-grant/invention-title')`. */
export function path(el: XmlElement | undefined, spec: string): XmlElement | undefined {
  let cur = el
  for (const part of spec.split('/')) {
    cur = child(cur, part)
    if (!cur) {
      return undefined
    }
  }
  return cur
}

/** All elements matching a `/`-separated path (the last step may match many). */
export function pathAll(el: XmlElement | undefined, spec: string): XmlElement[] {
  let level: XmlElement[] = el ? [el] : []
  for (const part of spec.split('/')) {
    level = level.flatMap((e) => children(e, part))
  }
  return level
}

/** Depth-first search for descendants named `name` (does not descend into matches). */
export function descendants(el: XmlElement | undefined, name: string): XmlElement[] {
  const out: XmlElement[] = []
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (typeof c !== 'string') {
        if (c.name === name) {
          out.push(c)
        } else {
          walk(c)
        }
      }
    }
  }
  if (el) {
    walk(el)
  }
  return out
}

/** First descendant named `name`, depth-first. */
export function descendant(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) {
    return undefined
  }
  for (const c of el.children) {
    if (typeof c !== 'string') {
      if (c.name === name) {
        return c
      }
      const found = descendant(c, name)
      if (found) {
        return found
      }
    }
  }
  return undefined
}

/** Concatenated character data of `el` and its descendants, whitespace-collapsed and trimmed. */
export function text(el: XmlElement | undefined): string {
  if (!el) {
    return ''
  }
  return collapseWhitespace(rawText(el))
}

/** Concatenated character data without whitespace normalisation. */
export function rawText(el: XmlElement): string {
  let out = ''
  for (const c of el.children) {
    out += typeof c === 'string' ? c : rawText(c)
  }
  return out
}

/** Trimmed text of the child at `spec`, or `undefined` when absent or empty. */
export function textAt(el: XmlElement | undefined, spec: string): string | undefined {
  const t = text(path(el, spec))
  return t === '' ? undefined : t
}

/** Names of block elements after which a line break belongs when flattening prose. */
const BLOCKS = new Set([
  'p',
  'heading',
  'claim-text',
  'li',
  'row',
  'entry',
  'br',
  'para',
  'h',
  'pdat-block',
  'paragraph',
  'description-of-drawings',
  'brief-description-of-drawings',
  'table',
  'maths',
  'math',
  'tables',
  'ol',
  'ul',
  'dl',
  'dd',
  'dt',
  'PARA',
  'H',
  'BTEXT',
])

/**
 * Flattens prose (description, abstract) to text with one paragraph per line: block elements
 * end lines, inline runs are whitespace-collapsed. Skips the subtrees named in `skip`.
 */
export function proseText(
  el: XmlElement | undefined,
  skip: ReadonlySet<string> = new Set(),
): string {
  if (!el) {
    return ''
  }
  const lines = new LineCollector()
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (typeof c === 'string') {
        lines.add(c)
      } else if (!skip.has(c.name)) {
        const block = BLOCKS.has(c.name)
        if (block) {
          lines.endLine()
        }
        walk(c)
        if (block) {
          lines.endLine()
        }
      }
    }
  }
  walk(el)
  return lines.join()
}
