import { Parser } from 'htmlparser2'
import type { XmlElement, XmlProblem, XmlTree } from './tree-types.js'

/**
 * The former tree builder, on htmlparser2 in XML mode. It is no longer used for ingest (see
 * `fast-tree.ts`); it stays as the oracle of the differential tests and of `bench/parse/tree.mjs`,
 * which check that the hand-written builder gives the same tree and the same problems.
 *
 * In XML mode htmlparser2 decodes numeric references and the five XML entities only; other named
 * entities stay as written. It never throws and silently repairs bad nesting, so every implied
 * close (a close tag that does not match, or an element still open at the end) is recorded as a
 * problem.
 */
export function parseXmlTreeWithHtmlparser2(text: string): XmlTree {
  const problems: XmlProblem[] = []
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  let ended = false
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const el: XmlElement = { name, attrs, children: [] }
        const parent = stack[stack.length - 1]
        if (parent) {
          parent.children.push(el)
        } else if (!root) {
          root = el
        } else {
          problems.push({ offset: parser.startIndex, message: `second root element <${name}>` })
        }
        stack.push(el)
      },
      ontext(data) {
        const parent = stack[stack.length - 1]
        if (parent) {
          const last = parent.children[parent.children.length - 1]
          if (typeof last === 'string') {
            parent.children[parent.children.length - 1] = last + data
          } else {
            parent.children.push(data)
          }
        }
      },
      onclosetag(name, isImplied) {
        // htmlparser2 also reports the close of a self-closing tag (`<img … />`) as implied;
        // that one is well-formed: the tag just read ends in `/>`.
        const selfClosing =
          !ended &&
          text.charCodeAt(parser.endIndex) === 0x3e &&
          text.charCodeAt(parser.endIndex - 1) === 0x2f
        if (isImplied && !selfClosing) {
          problems.push({
            offset: parser.startIndex,
            message: ended
              ? `truncated document: <${name}> is never closed`
              : `mismatched tags: <${name}> closed implicitly`,
          })
        }
        stack.pop()
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true },
  )
  parser.write(text)
  ended = true
  parser.end()
  if (!root) {
    problems.push({ offset: 0, message: 'no root element' })
  }
  return { root, problems }
}
