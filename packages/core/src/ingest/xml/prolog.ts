/** The document type declaration of a document, as far as parsers need it. */
export interface Doctype {
  /** Declared root element name (`PATDOC`, `patent-application-publication`, or a bogus one). */
  readonly name: string
  readonly publicId?: string
  readonly systemId?: string
  /** Internal text entities declared in the internal subset (`<!ENTITY name "value">`). */
  readonly entities: ReadonlyMap<string, string>
}

/** What comes before the root element: the DOCTYPE (if any) and where the root element starts. */
export interface Prolog {
  readonly doctype?: Doctype
  /** Offset of the first character of the root element's start tag (or of unparseable text). */
  readonly bodyStart: number
}

const DOCTYPE_HEAD =
  /<!DOCTYPE\s+([^\s[>]+)(?:\s+PUBLIC\s+(?:"([^"]*)"|'([^']*)')(?:\s+(?:"([^"]*)"|'([^']*)'))?|\s+SYSTEM\s+(?:"([^"]*)"|'([^']*)'))?\s*/iy
const INTERNAL_ENTITY = /<!ENTITY\s+([^\s%"']+)\s+(?:"([^"]*)"|'([^']*)')\s*>/g

/**
 * Reads the prolog of an SGML/XML document: skips the XML declaration, processing instructions,
 * comments (including a commented-out DOCTYPE) and the DOCTYPE with its internal subset, whose
 * entity declarations the old formats need. Old USPTO documents declare hundreds of image
 * entities there, so the subset can be longer than a detection head.
 *
 * @example readProlog('<?xml version="1.0"?><!DOCTYPE PATDOC SYSTEM "x.dtd" []><PATDOC/>')
 * // { doctype: { name: 'PATDOC', systemId: 'x.dtd', entities: Map {} }, bodyStart: 48 }
 */
export function readProlog(text: string): Prolog {
  let i = 0
  let doctype: Doctype | undefined
  for (;;) {
    while (i < text.length && /[\s\uFEFF]/.test(text[i]!)) {
      i++
    }
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i)
      if (end < 0) {
        break
      }
      i = end + 2
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4)
      if (end < 0) {
        break
      }
      i = end + 3
    } else if (/^<!DOCTYPE/i.test(text.slice(i, i + 9))) {
      const parsed = readDoctype(text, i)
      if (!parsed) {
        break
      }
      doctype ??= parsed.doctype
      i = parsed.end
    } else {
      break
    }
  }
  return doctype ? { doctype, bodyStart: i } : { bodyStart: i }
}

function readDoctype(text: string, start: number): { doctype: Doctype; end: number } | undefined {
  DOCTYPE_HEAD.lastIndex = start
  const m = DOCTYPE_HEAD.exec(text)
  if (!m) {
    return undefined
  }
  let i = DOCTYPE_HEAD.lastIndex
  let subset = ''
  if (text[i] === '[') {
    const close = subsetEnd(text, i + 1)
    if (close < 0) {
      return undefined
    }
    subset = text.slice(i + 1, close)
    i = close + 1
  }
  const gt = text.indexOf('>', i)
  if (gt < 0) {
    return undefined
  }
  const publicId = m[2] ?? m[3]
  const systemId = m[4] ?? m[5] ?? m[6] ?? m[7]
  const doctype: Doctype = {
    name: m[1] ?? '',
    ...(publicId !== undefined ? { publicId } : {}),
    ...(systemId !== undefined ? { systemId } : {}),
    entities: internalEntities(subset),
  }
  return { doctype, end: gt + 1 }
}

/** Offset of the `]` closing an internal subset, skipping quoted strings and comments; -1 if none. */
export function subsetEnd(text: string, from: number): number {
  let i = from
  while (i < text.length) {
    const c = text[i]
    if (c === ']') {
      return i
    }
    if (c === '"' || c === "'") {
      const q = text.indexOf(c, i + 1)
      i = q < 0 ? text.length : q + 1
    } else if (text.startsWith('<!--', i)) {
      const e = text.indexOf('-->', i + 4)
      i = e < 0 ? text.length : e + 3
    } else {
      i++
    }
  }
  return -1
}

function internalEntities(subset: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of subset.matchAll(INTERNAL_ENTITY)) {
    out.set(m[1]!, m[2] ?? m[3] ?? '')
  }
  return out
}
