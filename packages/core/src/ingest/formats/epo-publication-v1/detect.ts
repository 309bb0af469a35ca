/**
 * True when `head` is an EPO publication-server document (`<ep-patent-document>`, DTD
 * `ep-patent-document-v1-0` … `v1-5-1`, and the `ep-bulletin-v1-0` variant).
 */
export function detectEpoPublication(head: string): boolean {
  return /<ep-patent-document[\s>]/.test(head)
}

/** The DTD version a document declares: `1.5.1` from `ep-patent-document-v1-5-1`. */
export function epDtdVersion(declared: string | undefined): string | undefined {
  const m = /v(\d+)-(\d+)(?:-(\d+))?\s*$/.exec(declared ?? '')
  if (!m) {
    return undefined
  }
  return [m[1], m[2], m[3]].filter((x) => x !== undefined).join('.')
}
