import { Parser } from 'htmlparser2'

/** A parsed XML element: name (lower-cased, namespace prefix kept), attributes and children. */
export interface XmlElement {
  readonly name: string
  readonly attrs: Readonly<Record<string, string>>
  readonly children: XmlNode[]
}

/** A child node: an element or a run of character data. */
export type XmlNode = XmlElement | string

/** A well-formedness problem found while building the tree. */
export interface XmlProblem {
  /** Character offset inside the parsed text. */
  readonly offset: number
  readonly message: string
}

/** The result of `parseXmlTree`: the root element (if any) and the problems met. */
export interface XmlTree {
  readonly root: XmlElement | undefined
  readonly problems: readonly XmlProblem[]
}

/**
 * Builds a light element tree from one XML document with htmlparser2 in XML mode.
 *
 * htmlparser2 is lenient: it decodes HTML/ISO named entities that the old USPTO DTDs define
 * (`&mdash;`, `&lsquo;`) and never throws. Because it silently repairs bad nesting, we record
 * every implied close (a close tag that does not match, or an element still open at the end)
 * as a problem, so callers can reject malformed or truncated documents.
 */
export function parseXmlTree(text: string): XmlTree {
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
