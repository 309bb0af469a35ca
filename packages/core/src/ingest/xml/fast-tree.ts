import { ReferenceDecoder } from './entities.js'
import { skipBang, skipMarkup, type Skipped } from './fast-declarations.js'
import { isXmlSpace, readStartTag, type StartTag } from './fast-markup.js'
import { TreeSink } from './fast-tree-sink.js'
import type { XmlTree } from './tree-types.js'

const tag: StartTag = {
  name: '',
  attrs: {},
  selfClosing: false,
  looseSlash: false,
  nameRead: false,
  lastAttrName: -1,
  cutAfterSlash: false,
}
const skipped: Skipped = { textFrom: -1, textTo: -1, mark: -1 }

/**
 * Builds the element tree of one XML document: the same tree and problems as htmlparser2 in XML
 * mode gave (`htmlparser2-tree.ts`, the oracle of the differential tests in `fast-tree.test.ts`),
 * 2.5–3 times as fast (`bench/parse/tree.mjs`). Ingest throughput is a product figure
 * (docs/adr/0002) and the tree build was half of the parse CPU; the gain comes from jumping from
 * markup to markup with `indexOf` instead of a callback per character, and from building
 * `{ name, attrs, children }` directly.
 *
 * Never throws. Comments, processing instructions and declarations (the DOCTYPE with its internal
 * subset) are skipped, CDATA sections are text, adjacent text is merged, references are decoded
 * as `ReferenceDecoder` says. Problems: a close tag that closes open elements implicitly, elements
 * left open at the end, no root, a second root; a stray close tag is ignored and a `<` that starts
 * no markup is text. Malformed input reads as htmlparser2 read it, down to its quirks.
 */
export function buildXmlTree(text: string): XmlTree {
  const sink = new TreeSink()
  const refs = new ReferenceDecoder(text)
  const n = text.length
  /** Start of the pending text; a `<` that turns out to be text leaves it where it is. */
  let textFrom = 0
  let i = 0
  for (;;) {
    const lt = text.indexOf('<', i)
    if (lt < 0 || lt + 1 >= n) {
      break
    }
    const c = text.charCodeAt(lt + 1)
    if (c === 0x3e || isXmlSpace(c)) {
      i = lt + 1
      continue
    }
    if (textFrom < lt) {
      if (sink.top) {
        sink.text(refs.slice(textFrom, lt))
      }
      sink.mark = lt
    }
    let end: number
    if (c === 0x2f) {
      end = endTag(text, lt, sink)
    } else if (c === 0x21 || c === 0x3f) {
      const found =
        c === 0x21 ? skipBang(text, lt, skipped) : skipMarkup(text, lt + 2, lt + 2, skipped)
      end = apply(text, found, sink)
    } else {
      end = startTag(text, lt, refs, sink)
    }
    if (end === -1) {
      return sink.finish()
    }
    // `</>` and `</ >` are text: the pending text goes on through them.
    textFrom = end > 0 ? end : lt
    i = Math.abs(end)
  }
  if (textFrom < n) {
    if (sink.top) {
      sink.text(refs.slice(textFrom, n))
    }
    sink.mark = n
  }
  return sink.finish()
}

function startTag(t: string, lt: number, refs: ReferenceDecoder, sink: TreeSink): number {
  const end = readStartTag(t, lt, refs, tag)
  if (end >= 0) {
    sink.open({ name: tag.name, attrs: tag.attrs, children: [] }, tag.selfClosing, tag.looseSlash)
    return (sink.mark = end)
  }
  // Cut off by the end of the text: htmlparser2 counted it as open once its name was read.
  sink.cut = tag.nameRead ? tag.name : undefined
  if (tag.cutAfterSlash) {
    appendLastChar(t, sink)
  } else if (tag.lastAttrName >= 0) {
    sink.mark = tag.lastAttrName
  }
  return -1
}

/**
 * An end tag at `lt`: closes the element it names. Returns the offset after it, -1 when the text
 * ends first, or minus the offset after it for `</>` and `</ >`, which are text.
 */
function endTag(t: string, lt: number, sink: TreeSink): number {
  const n = t.length
  let p = lt + 2
  while (p < n && isXmlSpace(t.charCodeAt(p))) {
    p++
  }
  let c = t.charCodeAt(p)
  if (p >= n || c === 0x3e) {
    return p >= n ? -n : -(p + 1)
  }
  if (c === 0x2f) {
    return apply(t, skipMarkup(t, p, p + 1, skipped), sink) // `<//…>`: a bogus comment
  }
  const start = p
  for (p++; p < n; p++) {
    c = t.charCodeAt(p)
    if (c === 0x3e || isXmlSpace(c)) {
      break
    }
  }
  if (p >= n) {
    return -1
  }
  const top = sink.top
  if (top && p - start === top.name.length && t.startsWith(top.name, start)) {
    sink.closeTop()
  } else {
    sink.close(t.slice(start, p))
  }
  sink.mark = p + 1
  const gt = c === 0x3e ? p : t.indexOf('>', p + 1)
  if (gt < 0) {
    appendLastChar(t, sink)
  }
  return gt < 0 ? -1 : gt + 1
}

/** Takes over what `skipBang` or `skipMarkup` found. */
function apply(t: string, end: number, sink: TreeSink): number {
  if (skipped.textFrom >= 0 && sink.top) {
    sink.text(t.slice(skipped.textFrom, skipped.textTo))
  }
  if (skipped.mark >= 0) {
    sink.mark = skipped.mark
  }
  return end
}

/** htmlparser2 kept the last character as text when the text ended inside some tags. */
function appendLastChar(t: string, sink: TreeSink): void {
  if (sink.top) {
    sink.text(t.slice(-1))
  }
  sink.mark = t.length
}
