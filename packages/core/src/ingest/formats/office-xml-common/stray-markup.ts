import type { XmlTree } from '../../xml/tree.js'
import { parseXmlTree } from '../../xml/tree.js'

/** A start tag, end tag, comment, CDATA section, processing instruction or declaration. */
const MARKUP =
  /^<(?:[A-Za-z_][\w.:-]*(?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*\/?>|\/[A-Za-z_][\w.:-]*\s*>|!--|!\[CDATA\[|\?|!)/

/**
 * Escapes every `<` that does not open well-formed markup (`<First Embodiment` in a heading of a
 * real EPO document) and returns the repaired text with the number of repairs.
 */
export function escapeStrayLessThan(text: string): { text: string; repairs: number } {
  let repairs = 0
  let out = ''
  let from = 0
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
    if (!MARKUP.test(text.slice(i, i + 512))) {
      out += `${text.slice(from, i)}&lt;`
      from = i + 1
      repairs++
    }
  }
  return { text: repairs === 0 ? text : out + text.slice(from), repairs }
}

/**
 * Builds the tree; when the document is not well-formed only because of `<` characters that open
 * no markup (text the office forgot to escape), builds it again from the repaired text. The
 * repair is kept only if it leaves no problem at all, and `repairs` says how many were made so the
 * parser can warn. Truly malformed or truncated documents keep their original problems.
 */
export function parseTreeRepairingStrayLessThan(text: string): XmlTree & { repairs: number } {
  const tree = parseXmlTree(text)
  if (tree.problems.length === 0) {
    return { ...tree, repairs: 0 }
  }
  const repaired = escapeStrayLessThan(text)
  if (repaired.repairs === 0) {
    return { ...tree, repairs: 0 }
  }
  const second = parseXmlTree(repaired.text)
  return second.problems.length === 0
    ? { ...second, repairs: repaired.repairs }
    : { ...tree, repairs: 0 }
}
