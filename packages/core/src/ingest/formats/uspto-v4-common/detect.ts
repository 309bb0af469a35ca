/** A `dtd-version` of the ICE v4 family: `v40`, `v41`, `v4.2` … `v4.7`. */
const V4_VERSION = /\bdtd-version\s*=\s*["']v4(?:\d|\.\d)/
/** DOCTYPE naming a v4 DTD file, for heads that end before the root tag. */
const V4_DTD = /^-v4\d/

/**
 * Cheap sniff for a USPTO ICE v4 document with root `root` in the first KB of a document: the root
 * tag with a v4 `dtd-version`, or else a DOCTYPE naming the v4 DTD file (`us-patent-grant-v42-…`).
 * Earlier DTDs (v1.x applications, v2.x grants) have other roots and are not matched.
 */
export function sniffUsptoV4(head: string, root: string): boolean {
  const open = `<${root}`
  let at = head.indexOf(open)
  while (at >= 0) {
    const next = head.charAt(at + open.length)
    if (next === '' || next === '>' || /\s/.test(next)) {
      const end = head.indexOf('>', at)
      return V4_VERSION.test(head.slice(at, end < 0 ? undefined : end))
    }
    at = head.indexOf(open, at + open.length)
  }
  const doctype = head.indexOf('<!DOCTYPE')
  if (doctype < 0) {
    return false
  }
  const m = /^<!DOCTYPE\s+([\w-]+)\s+(?:SYSTEM|PUBLIC)[^"']*["']([^"']*)["']/.exec(
    head.slice(doctype, doctype + 300),
  )
  const dtd = m?.[2] ?? ''
  return m?.[1] === root && dtd.startsWith(root) && V4_DTD.test(dtd.slice(root.length))
}
