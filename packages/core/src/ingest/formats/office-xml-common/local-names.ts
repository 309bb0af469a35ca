import type { XmlElement } from '../../xml/tree.js'

/** `exch:exchange-document` → `exchange-document`. */
export function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon === -1 ? name : name.slice(colon + 1)
}

/**
 * A copy of the tree with namespace prefixes dropped from element names, so that one mapper reads
 * DOCDB (`exch:` prefixed), OPS (default namespace) and register (`reg:`, `ns3:`) markup alike.
 * Attributes keep their names. The tree is rebuilt only where a name changes.
 */
export function withoutPrefixes(el: XmlElement): XmlElement {
  let changed = el.name.includes(':')
  const kids = el.children.map((c) => {
    if (typeof c === 'string') {
      return c
    }
    const k = withoutPrefixes(c)
    changed ||= k !== c
    return k
  })
  return changed ? { name: localName(el.name), attrs: el.attrs, children: kids } : el
}
