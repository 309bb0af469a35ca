import type { ReferenceDecoder } from './entities.js'

/** XML white space as htmlparser2 reads it in tags: space, tab, line feed, form feed, return. */
export function isXmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c
}

/** A tag name or attribute name ends at white space, `/` or `>` (an attribute name also at `=`). */
function endsName(c: number, eq: boolean): boolean {
  return c === 0x3e || c === 0x2f || isXmlSpace(c) || (eq && c === 0x3d)
}

/** Shared by every element without attributes; the tree is read-only. */
const NO_ATTRS: Readonly<Record<string, string>> = Object.freeze({})

/** What `readStartTag` read. One instance is reused for every tag. */
export interface StartTag {
  name: string
  attrs: Readonly<Record<string, string>>
  /** The tag ends in `/>` (or `/ >`). */
  selfClosing: boolean
  /** White space between `/` and `>`: htmlparser2 reports that as an implied close. */
  looseSlash: boolean
  /** For a tag cut off by the end of the text: its name was read, so it counts as open. */
  nameRead: boolean
  /** For a cut-off tag: offset of the last attribute name read, or -1. */
  lastAttrName: number
  /** For a cut-off tag: it ends after a `/` (htmlparser2 then keeps the last character as text). */
  cutAfterSlash: boolean
}

/**
 * Reads a start tag whose `<` is at `lt` and whose name starts at `lt + 1`, with the attributes
 * htmlparser2 accepts: double-, single- or unquoted values, white space around `=`, names without
 * values (value `''`); the first of two equal attribute names wins. Returns the offset after the
 * `>`, or -1 when the text ends inside the tag.
 */
export function readStartTag(t: string, lt: number, refs: ReferenceDecoder, tag: StartTag): number {
  const n = t.length
  let p = lt + 2
  while (p < n && !endsName(t.charCodeAt(p), false)) {
    p++
  }
  tag.nameRead = p < n
  tag.lastAttrName = -1
  tag.cutAfterSlash = false
  if (p >= n) {
    return -1
  }
  tag.name = t.slice(lt + 1, p)
  let attrs: Record<string, string> | undefined
  for (;;) {
    if (p >= n) {
      return -1
    }
    let c = t.charCodeAt(p)
    if (c === 0x3e || c === 0x2f) {
      let q = p + 1
      if (c === 0x2f) {
        while (q < n && isXmlSpace(t.charCodeAt(q))) {
          q++
        }
        if (q >= n) {
          tag.cutAfterSlash = true
          return -1
        }
        if (t.charCodeAt(q) !== 0x3e) {
          p = q // a lone `/` inside a tag is skipped
          continue
        }
        q++
      }
      tag.attrs = attrs ?? NO_ATTRS
      tag.selfClosing = c === 0x2f
      tag.looseSlash = c === 0x2f && t.charCodeAt(q - 2) !== 0x2f
      return q
    }
    if (isXmlSpace(c)) {
      p++
      continue
    }
    // An attribute name: its first character is taken whatever it is (even `=`).
    const start = p
    p++
    while (p < n && !endsName(t.charCodeAt(p), true)) {
      p++
    }
    if (p >= n) {
      return -1
    }
    const name = t.slice(start, p)
    tag.lastAttrName = start
    while (p < n && isXmlSpace(t.charCodeAt(p))) {
      p++
    }
    let value = ''
    if (t.charCodeAt(p) === 0x3d) {
      p++
      while (p < n && isXmlSpace(t.charCodeAt(p))) {
        p++
      }
      c = t.charCodeAt(p)
      if (c === 0x22 || c === 0x27) {
        const q = t.indexOf(c === 0x22 ? '"' : "'", p + 1)
        if (q < 0) {
          return -1
        }
        value = refs.slice(p + 1, q)
        p = q + 1
      } else {
        const from = p
        while (p < n && (c = t.charCodeAt(p)) !== 0x3e && !isXmlSpace(c)) {
          p++
        }
        if (p >= n) {
          return -1
        }
        value = refs.slice(from, p)
      }
    }
    if (attrs === undefined) {
      attrs = {}
      attrs[name] = value
    } else if (!Object.hasOwn(attrs, name)) {
      attrs[name] = value
    }
  }
}
