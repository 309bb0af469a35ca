import type { XmlElement, XmlNode, XmlProblem, XmlTree } from './tree-types.js'

/**
 * The tree side of `buildXmlTree`: the open elements, text merging and the well-formedness
 * problems, with the messages and offsets the htmlparser2-based builder reported.
 */
export class TreeSink {
  readonly problems: XmlProblem[] = []
  readonly stack: XmlElement[] = []
  root: XmlElement | undefined
  /** The innermost open element; text outside the root is dropped. */
  top: XmlElement | undefined
  /** Where the last token ended (htmlparser2's `startIndex`): the offset of problems. */
  mark = 0
  /** A start tag cut off by the end of the text after its name: it counts as open. */
  cut: string | undefined

  /** Appends text to the open element, merged with text just before it. */
  text(s: string): void {
    const top = this.top!
    const children = top.children
    const last = children[children.length - 1]
    if (typeof last === 'string') {
      children[children.length - 1] = last + s
    } else {
      add(top, s)
    }
  }

  /** Adds an element read from a start tag; `looseSlash`: `/ >`, reported as an implied close. */
  open(el: XmlElement, selfClosing: boolean, looseSlash: boolean): void {
    const top = this.top
    if (top) {
      add(top, el)
    } else if (!this.root) {
      this.root = el
    } else {
      this.problem(`second root element <${el.name}>`)
    }
    if (!selfClosing) {
      this.stack.push(el)
      this.top = el
    } else if (looseSlash) {
      this.problem(`mismatched tags: <${el.name}> closed implicitly`)
    }
  }

  /** Closes the innermost open element. */
  closeTop(): void {
    this.stack.pop()
    this.top = this.stack[this.stack.length - 1]
  }

  /** Closes the innermost open element named `name` and those inside it; a stray name is ignored. */
  close(name: string): void {
    const stack = this.stack
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k]!.name === name) {
        for (let j = stack.length - 1; j > k; j--) {
          this.problem(`mismatched tags: <${stack[j]!.name}> closed implicitly`)
        }
        stack.length = k
        this.top = stack[k - 1]
        return
      }
    }
  }

  problem(message: string): void {
    this.problems.push({ offset: this.mark, message })
  }

  /** The tree, after reporting what is still open (innermost first) and a missing root. */
  finish(): XmlTree {
    if (this.cut !== undefined) {
      this.problem(`truncated document: <${this.cut}> is never closed`)
    }
    for (let k = this.stack.length - 1; k >= 0; k--) {
      this.problem(`truncated document: <${this.stack[k]!.name}> is never closed`)
    }
    if (!this.root) {
      this.problems.push({ offset: 0, message: 'no root element' })
    }
    return { root: this.root, problems: this.problems }
  }
}

/**
 * Appends a child. The first one gets an array of its own size: a first `push` would allocate room
 * for 16, and most elements hold a single text.
 */
function add(parent: XmlElement, node: XmlNode): void {
  if (parent.children.length === 0) {
    ;(parent as { children: XmlNode[] }).children = [node]
  } else {
    parent.children.push(node)
  }
}
