import { buildXmlTree } from '../ingest/xml/fast-tree.js'
import { parseXmlTreeWithHtmlparser2 } from '../ingest/xml/htmlparser2-tree.js'
import type { XmlNode } from '../ingest/xml/tree-types.js'

function show(node: XmlNode): string {
  const s = JSON.stringify(node)
  return s.length > 100 ? `${s.slice(0, 100)}…` : s
}

/** Path to the first difference between two trees, or undefined when they are equal. */
function firstDifference(a: XmlNode, b: XmlNode, at: string): string | undefined {
  if (typeof a === 'string' || typeof b === 'string') {
    return a === b ? undefined : `${at}: ${show(a)} ≠ ${show(b)}`
  }
  if (a.name !== b.name || JSON.stringify(a.attrs) !== JSON.stringify(b.attrs)) {
    return `${at}: <${a.name} ${JSON.stringify(a.attrs)}> ≠ <${b.name} ${JSON.stringify(b.attrs)}>`
  }
  if (a.children.length !== b.children.length) {
    return `${at}/${a.name}: ${a.children.length} ≠ ${b.children.length} children`
  }
  for (let k = 0; k < a.children.length; k++) {
    const d = firstDifference(a.children[k]!, b.children[k]!, `${at}/${a.name}[${k}]`)
    if (d) {
      return d
    }
  }
  return undefined
}

/**
 * Where `buildXmlTree` differs from the htmlparser2 builder it replaced on `text` (tree or
 * problems), or `undefined`: the check of the differential tests.
 */
export function treeDifference(text: string): string | undefined {
  const fast = buildXmlTree(text)
  const oracle = parseXmlTreeWithHtmlparser2(text)
  // htmlparser2 put problems at offset length + 1 after a comment or CDATA section cut off by the end.
  const expected = oracle.problems.map((p) => ({ ...p, offset: Math.min(p.offset, text.length) }))
  if (JSON.stringify(fast.problems) !== JSON.stringify(expected)) {
    return `problems ${JSON.stringify(fast.problems)} ≠ ${JSON.stringify(expected)}`
  }
  if (!fast.root || !oracle.root) {
    return fast.root === oracle.root ? undefined : 'root'
  }
  return firstDifference(fast.root, oracle.root, '')
}
