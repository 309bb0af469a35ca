/** The root element of an XML document as read from its first bytes. */
export interface RootElement {
  /** Qualified name as written: `sequence-cwu`, `pat:ClaimsDocument`. */
  readonly name: string
  /** Local name without prefix: `ClaimsDocument`. */
  readonly local: string
  /** Namespace URI of the root element, when its start tag declares it. */
  readonly namespace?: string
  /** Name given by the DOCTYPE declaration, if any. */
  readonly doctype?: string
}

/**
 * Finds the root element in the head of an XML document without building a tree: skips the XML
 * declaration, processing instructions, comments and the DOCTYPE (internal subset included).
 * Returns `undefined` when no start tag is in sight.
 */
export function readRootElement(head: string): RootElement | undefined {
  const doctype = /<!DOCTYPE\s+([^\s>[]+)/.exec(head)?.[1]
  const body = head
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\]\s*)?>/g, '')
  const m = /<([A-Za-z_][\w.:-]*)([^>]*)/.exec(body)
  if (!m) {
    return doctype ? { name: doctype, local: localName(doctype), doctype } : undefined
  }
  const name = m[1]!
  const attrs = m[2] ?? ''
  const colon = name.indexOf(':')
  const prefix = colon >= 0 ? name.slice(0, colon) : ''
  const xmlns = prefix ? `xmlns:${prefix}` : 'xmlns'
  const namespace = new RegExp(`\\s${xmlns}\\s*=\\s*["']([^"']*)["']`).exec(attrs)?.[1]
  const root: RootElement = { name, local: localName(name) }
  return { ...root, ...(namespace ? { namespace } : {}), ...(doctype ? { doctype } : {}) }
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1)
}
